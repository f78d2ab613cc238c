"""Discovery in a real browser: an untranslated article offers its section in Spanish, and a reader's
feed autodiscovery finds a feed that parses."""

import feedparser

from news.models import NewsPage
from tests.browser.conftest import screenshot


def test_untranslated_article_leads_to_the_spanish_news_index(demo_site, page):
    article = NewsPage.objects.live().filter(locale__language_code="en").newest_first().first()
    for translation in article.get_translations():
        translation.unpublish()

    page.goto(demo_site.url + article.url)
    notice = page.locator("[data-translation-notice=es]")
    assert notice.is_visible()
    screenshot(page, "untranslated-article-desktop")
    page.set_viewport_size({"width": 375, "height": 740})
    screenshot(page, "untranslated-article-phone")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    page.wait_for_load_state()
    assert page.url.endswith("/es/noticias/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.console_errors == []


def test_feed_autodiscovery_link_leads_to_a_valid_feed(demo_site, page):
    page.goto(demo_site.url + "/es/noticias/")
    href = page.locator('head link[rel=alternate][type="application/atom+xml"]').first.get_attribute("href")
    assert href.endswith("/es/noticias/feed/atom/")
    response = page.request.get(href)
    feed = feedparser.parse(response.body())
    assert not feed.bozo
    assert feed.entries and feed.feed.language == "es"
