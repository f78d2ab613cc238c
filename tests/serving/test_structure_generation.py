"""What is kept with the tree's structure (the Sites, locales, restricted sections and their
restrictions, the extranet's and working groups' places, the admin grants, the site's settings and
words) outlives a publish, and is replaced by every change that can alter it (serving.generation's
structure generation, serving.invalidation). tests/serving/test_differential.py checks the answers
themselves against Wagtail's after such changes; this checks which changes replace what."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Locale, PageViewRestriction, Site

from core.models import SiteSettings, SiteText
from news.factories import NewsPageFactory
from people.factories import PersonFactory
from serving import generation
from serving.models import Generation
from standardpages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture
def site(news, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    return {**news, "home": home_page, "about": about}


def generations():
    """(site-wide, structure) as every app process reads them now."""
    values = generation._store().get_many([generation.GENERATION_KEY, generation.STRUCTURE_KEY])
    return values.get(generation.GENERATION_KEY), values.get(generation.STRUCTURE_KEY)


def publish_an_article(site):
    site["article"].title = "Budget hearing moved"
    site["article"].save_revision().publish()


def publish_a_page_in_the_menus(site):
    site["about"].title = "Who we are"
    site["about"].save_revision().publish()


def save_a_draft(site):
    site["about"].title = "Draft title"
    site["about"].save_revision()


def edit_a_person(site):
    PersonFactory(name="A new author")


def create_a_draft_page(site):
    StandardPageFactory(parent=site["home"], title="Draft section", slug="draft-section", live=False)


def create_a_live_page(site):
    NewsPageFactory(parent=site["index"], title="Imported article")


def move_a_page(site):
    site["article"].move(site["home"], pos="last-child")


def delete_a_page(site):
    site["about"].delete()


def rename_a_page(site):
    site["about"].slug = "who-we-are"
    site["about"].save_revision().publish()


def restrict_a_page(site):
    PageViewRestriction.objects.create(page=site["about"], restriction_type=PageViewRestriction.LOGIN)


def change_a_restrictions_groups(site):
    restriction = PageViewRestriction.objects.create(
        page=site["about"], restriction_type=PageViewRestriction.GROUPS
    )
    generation.bump()  # what creating it did aside: the groups alone must replace the structure
    before = generations()[1]
    restriction.groups.add(Group.objects.create(name="Board"))
    assert generations()[1] != before


def save_the_site(site):
    default = Site.objects.get(is_default_site=True)
    default.site_name = "Renamed alliance"
    default.save()


def add_a_locale(site):
    Locale.objects.create(language_code="fr")


def save_the_site_settings(site):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tagline = "A new tagline"
    settings.save()


def save_the_site_text(site):
    SiteText.objects.create(organization_name="Alliance", locale=Locale.get_default())


def grant_the_admin_to_a_group(site):
    Group.objects.create(name="Editors").permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


# change: (replaces the site-wide generation, replaces the structure generation)
CHANGES = {
    publish_an_article: (False, False),  # narrow: its scopes only (test_narrow_invalidation)
    publish_a_page_in_the_menus: (True, False),
    save_a_draft: (False, False),
    edit_a_person: (True, False),
    create_a_draft_page: (False, True),
    create_a_live_page: (False, True),  # its scopes, as a publish (narrow), and the structure
    move_a_page: (True, True),
    delete_a_page: (True, True),
    rename_a_page: (True, True),
    restrict_a_page: (True, True),
    change_a_restrictions_groups: (True, True),
    save_the_site: (True, True),
    add_a_locale: (True, True),
    save_the_site_settings: (True, True),
    save_the_site_text: (True, True),
    grant_the_admin_to_a_group: (True, True),
}


@pytest.mark.parametrize("shared", [True, False], ids=["redis-or-memory", "database"])
@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__.replace("_", " "))
def test_which_changes_replace_the_structure(site, change, shared, django_capture_on_commit_callbacks):
    with override_settings(CONTENT_CACHE_SHARED=shared):
        generation.bump(structure=True)
        before = generations()
        with django_capture_on_commit_callbacks(execute=True):
            change(site)
        after = generations()
    replaces_site_wide, replaces_structure = CHANGES[change]
    assert (after[0] != before[0], after[1] != before[1]) == (replaces_site_wide, replaces_structure)


def test_the_first_view_after_a_publish_reads_nothing_of_the_structure(client, site):
    """The Site, the locales and the restricted sections stay kept through a publish of a page in the
    menus (a new site-wide generation): the first view does not ask for them again."""
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # created on a first view otherwise
    client.get(site["article"].url)
    publish_a_page_in_the_menus(site)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(site["article"].url).status_code == 200
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    for table in ("wagtailcore_site", "wagtailcore_locale", "wagtailcore_pageviewrestriction"):
        assert f'FROM "{table}"' not in sql, table
    # ... and the new title is there at once: the menus are content, not structure.
    assert "Who we are" in client.get(site["article"].url).text


def test_without_a_shared_cache_the_generations_are_rows(site):
    with override_settings(CONTENT_CACHE_SHARED=False):
        generation.bump(structure=True)
        rows = dict(Generation.objects.values_list("key", "value"))
        assert rows[generation.GENERATION_KEY] == generations()[0]
        assert rows[generation.STRUCTURE_KEY] == generations()[1]
