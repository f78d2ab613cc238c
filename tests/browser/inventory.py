"""Every kind of page the site shows, for the accessibility (axe-core) and HTML validity (vnu) checks:
each page type of the demo content in both languages, the views that are not pages, and the public
forms with their errors showing. Member-only pages are visited as the demo member."""

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"

MEMBER_EMAIL = "member@example.org"
MEMBER_PASSWORD = "member-demo-pass"


@dataclass(frozen=True)
class Visit:
    label: str
    url: str
    as_member: bool = False
    # For a form shown with its errors: the form's selector and the fields to post (empty: all blank).
    form: str = ""
    data: dict = field(default_factory=dict, hash=False, compare=False)


VIEWS = [
    Visit("search results (en)", "/en/search/?query=funding"),
    Visit("search results (es)", "/es/buscar/?query=familias"),
    Visit("search, nothing found", "/en/search/?query=zzzzzz"),
    Visit("news tag archive", "/en/news/tag/funding/"),
    Visit("join (en)", "/en/join/"),
    Visit("join (es)", "/es/unirse/"),
    Visit("join, thanks", "/en/join/thanks/"),
    Visit("subscribe (en)", "/en/subscribe/"),
    Visit("subscribe (es)", "/es/suscribirse/"),
    Visit("subscribe, check inbox", "/en/subscribe/check-your-inbox/"),
    Visit("sign-in (en)", "/en/accounts/login/"),
    Visit("sign-in (es)", "/es/accounts/login/"),
    Visit("password reset", "/en/accounts/password/reset/"),
    Visit("sign-up closed", "/en/accounts/signup/"),
    Visit("page not found (en)", "/en/no-such-page/"),
    Visit("page not found (es)", "/es/no-such-page/"),
    Visit("my speaker responses", "/en/members/speaking/my-responses/", as_member=True),
    Visit("events, past", "/en/events/?when=past"),
    Visit("event registration (en)", "/en/events/statewide-summit/register/"),
    Visit("event registration (es)", "/es/eventos/cumbre-estatal/inscribirse/"),
    Visit("my events", "/en/members/events/my-events/", as_member=True),
    Visit("my calendar address", "/en/members/events/calendar-feed/", as_member=True),
    Visit("my account (en)", "/en/my-account/", as_member=True),
    Visit("my account (es)", "/es/mi-cuenta/", as_member=True),
    Visit("email notifications (en)", "/en/my-account/notifications/", as_member=True),
    Visit("email notifications (es)", "/es/mi-cuenta/avisos/", as_member=True),
    Visit("my letters (en)", "/en/my-account/letters/", as_member=True),
    Visit("my letters (es)", "/es/mi-cuenta/cartas/", as_member=True),
    Visit("who signs for my organization (en)", "/en/my-account/who-signs/", as_member=True),
    Visit("who signs for my organization (es)", "/es/mi-cuenta/quien-firma/", as_member=True),
    Visit(
        "a group's home with its events and notes (en)",
        "/en/members/working-groups/budget-hearings/",
        as_member=True,
    ),
    Visit(
        "a group's home with its events and notes (es)",
        "/es/miembros/grupos-de-trabajo/audiencias-presupuesto/",
        as_member=True,
    ),
    Visit("working group by invitation", "/en/members/working-groups/data-review/", as_member=True),
]

FORMS_WITH_ERRORS = [
    Visit(
        "event registration with errors",
        "/en/events/statewide-summit/register/",
        form="main form.form",
        data={"email": "not an address"},
    ),
    Visit("join with errors (en)", "/en/join/", form="form.form"),
    Visit("join with errors (es)", "/es/unirse/", form="form.form"),
    Visit(
        "join with a mistyped website",
        "/en/join/",
        form="form.form",
        data={"organization_name": "Puentes", "organization_website": "not a site"},
    ),
    Visit("subscribe with errors", "/en/subscribe/", form="main form.signup-form"),
    Visit(
        "sign-in with errors",
        "/en/accounts/login/",
        form="main form.form",
        data={"login": "nobody@example.org", "password": "not the password"},
    ),
    Visit(
        "speaker interest with errors",
        "/en/members/speaking/radio-interview-school-funding/",
        as_member=True,
        form="main form.form",
        data={"availability": ""},  # the demo member may have answered already
    ),
    Visit(
        "sign-on letter with errors",
        "/en/members/letter-multilingual-funding/",
        as_member=True,
        form="main form.form",
        data={"name": ""},  # nothing chosen to sign as, and no name
    ),
    Visit(
        "my account profile with errors",
        "/en/my-account/",
        as_member=True,
        form="main form.form",
        data={"first_name": ""},
    ),
    Visit(
        "a lead adding a member with errors",
        "/en/members/working-groups/family-voices/",
        as_member=True,
        form="main section form.form",
        data={"email": "nobody@example.org"},
    ),
]


def page_visits(one_per_type):
    """The demo's live pages (one of each type per language when `one_per_type`)."""
    from wagtail.models import Page

    seen = set()
    visits = []
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        if one_per_type and key in seen:
            continue
        seen.add(key)
        restricted = page.get_view_restrictions().exists()
        visits.append(Visit(f"{key[0]} ({key[1]}) {page.url}", page.url, as_member=restricted))
    return visits
