"""A member signs in, says "I'm interested" in an open speaker opportunity and finds the answer on "My
responses"; the meetings index and a meeting read well on a phone and a desktop, in both languages."""

from opportunities.models import SpeakerResponse
from tests.browser.conftest import screenshot, sign_in


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_member_expresses_interest_and_sees_it_on_my_responses(demo_site, page):
    sign_in(page, demo_site.url, "member@example.org", "member-demo-pass")
    screenshot(page, "extranet-dashboard-desktop")
    dashboard = page.locator(".extranet-main")
    assert "Radio interview on school funding" in dashboard.inner_text()
    assert "Monthly member meeting: the budget hearings" in dashboard.inner_text()

    page.goto(demo_site.url + "/en/members/speaking/")
    page.get_by_role("link", name="Testimony at the budget hearing").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == "Testimony at the budget hearing"

    # Sent empty: each error is explained beside its field, nothing is stored.
    page.get_by_role("button", name="Send: I'm interested").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").is_visible()
    assert "Tell us when you are available." in page.locator(".form-field__error").first.inner_text()
    screenshot(page, "speaker-opportunity-errors-desktop")

    page.get_by_label("When are you available?").fill("Any morning the week of the hearing")
    page.get_by_label("A note for the staff team (optional)").fill("I can speak about our infant room.")
    page.get_by_role("button", name="Send: I'm interested").click()
    page.wait_for_load_state()
    assert "Your interest has been received" in page.locator(".messages").inner_text()
    assert SpeakerResponse.objects.filter(
        member__email="member@example.org", opportunity__title="Testimony at the budget hearing"
    ).exists()
    screenshot(page, "speaker-opportunity-answered-desktop")

    page.get_by_role("link", name="See all my responses").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == "My responses"
    table = page.locator(".responses-table").inner_text()
    assert "Testimony at the budget hearing" in table and "Received" in table
    assert "Radio interview on school funding" in table and "Shortlisted" in table
    screenshot(page, "my-responses-desktop")

    page.set_viewport_size({"width": 390, "height": 844})
    assert fits_the_screen(page)
    screenshot(page, "my-responses-phone")
    page.goto(demo_site.url + "/es/miembros/oportunidades-para-hablar/articulo-opinion-interpretes/")
    assert "Responses closed on" in page.content() or "cerr" in page.content()
    assert page.locator("textarea").count() == 0
    assert fits_the_screen(page)
    screenshot(page, "speaker-opportunity-closed-spanish-phone")
    assert page.console_errors == []


def test_meetings_index_filters_and_a_meeting(demo_site, page):
    sign_in(page, demo_site.url, "member@example.org", "member-demo-pass")
    page.goto(demo_site.url + "/en/members/meetings/")
    assert (
        "Monthly member meeting: the budget hearings" in page.locator("#upcoming-heading + ul").inner_text()
    )
    page.get_by_label("Kind of meeting").select_option("working_group")
    page.get_by_role("button", name="Show meetings").click()
    page.wait_for_load_state()
    assert "School funding working group" in page.content()
    assert "setting our three asks" not in page.content()
    screenshot(page, "meetings-index-filtered-desktop")

    page.goto(demo_site.url + "/en/members/meetings/?year=abc")
    assert page.locator(".error-summary").is_visible()
    screenshot(page, "meetings-index-bad-filter-desktop")

    page.goto(demo_site.url + "/en/members/meetings/monthly-meeting-last/")
    assert "Collect three family stories about interpreters" in page.content()
    screenshot(page, "meeting-desktop")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_site.url + "/es/miembros/reuniones/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert fits_the_screen(page)
    screenshot(page, "meetings-index-spanish-phone")
    page.goto(demo_site.url + "/es/miembros/reuniones/reunion-mensual-anterior/")
    assert fits_the_screen(page)
    screenshot(page, "meeting-spanish-phone")
    page.goto(demo_site.url + "/es/miembros/")
    assert fits_the_screen(page)
    screenshot(page, "extranet-dashboard-spanish-phone")
    assert page.console_errors == []
