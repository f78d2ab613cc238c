"""A visitor's first walk through the site, in a real browser."""

from tests.browser.conftest import screenshot


def test_home_menu_news_article_and_spanish(demo_site, page):
    page.goto(demo_site.url + "/en/")
    assert page.locator("h1").count() == 1
    screenshot(page, "home-desktop")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/news/")

    first_article = page.locator("main article a").first
    title = first_article.inner_text().strip()
    first_article.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == title
    english_url = page.url
    screenshot(page, "article-desktop")

    page.get_by_role("link", name="Español").click()
    page.wait_for_load_state()
    assert "/es/" in page.url and page.url != english_url
    assert page.locator("html").get_attribute("lang") == "es"
    screenshot(page, "article-spanish-desktop")

    assert page.console_errors == []


def test_phone_width_menu_reaches_news(demo_site, page):
    tab = page
    tab.set_viewport_size({"width": 375, "height": 740})
    tab.goto(demo_site.url + "/en/")
    navigation = tab.get_by_role("navigation", name="Main")
    news_link = navigation.get_by_role("link", name="News")
    if not news_link.is_visible():
        tab.get_by_text("Menu").click()
    news_link.click()
    tab.wait_for_load_state()
    assert tab.url.endswith("/en/news/")
    screenshot(tab, "news-phone")
