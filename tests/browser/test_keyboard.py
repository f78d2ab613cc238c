"""Keyboard use of what opens, moves focus or scrolls (issue 20): the menus, the messages after an
action, the error summary's links."""

from PIL import Image

from tests.browser.conftest import screenshot, sign_in

OPPORTUNITY = "/en/members/speaking/budget-hearing-testimony/"


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


def focused_is(tab, selector):
    return tab.evaluate("selector => document.activeElement.matches(selector)", selector)


def test_after_an_answer_focus_and_the_title_carry_the_confirmation(demo_site, page):
    tab = page
    sign_in(tab, demo_site.url, "member@example.org", "member-demo-pass")
    tab.goto(demo_site.url + OPPORTUNITY)
    tab.reload()  # the sign-in's own message has been shown
    assert not tab.locator(".messages-region").count()
    title = tab.title()

    tab.get_by_label("When are you available?").fill("Any morning the week of the hearing")
    tab.get_by_role("button", name="Send: I'm interested").click()
    tab.wait_for_load_state()
    assert focused_is(tab, ".messages-region")
    assert "Your interest has been received" in tab.evaluate("document.activeElement.textContent")
    assert tab.title().startswith("Thank you. Your interest has been received") and tab.title().endswith(
        title
    )

    tab.get_by_role("button", name="Update my answer").click()
    tab.wait_for_load_state()
    assert focused_is(tab, ".messages-region")
    assert tab.title().startswith("Your answer has been updated.")

    tab.get_by_role("button", name="Withdraw my answer").click()
    tab.wait_for_load_state()
    assert focused_is(tab, ".messages-region")
    assert tab.title().startswith("Your answer has been withdrawn.")
    screenshot(tab, "speaker-opportunity-withdrawn-desktop")

    tab.reload()  # the message was shown once: the page is back to its plain title and focus
    assert tab.title() == title
    assert not focused_is(tab, ".messages-region")
    assert tab.console_errors == []


def test_after_a_photo_is_uploaded_or_removed_focus_is_on_the_confirmation(demo_site, page, tmp_path):

    photo = tmp_path / "me.png"
    Image.new("RGB", (600, 600), (40, 120, 110)).save(photo)
    tab = page
    sign_in(tab, demo_site.url, "member@example.org", "member-demo-pass")
    tab.goto(demo_site.url + "/en/my-account/")
    tab.set_input_files("input[name=photo]", str(photo))
    tab.focus("input[name=photo]")
    tab.keyboard.press("Tab")  # to the upload button, and Enter, as a keyboard user would
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    tab.wait_for_load_state()
    assert focused_is(tab, ".messages-region")
    assert "Your photo has been saved" in tab.evaluate("document.activeElement.textContent")
    assert tab.get_by_role("img", name="Your current photo").count() == 1

    tab.get_by_role("button", name="Remove my photo").click()
    tab.wait_for_load_state()
    assert focused_is(tab, ".messages-region")
    assert "Your photo has been removed" in tab.evaluate("document.activeElement.textContent")
    assert tab.console_errors == []


def test_an_error_summary_link_shows_the_fields_label_and_no_exclamation_mark_is_read(demo_site, page):
    tab = page
    tab.emulate_media(reduced_motion="reduce")  # no smooth scrolling: the position is final at once
    sign_in(tab, demo_site.url, "member@example.org", "member-demo-pass")
    for width, height in [(390, 740), (1280, 900)]:
        tab.set_viewport_size({"width": width, "height": height})
        tab.goto(demo_site.url + OPPORTUNITY)
        tab.get_by_role("button", name="Send: I'm interested").click()
        tab.wait_for_load_state()
        assert focused_is(tab, ".error-summary")
        tab.keyboard.press("Tab")
        assert focused_is(tab, ".error-summary a")
        tab.keyboard.press("Enter")
        assert focused_is(tab, "#id_availability")
        label = tab.locator("label[for='id_availability']").bounding_box()
        error = tab.locator("#id_availability_error").bounding_box()
        field = tab.locator("#id_availability").bounding_box()
        assert label["y"] >= 0 and field["y"] + 20 <= height, (width, label, field)
        assert 0 <= error["y"] <= height
        screenshot(tab, f"error-summary-link-followed-{width}")

    error = tab.locator("#id_availability_error")
    before = tab.evaluate(
        "getComputedStyle(document.getElementById('id_availability_error'), '::before').content"
    )
    assert before.startswith('"! "') and before.endswith('/ ""'), before  # shown, with empty alternative text
    # Chromium's own accessibility tree: the field's description is the error without the sign.
    session = tab.context.new_cdp_session(tab)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    field = next(n for n in nodes if n.get("name", {}).get("value") == "When are you available?")
    description = field["description"]["value"]
    assert "Tell us when you are available." in description and "!" not in description, description
    assert "!" not in error.aria_snapshot()
