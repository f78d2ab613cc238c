"""Keyboard use of what opens, moves focus or scrolls (issue 20): the menus, the messages after an
action, the error summary's links."""

from tests.browser.conftest import screenshot, sign_in


def is_open(tab, selector):
    return tab.eval_on_selector(selector, "element => element.open")


def focused(tab):
    return tab.evaluate(
        "() => { const e = document.activeElement; return e.tagName + ' ' + (e.textContent || '').trim(); }"
    )


def test_the_phone_menu_closes_on_escape_and_when_focus_leaves_it(demo_site, page):
    tab = page
    tab.set_viewport_size({"width": 390, "height": 740})
    tab.goto(demo_site.url + "/en/")
    menu = "details.main-nav__disclosure"
    toggle = tab.locator(menu + " > summary")

    toggle.focus()
    tab.keyboard.press("Enter")
    assert is_open(tab, menu)
    screenshot(tab, "menu-open-phone")
    tab.keyboard.press("Tab")
    assert focused(tab).startswith("A ")  # the first link of the menu
    tab.keyboard.press("Escape")
    assert not is_open(tab, menu)
    assert tab.evaluate("() => document.activeElement.matches('details.main-nav__disclosure > summary')")

    # Tab through every link and on out of the menu: it closes, and nothing is left under the panel.
    tab.keyboard.press("Enter")
    links = tab.locator(menu + " a").count()
    for _ in range(links + 1):
        tab.keyboard.press("Tab")
    assert not is_open(tab, menu)
    assert not tab.evaluate(
        "() => document.querySelector('details.main-nav__disclosure').contains(document.activeElement)"
    )

    # Shift+Tab back out through the toggle closes it too.
    toggle.focus()
    tab.keyboard.press("Enter")
    tab.keyboard.press("Shift+Tab")
    assert not is_open(tab, menu)

    # A tap outside closes it.
    toggle.click()
    assert is_open(tab, menu)
    tab.mouse.click(195, 730)  # below the open panel
    assert not is_open(tab, menu)
    assert tab.console_errors == []


def test_the_account_menu_closes_on_escape(demo_site, page):
    tab = page
    sign_in(tab, demo_site.url, "member@example.org", "member-demo-pass")
    tab.goto(demo_site.url + "/en/")
    toggle = tab.locator("details.account-menu > summary")
    toggle.focus()
    tab.keyboard.press("Enter")
    assert is_open(tab, "details.account-menu")
    tab.keyboard.press("Tab")
    tab.keyboard.press("Escape")
    assert not is_open(tab, "details.account-menu")
    assert tab.evaluate("() => document.activeElement.matches('details.account-menu > summary')")
