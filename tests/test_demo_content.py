"""The demo content command: what it creates, in both languages, and that running it again changes
nothing.

The command takes a few seconds, so it runs twice per module inside one transaction that is rolled
back at the end; each test then works in its own savepoint inside that transaction.
"""

from collections import Counter
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from core.models import SiteSettings, SiteText
from demo.content import news as news_content
from demo.management.commands.load_demo_content import DEMO_ACCOUNTS
from home.models import HomePage
from initiatives.models import InitiativePage, InitiativeStatus
from members.access import has_extranet_access
from members.models import (
    FocusAreaLabel,
    MemberProfile,
    MembershipApplication,
    Organization,
    OrganizationProfile,
)
from news.models import NewsPage
from people.models import Person
from policy.models import PolicyAgendaPage

pytestmark = pytest.mark.django_db


def snapshot():
    """Everything the command creates, counted: equal snapshots mean a run added nothing."""
    return {
        "pages": Counter(
            (page.content_type.model, page.locale.language_code)
            for page in Page.objects.select_related("content_type", "locale")
        ),
        "revisions": Revision.objects.count(),
        "people": Counter(Person.objects.values_list("locale__language_code", flat=True)),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "tags": Tag.objects.count(),
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "sites": Site.objects.count(),
        "organizations": sorted(Organization.objects.values_list("name", "status")),
        "member_profiles": MemberProfile.objects.count(),
        "email_addresses": EmailAddress.objects.count(),
        "site_text": sorted(SiteText.objects.values_list("locale__language_code", "organization_name")),
        "public_profiles": sorted(
            OrganizationProfile.objects.values_list("organization__name", "locale__language_code")
        ),
        "focus_area_labels": sorted(FocusAreaLabel.objects.values_list("label", "locale__language_code")),
        "applications": sorted(MembershipApplication.objects.values_list("email", "status", "language")),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Snapshots after the first and second run of the command, with the content left in place."""
    media_root = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        first = snapshot()
        output = StringIO()
        call_command("load_demo_content", stdout=output)
        second = snapshot()
        yield {"first": first, "second": second, "output": output.getvalue()}
        transaction.set_rollback(True)


def spanish():
    return Locale.objects.get(language_code="es")


def test_second_run_creates_and_publishes_nothing_new(demo):
    assert demo["second"] == demo["first"]


def test_pages_of_each_type_exist_in_both_languages(demo):
    pages = demo["second"]["pages"]
    for lang in ("en", "es"):
        assert pages["homepage", lang] == 1
        assert pages["policyagendapage", lang] == 1
        assert pages["initiativeindexpage", lang] == 1
        assert pages["newsindexpage", lang] == 1
        assert pages["initiativepage", lang] == 3
        assert pages["newspage", lang] >= 18
        assert pages["standardpage", lang] == 4  # About, FAQ, Membership, the privacy notice
    assert demo["second"]["locales"] == ["en", "es"]


def test_every_english_page_has_a_live_spanish_translation(demo):
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1)
    assert english_pages.count() >= 29
    for page in english_pages:
        translation = page.get_translation_or_none(spanish())
        assert translation is not None, page.url_path
        if page.go_live_at and page.go_live_at > timezone.now():
            # Scheduled to go live later (a publication under embargo): so is its translation.
            assert translation.go_live_at == page.go_live_at, translation.url_path
            continue
        assert translation.live, translation.url_path
        # The copy's English text has been replaced with Spanish.
        assert translation.title != page.title, translation.url_path


def test_spanish_pages_have_spanish_addresses(demo):
    paths = set(Page.objects.filter(locale=spanish()).values_list("url_path", flat=True))
    assert {
        "/inicio/quienes-somos/",
        "/inicio/quienes-somos/preguntas-frecuentes/",
        "/inicio/membresia/",
        "/inicio/iniciativas/",
        "/inicio/noticias/",
        "/inicio/agenda-de-politicas/",
    } <= paths


def test_default_site_serves_the_english_home_page(demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "en"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    settings = SiteSettings.for_site(site)
    assert settings.organization_name == "Alliance for Learning Equity"
    assert settings.contact_email.endswith("@example.org")


def test_home_pages_feature_initiatives_in_their_own_language(demo):
    for home in HomePage.objects.all():
        featured = [item.initiative for item in home.featured_initiatives.all()]
        assert 2 <= len(featured) <= 3
        assert {page.locale_id for page in featured} == {home.locale_id}
        assert home.agenda_page.locale_id == home.locale_id
        assert home.hero_image is not None and home.hero_image_alt


def test_community_of_practice_has_nine_dated_sessions(demo):
    for page in InitiativePage.objects.filter(sessions__isnull=False).distinct():
        if page.sessions.count() == 9:
            break
    else:
        pytest.fail("No initiative has nine sessions")
    for cop in InitiativePage.objects.filter(translation_key=page.translation_key):
        sessions = list(cop.sessions.all())
        assert len(sessions) == 9
        assert all(session.date for session in sessions)
        assert [s.date for s in sessions] == sorted(s.date for s in sessions)
        assert cop.facilitators.count() == 2
        assert len(cop.goals) == 3
        assert len(cop.quotes) >= 2
        assert cop.status == InitiativeStatus.ACTIVE


def test_initiatives_cover_every_status(demo):
    for lang in ("en", "es"):
        statuses = set(
            InitiativePage.objects.filter(locale__language_code=lang).values_list("status", flat=True)
        )
        assert statuses == set(InitiativeStatus.values)


def test_spanish_articles_carry_spanish_tags_and_authors(demo):
    spanish_tag_names = {names["es"] for names in news_content.TAGS.values()}
    for article in NewsPage.objects.filter(locale=spanish()):
        tags = set(article.tags.names())
        assert 2 <= len(tags) <= 4
        assert tags <= spanish_tag_names
        assert article.authors.exists()
        assert {author.locale_id for author in article.authors.all()} == {article.locale_id}


def test_policy_agenda_is_complete_in_both_languages(demo):
    for agenda in PolicyAgendaPage.objects.all():
        principles = list(agenda.principles.all())
        assert len(principles) == 5
        assert all(2 <= len(principle.actions) <= 4 for principle in principles)
        assert len(agenda.priority_areas) == 4
        assert agenda.related_news.exists() and agenda.related_initiatives.exists()
        with agenda.agenda_document.open_file() as document:
            assert document.read(5) == b"%PDF-"


def test_no_duplicate_people_or_images(demo):
    people = list(Person.objects.values_list("name", "locale_id"))
    assert len(people) == len(set(people))
    assert demo["second"]["people"]["en"] == demo["second"]["people"]["es"] >= 8
    titles = list(get_image_model().objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles))


def test_site_text_is_in_both_languages(demo, client):
    assert demo["second"]["site_text"] == [
        ("en", "Alliance for Learning Equity"),
        ("es", "Alianza por la Equidad en el Aprendizaje"),
    ]
    spanish_home = client.get("/es/").text
    assert "Alianza por la Equidad en el Aprendizaje" in spanish_home
    assert "Familias, educadores y organizaciones" in spanish_home


def test_run_ends_with_the_logins_and_the_site_address(demo):
    for username, password, *_ in DEMO_ACCOUNTS:
        assert username in demo["output"] and password in demo["output"]
    assert "http://127.0.0.1:8000/" in demo["output"]


def test_demo_accounts_can_log_in_with_their_roles(demo):
    for username, password, *_, group in DEMO_ACCOUNTS:
        user = get_user_model().objects.get(username=username)
        assert user.check_password(password)
        assert user.email == f"{username}@example.org"
        if group is None:
            assert user.is_superuser
        else:
            assert list(user.groups.values_list("name", flat=True)) == [group]
    assert {row[-1] for row in DEMO_ACCOUNTS} == {None, "Staff", "Moderators", "Members"}


def test_demo_allies_include_a_lapsed_one(demo):
    statuses = [status for _name, status in demo["second"]["organizations"]]
    assert 3 <= len(statuses) <= 12
    assert statuses.count("lapsed") == 1
    # Enough listed allies for the public list to look like a coalition's (issue 20).
    assert Organization.objects.listed().count() >= 8


def test_staff_find_applications_waiting_for_them_in_both_languages(demo):
    """So that the admin dashboard's "Needs your attention" has something to open (issue 20)."""
    assert demo["second"]["applications"] == [
        ("marisol.vega@example.org", "new", "es"),
        ("tomas.quinn@example.org", "new", "en"),
    ]


def test_listed_demo_allies_have_public_profiles_in_both_languages(demo, client):
    listed = set(Organization.objects.listed().values_list("name", flat=True))
    profiles = demo["second"]["public_profiles"]
    assert listed and {name for name, _lang in profiles} == listed
    assert Counter(lang for _name, lang in profiles) == {"en": len(listed), "es": len(listed)}
    for profile in OrganizationProfile.objects.filter(locale__language_code="es"):
        english = profile.get_translation(Locale.objects.get(language_code="en"))
        assert english.organization_id == profile.organization_id
        assert english.description != profile.description
    spanish_membership = client.get("/es/membresia/").text
    assert "Madres y padres voluntarios" in spanish_membership
    assert "Participación de las familias" in spanish_membership
    assert "Parent volunteers" not in spanish_membership


def test_demo_member_is_in_good_standing_with_a_verified_address(demo, client):
    member = get_user_model().objects.get(email="member@example.org")
    assert member.member_profile.organization.status == "active"
    assert EmailAddress.objects.get(user=member).verified
    assert has_extranet_access(member)
    assert not member.has_perm("wagtailadmin.access_admin")
    response = client.post(
        "/en/accounts/login/", {"login": "member@example.org", "password": "member-demo-pass"}
    )
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_demo_page_renders(demo, client, lang):
    """For the demo member, who sees the extranet as well as the public pages; a working group's pages
    the member is not in, for the demo's staff editor."""
    from core.access import may_view_page

    member = get_user_model().objects.get(email="member@example.org")
    editor = get_user_model().objects.get(email="editor@example.org")
    for page in Page.objects.live().filter(locale__language_code=lang, depth__gt=1).specific():
        client.force_login(member if may_view_page(member, page) else editor)
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_demo_extranet_is_private_in_both_languages_and_its_draft_is_members_only(demo, client):
    from extranet.models import ExtranetIndexPage, ExtranetPage
    from extranet.privacy import is_members_collection

    assert ExtranetIndexPage.objects.count() == 2
    assert ExtranetPage.objects.filter(locale__language_code="es").count() >= 2
    for page in [*ExtranetIndexPage.objects.all(), *ExtranetPage.objects.all()]:
        assert not Page.objects.filter(pk=page.pk).public().exists()
        assert client.get(page.url).status_code == 302  # anonymous: to the sign-in page
    drafts = get_document_model().objects.filter(
        title__icontains="members only"
    ) | get_document_model().objects.filter(title__icontains="solo miembros")
    assert drafts.count() == 2
    assert all(is_members_collection(document.collection) for document in drafts)


def test_pictures_say_what_they_show_not_where_they_are_used(demo):
    """A picture's alternative text is its description, else Wagtail falls back to its title, which for
    the demo names where it is used ("Abstract 15: news, ...")."""
    for image in get_image_model().objects.exclude(title__startswith="Portrait: "):
        assert image.default_alt_text == image.description != "", image.title


def test_news_cards_each_have_a_picture_of_their_own(demo):
    """No placeholder shared by half the listing: every demo article has its own listing image."""
    articles = NewsPage.objects.filter(locale__language_code="en")
    images = [article.listing_image_id for article in articles]
    assert None not in images
    assert len(set(images)) == len(images)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_demo_member_names_her_allys_signatories_and_reads_the_letters(demo, client, lang):
    member = get_user_model().objects.get(email="member@example.org")
    client.force_login(member)
    words = {"en": "/en/my-account/who-signs/", "es": "/es/mi-cuenta/quien-firma/"}
    naming = client.get(words[lang])
    assert naming.status_code == 200
    assert "Marisol Vega" in naming.text and "Jorge Ibarra" in naming.text
    letters = client.get({"en": "/en/my-account/letters/", "es": "/es/mi-cuenta/cartas/"}[lang])
    assert letters.status_code == 200 and "item-list__item" in letters.text
