"""The rules that keep the extranet private whatever an editor (or code) does."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from extranet import privacy
from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
from extranet.models import ExtranetIndexPage, ExtranetPage
from members.groups import EXTRANET_AUDIENCE
from news.factories import NewsIndexPageFactory, NewsPageFactory
from standardpages.factories import StandardPageFactory
from tests.conftest import translate, with_two_factor
from tests.extranet.conftest import client_for

pytestmark = pytest.mark.django_db


def restriction_of(page):
    restrictions = list(PageViewRestriction.objects.filter(page=page))
    return [(r.restriction_type, sorted(r.groups.values_list("name", flat=True))) for r in restrictions]


AUDIENCE = [(PageViewRestriction.GROUPS, sorted(EXTRANET_AUDIENCE))]


def test_extranet_index_is_restricted_to_the_audience_from_creation(home_page):
    index = ExtranetIndexPageFactory(parent=home_page)
    assert restriction_of(index) == AUDIENCE


def test_removed_restriction_is_restored(home_page, django_capture_on_commit_callbacks):
    index = ExtranetIndexPageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=index).delete()
    assert restriction_of(index) == AUDIENCE


def test_weakened_restriction_is_repaired(home_page):
    index = ExtranetIndexPageFactory(parent=home_page)
    restriction = index.view_restrictions.get()
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert restriction_of(index) == AUDIENCE
    restriction.groups.add(Group.objects.create(name="Everyone"))
    assert restriction_of(index) == AUDIENCE
    restriction.groups.clear()
    assert restriction_of(index) == AUDIENCE


def test_deleting_the_extranet_deletes_its_restriction(home_page, django_capture_on_commit_callbacks):
    index = ExtranetIndexPageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        index.delete()
    assert not PageViewRestriction.objects.exists()


def test_spanish_extranet_is_private_like_the_english_one(home_page, spanish_home_page, locales):
    index = ExtranetIndexPageFactory(parent=home_page)
    spanish = translate(index, locales["es"], slug="miembros")
    assert restriction_of(spanish) == AUDIENCE


def test_privacy_changes_follow_to_translations(
    home_page, spanish_home_page, locales, django_capture_on_commit_callbacks
):
    """A public page made private is private in Spanish too; made public again, public in both."""
    about = StandardPageFactory(parent=home_page, title="Board minutes")
    spanish = translate(about, locales["es"], slug="actas")

    restriction = PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert restriction_of(spanish) == [(PageViewRestriction.LOGIN, [])]

    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.add(Group.objects.get_or_create(name="Members")[0])
    assert restriction_of(spanish) == [(PageViewRestriction.GROUPS, ["Members"])]

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert restriction_of(spanish) == []


def test_a_translation_cannot_loosen_its_own_privacy(home_page, spanish_home_page, locales):
    about = StandardPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    spanish = translate(about, locales["es"], slug="privada")
    restriction = spanish.view_restrictions.get()
    restriction.restriction_type = PageViewRestriction.NONE
    restriction.save()
    assert restriction_of(spanish) == [(PageViewRestriction.LOGIN, [])]
    assert restriction_of(about) == [(PageViewRestriction.LOGIN, [])]


def test_new_translation_of_a_private_page_is_private(home_page, spanish_home_page, locales):
    about = StandardPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    spanish = translate(about, locales["es"], slug="privada")
    assert restriction_of(spanish) == [(PageViewRestriction.LOGIN, [])]


def test_member_only_types_can_only_be_created_inside_the_extranet(home_page):
    assert ExtranetPage.allowed_parent_page_models() == [ExtranetIndexPage, ExtranetPage]
    assert ExtranetIndexPage.allowed_parent_page_models()[0].__name__ == "HomePage"
    with pytest.raises(ValidationError):
        home_page.add_child(instance=ExtranetPage(title="Leaked", slug="leaked"))
    assert not ExtranetPage.objects.exists()


def test_copy_or_alias_out_of_the_extranet_is_refused_in_code(home_page):
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index)
    news = NewsIndexPageFactory(parent=home_page)
    with pytest.raises(ValidationError):
        page.copy(to=news, update_attrs={"slug": "copied"})
    with pytest.raises(ValidationError):
        page.create_alias(parent=news, update_slug="aliased")
    assert ExtranetPage.objects.count() == 1


def test_move_out_of_the_extranet_is_refused_in_code(home_page):
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index)
    with pytest.raises(PermissionDenied):
        page.move(home_page, pos="last-child")
    page.refresh_from_db()
    assert page.get_parent().pk == index.pk


@pytest.fixture
def admin_client_as_superuser(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-password-1")
    with_two_factor(root)  # the admin requires it of superusers
    client.force_login(root)
    return client


@pytest.mark.parametrize("alias", [False, True])
def test_admin_refuses_copy_or_alias_out_of_the_extranet(admin_client_as_superuser, home_page, alias):
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index, slug="secret")
    news = NewsIndexPageFactory(parent=home_page)
    data = {"new_title": "Copy", "new_slug": "copy", "new_parent_page": news.pk, "copy_subpages": False}
    if alias:
        data["alias"] = "on"
    response = admin_client_as_superuser.post(f"/admin/pages/{page.pk}/copy/", data, follow=True)
    assert response.status_code == 200
    assert "can only be copied or aliased inside the extranet" in response.text
    assert not Page.objects.child_of(news).exists()


def test_admin_refuses_move_out_of_the_extranet(admin_client_as_superuser, home_page):
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index)
    response = admin_client_as_superuser.post(
        f"/admin/pages/{page.pk}/move/{home_page.pk}/confirm/", follow=True
    )
    assert "can only be moved inside the extranet" in response.text
    page.refresh_from_db()
    assert page.get_parent().pk == index.pk


def test_admin_copy_inside_the_extranet_still_works(admin_client_as_superuser, home_page):
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index, slug="original")
    data = {"new_title": "Copy", "new_slug": "copy", "new_parent_page": index.pk}
    admin_client_as_superuser.post(f"/admin/pages/{page.pk}/copy/", data)
    assert ExtranetPage.objects.child_of(index).filter(slug="copy").exists()


def test_documents_linked_from_member_pages_become_members_only(home_page):
    document = get_document_model().objects.create(title="Plan", file=privacy_file())
    assert not privacy.is_members_collection(document.collection)
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index)
    page.body = [("document", {"document": document, "title": ""})]
    page.save_revision()  # a draft is enough: the file must not stay public while the page is edited
    document.refresh_from_db()
    assert privacy.is_members_collection(document.collection)


def test_documents_linked_in_member_rich_text_become_members_only(home_page):
    document = get_document_model().objects.create(title="Notes", file=privacy_file())
    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index)
    page.body = [("paragraph", f'<p>See <a linktype="document" id="{document.pk}">the notes</a>.</p>')]
    page.save_revision().publish()
    document.refresh_from_db()
    assert privacy.is_members_collection(document.collection)


def privacy_file():
    from django.core.files.base import ContentFile

    return ContentFile(b"%PDF-1.4", name="file.pdf")


def test_expired_extranet_page_is_gone_before_the_scheduler_runs(client, roles, extranet):
    page = extranet["page"]
    ExtranetPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client_for(client, roles["member"]).get(page.url)
    assert response.status_code == 404


def test_translation_is_not_served_while_its_source_is_unpublished(client, roles, extranet):
    extranet["page"].unpublish()
    response = client_for(client, roles["member"]).get(extranet["spanish_page"].url)
    assert response.status_code == 404


def test_expiry_follows_to_translations(extranet):
    page = extranet["page"]
    page.expire_at = timezone.now() + datetime.timedelta(days=3)
    page.save_revision().publish()
    extranet["spanish_page"].refresh_from_db()
    assert extranet["spanish_page"].expire_at == page.expire_at


def test_machine_translation_is_not_configured(settings):
    assert not getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)


def test_shared_password_privacy_is_off(settings):
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}


def test_rich_text_link_to_the_extranet_is_a_link_only_for_members(client, roles, extranet, home_page):
    about = StandardPageFactory(
        parent=home_page,
        title="About",
        slug="about",
        introduction=f'<p>Read <a linktype="page" id="{extranet["page"].pk}">our strategy</a>.</p>',
    )
    anonymous = client.get(about.url).text
    assert "our strategy" in anonymous
    assert extranet["page"].url not in anonymous

    member = client_for(client, roles["member"]).get(about.url).text
    assert f'<a href="{extranet["page"].url}">our strategy</a>' in member


def test_public_listings_never_include_extranet_pages(client, home_page, extranet):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news)
    assert extranet["page"] not in list(Page.objects.live().public())
    response = client.get(news.url)
    assert extranet["page"].title not in response.text


def test_chooser_links_to_the_extranet_show_only_for_members(client, roles, extranet, home_page):
    home_page.hero_cta_label = "Read the members' strategy"
    home_page.hero_cta_page = extranet["page"]
    home_page.save_revision().publish()
    about = StandardPageFactory(
        parent=home_page,
        slug="about",
        body=[
            (
                "call_to_action",
                {"heading": "For members", "button_label": "Open the strategy", "page": extranet["page"]},
            )
        ],
    )
    for url in (home_page.url, about.url):
        anonymous = client.get(url).text
        assert extranet["page"].url not in anonymous
        assert "Read the members' strategy" not in anonymous and "Open the strategy" not in anonymous

    member_client = client_for(client, roles["member"])
    assert "Read the members&#x27; strategy" in member_client.get(home_page.url).text
    assert f'href="{extranet["page"].url}"' in member_client.get(about.url).text


def test_a_new_extranet_is_known_to_be_one_from_the_next_request(client, home_page):
    from serving.api import current_request

    about = StandardPageFactory(parent=home_page, title="About")
    client.get(about.url)
    request = client.get(about.url).wsgi_request
    token = current_request.set(request)
    try:
        assert not privacy.is_in_extranet(about)
    finally:
        current_request.reset(token)

    index = ExtranetIndexPageFactory(parent=home_page)
    page = ExtranetPageFactory(parent=index, title="Budget strategy")
    response = client.get(page.url)
    assert response.status_code == 302  # to the members' sign-in
    assert "Budget strategy" not in response.text
    request = client.get(about.url).wsgi_request
    token = current_request.set(request)
    try:
        assert privacy.is_in_extranet(page) and privacy.is_in_extranet(index)
        assert privacy.extranet_index_for(page).pk == index.pk
        assert privacy.extranet_index_for(index, inclusive=False) is None
    finally:
        current_request.reset(token)
