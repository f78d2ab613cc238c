"""Invalidation that follows what changed: a publish of an article replaces the pages that show it (its
index, the home page, tag pages, feeds, listings, pages that list articles) and leaves the others kept;
what spans the site still replaces everything; and the pages that show it are warmed after the commit."""

import uuid

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from wagtail.rich_text import RichText

from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory
from news.factories import NewsPageFactory
from serving import dependencies, generation, middleware, warming
from serving.invalidation import narrow_scopes
from standardpages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"
HOST = "localhost"  # the default Site's host: what warming requests, and so what visitors here ask for


@pytest.fixture
def site(page_cache, news, home_page):
    """The news fixture, an unrelated article, and an initiative (which lists news about it)."""
    other = NewsPageFactory(parent=news["index"], title="Unrelated story")
    initiatives = InitiativeIndexPageFactory(parent=home_page)
    initiative = InitiativePageFactory(parent=initiatives, title="Community budgeting")
    return {**news, "home": home_page, "other": other, "initiative": initiative}


def get(client, url):
    return client.get(url, HTTP_HOST=HOST)


def warm(client, *urls):
    for url in urls:
        get(client, url)
        assert get(client, url)[HEADER] == "hit", url


def republish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_an_article_publish_leaves_unrelated_articles_cached(client, site):
    warm(client, site["other"].url, site["article"].url)
    republish(site["article"], summary="A new summary")
    response = get(client, site["other"].url)
    assert response[HEADER] == "hit"
    assert "Unrelated story" in response.text


def test_an_article_publish_is_visible_at_once_where_it_shows(client, site):
    article, index, home = site["article"], site["index"], site["home"]
    addresses = [article.url, index.url, index.url + "tag/budget/", index.url + "feed/rss/", home.url]
    warm(client, *addresses)
    republish(article, title="Budget hearing moved to Friday")
    for address in addresses:
        response = get(client, address)
        assert response[HEADER] == "miss", address
        assert "Budget hearing moved to Friday" in response.text, address


def test_a_page_that_lists_articles_is_replaced_by_their_publish(client, site):
    article, initiative = site["article"], site["initiative"]
    article.related_initiatives.add(initiative)
    republish(article)
    warm(client, initiative.url)
    republish(article, title="Budget hearing, second round")
    response = get(client, initiative.url)
    assert response[HEADER] == "miss"
    assert "Budget hearing, second round" in response.text


def test_an_article_linking_to_another_follows_its_publish_and_unpublish(client, site):
    article, other = site["article"], site["other"]
    republish(other, body=[("paragraph", RichText(f'<p><a linktype="page" id="{article.pk}">See</a></p>'))])
    warm(client, other.url)
    assert f'href="{article.url}"' in get(client, other.url).text
    article.unpublish()
    response = get(client, other.url)
    assert response[HEADER] == "miss"
    assert f'href="{article.url}"' not in response.text  # no link to a page that is gone


def test_after_a_publish_home_index_and_article_are_served_warm(
    client, site, django_capture_on_commit_callbacks
):
    article, index, home = site["article"], site["index"], site["home"]
    warm(client, article.url, index.url, home.url, site["other"].url)
    with django_capture_on_commit_callbacks(execute=True):
        republish(article, title="Budget hearing moved to Friday")
    for address in (home.url, index.url, article.url, index.url + "tag/budget/"):
        response = get(client, address)
        assert response[HEADER] == "hit", address
        assert "Budget hearing moved to Friday" in response.text, address
    assert get(client, site["other"].url)[HEADER] == "hit"


def test_a_new_article_is_warmed_where_it_is_listed(client, site, django_capture_on_commit_callbacks):
    warm(client, site["index"].url, site["home"].url, site["other"].url)
    with django_capture_on_commit_callbacks(execute=True):
        new = NewsPageFactory(parent=site["index"], title="Fresh off the press")
    for address in (site["home"].url, site["index"].url, new.url):
        response = get(client, address)
        assert response[HEADER] == "hit", address
        assert "Fresh off the press" in response.text, address
    assert get(client, site["other"].url)[HEADER] == "hit"


def test_warming_asks_for_public_pages_only(site):
    article = site["article"]
    assert warming.addresses_to_warm(article) == [
        article.get_full_url(),
        site["index"].get_full_url(),
        site["home"].get_full_url(),
        site["index"].get_full_url() + "tag/budget/",  # its tag archive
    ]
    article.view_restrictions.create(restriction_type="login")
    assert warming.addresses_to_warm(article) == [site["index"].get_full_url(), site["home"].get_full_url()]


def test_what_spans_the_site_still_replaces_everything(client, site, django_capture_on_commit_callbacks):
    about = StandardPageFactory(parent=site["home"], title="About", show_in_menus=True)
    warm(client, site["other"].url)
    republish(about, title="About us")  # in the menus of every page
    response = get(client, site["other"].url)
    assert response[HEADER] == "miss"
    assert "About us" in response.text

    warm(client, site["other"].url)
    site["index"].save_revision().publish()  # an index: its children's breadcrumbs show it
    assert get(client, site["other"].url)[HEADER] == "miss"

    warm(client, site["other"].url)
    with django_capture_on_commit_callbacks(execute=True):
        republish(site["article"], slug="budget-hearing-friday")  # links to it elsewhere change
    assert get(client, site["other"].url)[HEADER] == "miss"


def test_only_public_leaf_pages_of_declared_types_are_narrow(site):
    assert narrow_scopes(site["article"]) is not None
    assert narrow_scopes(site["index"]) is None  # says nothing of what it shows
    assert narrow_scopes(site["home"]) is None
    site["article"].view_restrictions.create(restriction_type="login")
    assert narrow_scopes(site["article"]) is None  # nothing of a restricted section is narrowed


def _publish_elsewhere(*scopes):
    """What another app process's publish writes to the shared cache: `listings` first, then the rest."""
    for name in (generation.LISTINGS, *scopes):
        cache.set(generation.SCOPE_KEY + name, uuid.uuid4().hex, timeout=None)


def test_a_response_that_saw_a_publish_while_rendering_is_not_kept(rf, page_cache):
    def view(request):
        _publish_elsewhere("page:1")  # after this request started, before it read the page's scope
        dependencies.note_page_served(request, None)
        dependencies.note(request, ["page:1"])
        return HttpResponse("the page as loaded before the publish")

    response = middleware.PageCacheMiddleware(view)(rf.get("/en/"))
    assert response[HEADER] == "bypass"
    again = middleware.PageCacheMiddleware(lambda request: HttpResponse("again"))
    assert again(rf.get("/en/"))[HEADER] == "miss"  # nothing was kept


def test_a_kept_page_is_served_only_while_its_scopes_are_current(rf, page_cache, news):
    article = news["article"]

    def view(request):
        dependencies.note_page_served(request, article)
        return HttpResponse("kept")

    cached_view = middleware.PageCacheMiddleware(view)
    assert cached_view(rf.get("/en/"))[HEADER] == "miss"
    assert cached_view(rf.get("/en/"))[HEADER] == "hit"
    _publish_elsewhere(dependencies.page_scope(article.pk + 1000))  # another page
    assert cached_view(rf.get("/en/"))[HEADER] == "hit"
    _publish_elsewhere(dependencies.page_scope(article.pk))  # this one
    assert cached_view(rf.get("/en/"))[HEADER] == "miss"


def test_a_publish_replaces_the_kept_translations_of_the_page(client, site, locales):
    article = site["article"]
    spanish_home = site["home"].copy_for_translation(locales["es"])
    spanish_home.save_revision().publish()
    site["index"].copy_for_translation(locales["es"]).save_revision().publish()
    spanish = article.copy_for_translation(locales["es"])
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    warm(client, spanish.url, site["other"].url)
    article.unpublish()  # its language switcher no longer links to the English article
    assert get(client, spanish.url)[HEADER] == "miss"
    assert get(client, site["other"].url)[HEADER] == "hit"
