"""A member signs in, reaches the extranet and downloads a members-only document; outsiders do not."""

from tests.browser.conftest import screenshot, sign_in


def test_member_signs_in_and_reads_the_extranet(demo_site, page):
    sign_in(page, demo_site.url, "member@example.org", "member-demo-pass")
    assert page.url.endswith("/en/members/")
    assert page.locator("h1").inner_text().strip() == "Members area"
    screenshot(page, "extranet-home-desktop")

    page.get_by_role("navigation", name="Members area").get_by_role(
        "link", name="Budget session strategy"
    ).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == "Budget session strategy"
    screenshot(page, "extranet-page-desktop")

    link = page.get_by_role("link", name="Draft budget brief (PDF, members only)")
    response = page.request.get(demo_site.url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert "no-store" in response.headers["cache-control"]

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_site.url + "/es/miembros/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text().strip() == "Área de miembros"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "extranet-home-spanish-phone")
    assert page.console_errors == []


def test_anonymous_visitor_is_sent_to_sign_in_and_back(demo_site, page):
    page.goto(demo_site.url + "/en/members/budget-strategy/")
    assert "/en/accounts/login/" in page.url
    page.get_by_label("Email", exact=True).fill("member@example.org")
    page.get_by_label("Password", exact=True).fill("member-demo-pass")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/members/budget-strategy/")


def test_signed_in_stranger_gets_the_members_only_page(demo_site, page):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("stranger", "stranger@example.org", "a-long-stranger-password")
    from allauth.account.models import EmailAddress

    user = get_user_model().objects.get(username="stranger")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    sign_in(page, demo_site.url, "stranger@example.org", "a-long-stranger-password")
    response = page.goto(demo_site.url + "/en/members/")
    assert response.status == 403
    assert "Members only" in page.locator("h1").inner_text()
    assert "Budget session strategy" not in page.content()
    screenshot(page, "extranet-forbidden-desktop")
