"""A member signs in, reads an embargoed draft and downloads its attachment, stamped for them."""

import io

from pypdf import PdfReader

from tests.browser.conftest import screenshot, sign_in


def test_member_downloads_a_stamped_draft(demo_site, page):
    sign_in(page, demo_site.url, "member@example.org", "member-demo-pass")
    page.goto(demo_site.url + "/en/members/interpreters-draft/")
    assert page.locator("h1").inner_text().strip() == "Draft report: Interpreters in every meeting"
    assert "do not share" in page.locator(".notice--embargo").inner_text()
    assert "UTC" in page.locator(".notice--embargo").inner_text()
    screenshot(page, "embargoed-draft-desktop")

    link = page.get_by_role("link", name="Embargoed draft: Interpreters in every meeting")
    href = link.get_attribute("href")
    assert href.startswith("/embargoed/")
    response = page.request.get(demo_site.url + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert "no-store" in response.headers["cache-control"]
    text = PdfReader(io.BytesIO(response.body())).pages[0].extract_text()
    assert "prepared for Lucía Ramos, Puentes Family Network" in text

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_site.url + "/es/miembros/borrador-interpretes/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "embargoed-draft-spanish-phone")
    assert page.console_errors == []


def test_the_public_version_is_not_listed_before_the_lift(demo_site, page):
    page.goto(demo_site.url + "/en/publications/")
    assert page.get_by_role("link", name="Funding that follows the student").is_visible()
    assert page.get_by_role("link", name="Interpreters in every meeting").count() == 0
    screenshot(page, "publications-index-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo_site.url + "/es/publicaciones/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "publications-index-spanish-phone")
