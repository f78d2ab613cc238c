"""The main menu is one row of links beside the alliance's name, or a "Menu" button: never a row that
wraps onto a second line (the Spanish words are longer), at any desktop width in either language."""

import pytest

WIDTHS = [1024, 1100, 1199, 1200, 1280, 1440, 1600, 1920]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_menu_never_wraps(demo_site, page, language):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 600})
        page.goto(f"{demo_site.url}/{language}/")
        row = page.locator(".main-nav__list--row")
        if row.is_visible():
            tops = {round(box["y"]) for box in (item.bounding_box() for item in row.locator("li").all())}
            assert len(tops) == 1, (language, width, tops)
        else:
            assert page.locator(".main-nav__toggle").is_visible(), (language, width)
    # English has room for the row of seven sections from 1200 px; Spanish from 1440 px.
    page.set_viewport_size({"width": 1200 if language == "en" else 1440, "height": 600})
    page.goto(f"{demo_site.url}/{language}/")
    assert page.locator(".main-nav__list--row").is_visible()


@pytest.mark.parametrize(("language", "search"), [("en", "Search"), ("es", "Buscar")])
def test_on_a_phone_the_top_bar_is_one_line_and_search_is_beside_the_menu(demo_site, page, language, search):
    for width in (360, 390, 430):
        page.set_viewport_size({"width": width, "height": 700})
        page.goto(f"{demo_site.url}/{language}/")
        links = page.locator(".utility-bar a:visible, .utility-bar summary:visible").all()
        middles = {
            round((box["y"] + box["height"] / 2) / 8) for box in (link.bounding_box() for link in links)
        }
        assert len(middles) == 1, (language, width, middles)
        link = page.get_by_role("banner").get_by_role("link", name=search, exact=True)
        assert link.is_visible()
        box = link.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44  # a finger's target
