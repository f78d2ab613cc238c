"""The anonymous page cache: what it keeps, what it never keeps, and that a change shows at once."""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from news.factories import NewsPageFactory
from serving import middleware
from subscriptions import consent as wordings
from tests.extranet.conftest import make_member

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"


def test_second_anonymous_request_is_served_from_the_cache(client, page_cache, news):
    first = client.get(news["article"].url)
    second = client.get(news["article"].url)
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_cached_hit_runs_no_query(client, page_cache, news, django_assert_num_queries):
    client.get(news["index"].url)
    with django_assert_num_queries(0):
        assert client.get(news["index"].url)[HEADER] == "hit"


def test_publish_is_visible_on_the_next_request_everywhere_the_page_shows(client, page_cache, news):
    article, index, home = news["article"], news["index"], news["index"].get_parent()
    addresses = [article.url, index.url, index.url + "tag/budget/", home.url]
    for address in addresses:
        client.get(address)
        assert client.get(address)[HEADER] == "hit"

    article.title = "Budget hearing moved to Friday"
    article.save_revision().publish()

    for address in addresses:
        response = client.get(address)
        assert response[HEADER] == "miss", address
        assert "Budget hearing moved to Friday" in response.text, address


def test_a_new_article_shows_in_the_cached_listing_at_once(client, page_cache, news):
    client.get(news["index"].url)
    NewsPageFactory(parent=news["index"], title="Second article")
    assert "Second article" in client.get(news["index"].url).text


def test_unpublish_move_and_delete_invalidate(client, page_cache, news, home_page):
    article, index = news["article"], news["index"]
    client.get(index.url)
    article.unpublish()
    assert "Budget hearing announced" not in client.get(index.url).text

    article.save_revision().publish()
    assert "Budget hearing announced" in client.get(index.url).text
    client.get(index.url)
    article.delete()
    assert "Budget hearing announced" not in client.get(index.url).text


def test_moving_a_page_invalidates(client, page_cache, home_page):
    from standardpages.factories import StandardPageFactory

    about = StandardPageFactory(parent=home_page, title="About", show_in_menus=True)
    team = StandardPageFactory(parent=home_page, title="Team", show_in_menus=True)
    client.get(home_page.url)
    team.move(about, pos="last-child")
    response = client.get(home_page.url)
    assert response[HEADER] == "miss"
    assert ">Team<" not in response.text  # no longer a top-level menu item


def test_making_a_page_private_removes_it_from_cached_pages(client, page_cache, news):
    client.get(news["index"].url)
    news["article"].view_restrictions.create(restriction_type="login")
    assert "Budget hearing announced" not in client.get(news["index"].url).text


def test_signed_in_visitors_are_never_served_or_stored(client, page_cache, news):
    # Created first: a new member's organization is public content (the allies list) and would
    # empty the cache by itself.
    member = make_member("reader")
    client.get(news["article"].url)  # cached for anonymous visitors
    client.force_login(member)
    response = client.get(news["article"].url)
    assert response[HEADER] == "bypass"
    assert "private" in response["Cache-Control"]
    client.logout()
    # What the member saw was not stored either: the anonymous copy is still the one cached.
    assert client.get(news["article"].url)[HEADER] == "hit"


def test_a_session_cookie_or_a_message_bypasses_the_cache(client, page_cache, news):
    client.get(news["article"].url)
    client.cookies["messages"] = "something"
    assert client.get(news["article"].url)[HEADER] == "bypass"
    del client.cookies["messages"]
    client.cookies["sessionid"] = "whatever"
    assert client.get(news["article"].url)[HEADER] == "bypass"


def test_a_page_that_writes_to_the_session_is_not_stored(rf, page_cache, news):
    from django.contrib.sessions.backends.db import SessionStore
    from django.http import HttpResponse

    def view(request):
        request.session = SessionStore()
        request.session["seen"] = True
        return HttpResponse("ok")

    response = middleware.PageCacheMiddleware(view)(rf.get("/en/"))
    assert response[HEADER] == "bypass"


def test_extranet_pages_are_never_cached(client, page_cache, extranet, roles):
    client.force_login(roles["member"])
    for _ in range(2):
        response = client.get(extranet["page"].url)
        assert response.status_code == 200
        assert response[HEADER] == "bypass"
        assert "no-store" in response["Cache-Control"]
    client.logout()
    response = client.get(extranet["page"].url)
    assert response.status_code == 302  # to the sign-in, never the cached member copy


def test_posts_errors_and_not_found_are_not_cached(client, page_cache, news):
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/")[HEADER] == "bypass"
    response = client.post(news["article"].url)
    assert response[HEADER] == "bypass"


def test_pages_with_a_csrf_form_are_not_cached(client, page_cache, home_page):
    for address in ["/en/join/", "/en/accounts/login/", "/en/subscribe/"]:
        response = client.get(address)
        assert response[HEADER] == "bypass", address


def test_footer_signup_works_on_a_cached_page(page_cache, news):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.get(news["article"].url)
    cached = browser.get(news["article"].url)
    assert cached[HEADER] == "hit"
    assert 'name="csrfmiddlewaretoken" value=""' in cached.text  # no shared token in the HTML
    token = browser.get("/en/subscribe/token/")
    assert "no-store" in token["Cache-Control"]
    response = browser.post(
        "/en/subscribe/",
        {
            "csrfmiddlewaretoken": token.json()["token"],
            "email": "reader@example.org",
            "lists": ["news"],
            "language": "en",
            "consent": "on",
            "consent_version": wordings.CURRENT_VERSION,
        },
    )
    assert response.status_code == 302


def test_an_entry_never_outlives_the_next_expiry(page_cache, news):
    assert middleware._timeout() == 600
    news["article"].expire_at = timezone.now() + datetime.timedelta(seconds=30)
    news["article"].save_revision().publish()  # only a publish sets a live page's expiry
    assert 1 <= middleware._timeout() <= 30


def test_turned_off_with_zero_seconds(client, settings, news):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(news["article"].url)
    assert client.get(news["article"].url)[HEADER] == "bypass"


def test_other_hosts_and_query_strings_are_kept_apart(client, page_cache, news):
    index = news["index"].url
    client.get(index)
    assert client.get(index, {"page": 2})[HEADER] == "miss"
    assert client.get(index, HTTP_HOST="localhost")[HEADER] == "miss"


def test_staff_in_the_admin_are_never_cached(client, page_cache, home_page):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-password-1")
    client.force_login(admin)
    assert client.get("/admin/")[HEADER] == "bypass"


def test_editing_site_text_or_an_ally_invalidates(client, page_cache, news):
    """Not pages, but shown on public pages: the footer's site text and the allies list."""
    from core.models import SiteText
    from members.factories import OrganizationFactory

    address = news["article"].url
    client.get(address)
    assert client.get(address)[HEADER] == "hit"
    SiteText.objects.create(organization_name="A new name")
    assert client.get(address)[HEADER] == "miss"
    assert client.get(address)[HEADER] == "hit"
    OrganizationFactory(name="A new ally", listed_publicly=True)
    assert client.get(address)[HEADER] == "miss"


def test_editing_an_allys_public_words_invalidates(client, page_cache, news, locales):
    """The allies list also shows each ally's public profile, its focus areas and their labels, in every
    language: a change to any of them is a change to public pages."""
    from members.factories import FocusAreaLabelFactory, OrganizationFactory, OrganizationProfileFactory
    from members.models import FocusArea

    ally = OrganizationFactory(name="An ally", listed_publicly=True)
    ally.focus_areas.add("Family engagement")
    area = FocusArea.objects.get(name="Family engagement")
    address = news["article"].url

    def still_cached():
        return client.get(address)[HEADER] == "hit"

    client.get(address)
    assert still_cached()
    profile = OrganizationProfileFactory(organization=ally, locale=locales["en"])
    assert not still_cached()
    assert still_cached()
    translation = profile.copy_for_translation(locales["es"])
    translation.save()
    assert not still_cached()
    assert still_cached()
    translation.description = "Trabaja con familias."
    translation.save()
    assert not still_cached()
    assert still_cached()
    label = FocusAreaLabelFactory(focus_area=area, locale=locales["en"])
    assert not still_cached()
    assert still_cached()
    area.name = "Families"
    area.save()
    assert not still_cached()
    assert still_cached()
    label.delete()
    assert not still_cached()


def test_pages_are_compressed_for_clients_that_ask_and_cached_once_for_all(client, page_cache, news):
    import gzip

    plain = client.get(news["article"].url)
    compressed = client.get(news["article"].url, HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in plain
    assert compressed[HEADER] == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert "Accept-Encoding" in compressed["Vary"]
    assert client.get(news["article"].url)[HEADER] == "hit"
    assert "Content-Encoding" not in client.get(news["article"].url)


def test_a_new_release_never_serves_pages_cached_by_the_old_one(client, page_cache, news, monkeypatch):
    from serving import generation

    client.get(news["article"].url)
    assert client.get(news["article"].url)[HEADER] == "hit"

    monkeypatch.setenv("RELEASE_ID", "next-release")
    generation.release.cache_clear()
    try:
        assert generation.release() == "next-release"
        assert client.get(news["article"].url)[HEADER] == "miss"
    finally:
        monkeypatch.delenv("RELEASE_ID")
        generation.release.cache_clear()


def test_the_release_follows_the_code_and_the_static_files_when_none_is_named(
    settings, tmp_path, monkeypatch
):
    from serving import generation

    monkeypatch.delenv("RELEASE_ID", raising=False)
    settings.STATIC_ROOT = tmp_path
    generation.release.cache_clear()
    try:
        without_static = generation.release()
        assert generation.release() == without_static  # the same code and files: the same release
        (tmp_path / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.1.css"}}')
        generation.release.cache_clear()
        first = generation.release()
        (tmp_path / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.2.css"}}')
        generation.release.cache_clear()
        assert len({without_static, first, generation.release()}) == 3
    finally:
        generation.release.cache_clear()


def test_a_template_edited_under_the_development_server_is_a_new_release(
    client, page_cache, news, monkeypatch
):
    """runserver reloads only its template loaders when a template changes (no new process): the
    release is worked out again, so no kept page or fragment shows the old template."""
    from django.utils.autoreload import file_changed

    from serving import generation

    monkeypatch.setenv("RELEASE_ID", "before-the-edit")
    generation.release.cache_clear()
    try:
        client.get(news["article"].url)
        assert client.get(news["article"].url)[HEADER] == "hit"
        # What the release would be worked out as now (a digest of the files, one of which changed).
        monkeypatch.setenv("RELEASE_ID", "after-the-edit")
        assert client.get(news["article"].url)[HEADER] == "hit"  # still the release worked out before
        file_changed.send(sender=None, file_path=Path("templates/base.html"))
        assert generation.release() == "after-the-edit"
        assert client.get(news["article"].url)[HEADER] == "miss"
    finally:
        generation.release.cache_clear()
