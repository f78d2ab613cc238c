"""A visitor signs up for the news from the form in the footer of a (cacheable) page: a short invitation
whose button opens the form in place."""

from subscriptions.models import Subscriber
from tests.browser.conftest import screenshot


def test_visitor_signs_up_from_the_footer(demo_site, page):
    page.goto(demo_site.url + "/en/")
    footer = page.locator(".signup-panel")
    # The page itself carries no token: the script fetches one when the form is used.
    assert footer.locator('input[name="csrfmiddlewaretoken"]').get_attribute("value") == ""
    assert not footer.get_by_label("Email address").is_visible()  # closed until asked for

    # From the keyboard: the button opens the form and Tab goes on into it.
    footer.locator("summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "email"
    footer.get_by_label("Email address").fill("footer.reader@example.org")
    footer.get_by_label("Invitations to events").check()
    footer.get_by_label("Español").check()
    footer.get_by_label("I want to receive the emails I chose above", exact=False).check()
    footer.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/subscribe/check-your-inbox/")
    assert page.locator("h1").inner_text().strip() == "Check your inbox"
    screenshot(page, "subscriptions-check-inbox-desktop")

    subscriber = Subscriber.objects.get(email="footer.reader@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert (subscriber.news, subscriber.invitations, subscriber.language) == (True, True, "es")
    assert subscriber.consent_records.get().page == "/en/"
    assert page.console_errors == []


def test_footer_form_shows_errors_on_a_phone(demo_site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_site.url + "/en/")
    footer = page.locator(".signup-panel")
    footer.locator("summary", has_text="Sign up for news and invitations").click()
    footer.get_by_label("Email address").fill("not-an-address")
    footer.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/subscribe/")
    summary = page.locator(".error-summary")
    assert "Enter an email address like name@example.org." in summary.inner_text()
    assert "Tick the box to agree to receive these emails." in summary.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "subscriptions-errors-phone")
    assert not Subscriber.objects.filter(email="not-an-address").exists()


def test_no_signup_at_the_foot_of_the_members_area_or_on_paper(demo_site, page):
    from tests.browser.conftest import sign_in

    page.goto(demo_site.url + "/en/news/")
    page.emulate_media(media="print")
    assert not page.locator(".signup-panel").is_visible()
    page.emulate_media(media="screen")
    assert page.locator(".signup-panel").is_visible()
    sign_in(page, demo_site.url, "member@example.org", "member-demo-pass")
    page.goto(demo_site.url + "/en/members/")
    assert page.locator(".signup-panel").count() == 0
