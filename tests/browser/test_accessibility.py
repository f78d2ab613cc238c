"""Every page type, in both languages, has no axe-core violations of WCAG 2.x A and AA: public pages,
the extranet as a member, sign-in, and the public forms with their errors showing.

axe-core comes from the npm package (`npm ci`); it is evaluated in the page through Playwright, which
is not an inline script, so the site's Content-Security-Policy stays on while it runs."""

import pytest

from tests.browser.inventory import (
    AXE_JS,
    FORMS_WITH_ERRORS,
    MEMBER_EMAIL,
    MEMBER_PASSWORD,
    VIEWS,
    page_visits,
)

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def run_axe(tab):
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.evaluate(AXE_JS.read_text())
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


def sign_in(tab, base_url):
    tab.goto(base_url + "/en/accounts/login/")
    tab.locator("main #id_login").fill(MEMBER_EMAIL)
    tab.locator("main #id_password").fill(MEMBER_PASSWORD)
    tab.locator("main form.form [type='submit']").click()
    tab.wait_for_load_state()


def show_errors(tab, visit):
    """Submit the form as a hurried visitor would: blank, or with the visit's wrong values."""
    form = tab.locator(visit.form).first
    for name, value in visit.data.items():
        form.locator(f'[name="{name}"]').fill(value)
    form.locator('[type="submit"]').first.click()
    tab.wait_for_load_state()
    assert tab.locator(".error-summary, .errorlist, [aria-invalid='true']").count() > 0, visit.label


def test_every_page_type_has_no_wcag_violations(demo_site, browser):
    if not AXE_JS.exists():
        pytest.skip("axe-core is missing: run `npm ci`")
    visits = [*page_visits(one_per_type=True), *VIEWS, *FORMS_WITH_ERRORS]
    problems = []
    contexts = {
        member: browser.new_context(viewport={"width": 1280, "height": 900}) for member in (False, True)
    }
    tabs = {member: context.new_page() for member, context in contexts.items()}
    sign_in(tabs[True], demo_site.url)
    for visit in visits:
        tab = tabs[visit.as_member]
        tab.goto(demo_site.url + visit.url)
        if visit.form:
            show_errors(tab, visit)
        problems += [f"{visit.label}: {violation}" for violation in run_axe(tab)]
    # The harness itself works: a page with a known fault is caught.
    tabs[False].set_content(
        '<html lang="en"><title>t</title><body><main><img src="x.png"></main></body></html>'
    )
    assert any(violation.startswith("image-alt") for violation in run_axe(tabs[False]))
    for context in contexts.values():
        context.close()
    assert len(visits) > 40
    assert problems == [], "\n".join(problems)
