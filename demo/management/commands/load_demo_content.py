"""Fill the site with demo content: the Alliance for Learning Equity, in English and Spanish.

    python manage.py load_demo_content

Safe to run again: everything is found by a stable key (a translation key derived from the content
key, a title, a name or a username) and updated in place, and pages are only republished when their
content changed. The content itself lives in demo/content/, one module per section of the site.

Never in production: the demo app is installed only by config.settings.dev and config.settings.test,
and the command refuses to run unless the settings say DEMO_CONTENT_ALLOWED (only those two do). To show
the demo under the production settings (`make serve`, the benchmarks), load it with the development
settings into the same database (DATABASE_URL, MEDIA_ROOT and DOCUMENTS_ROOT mean the same in both),
then serve. The demo accounts are created only when missing: an existing account, its password above
all, is never changed.
"""

import time

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from demo import media, records
from demo.content import extranet, home, initiatives, members, news, pages, people, policy, publications
from demo.content import meetings as meeting_content
from demo.content import opportunities as opportunity_content
from demo.content import subscriptions as subscription_content
from demo.events import ensure_events
from demo.letters import ensure_letters
from demo.pages import PageTree, Resolver
from demo.responses import ensure_answers
from demo.workinggroups import load_working_groups
from extranet.models import ExtranetIndexPage, ExtranetPage
from home.models import HomePage
from initiatives.models import InitiativeIndexPage, InitiativePage
from meetings.models import MeetingIndexPage, MeetingNotesPage
from members import groups
from news.models import NewsIndexPage, NewsPage
from opportunities.models import SpeakerOpportunityIndexPage, SpeakerOpportunityPage
from policy.models import PolicyAgendaPage
from publications.models import EmbargoedDraftPage, PublicationIndexPage, PublicationPage
from standardpages.models import StandardPage
from subscriptions.demo import ensure_subscribers

# Local demo accounts only: these passwords are printed at the end of every run (and in README.md), and
# given only to accounts the command creates; an existing account keeps its own. A group of None makes
# a superuser. The groups are the ones the migrations create (members.groups). Everyone signs in on the
# site's sign-in page by email (<username>@example.org), staff included; the member never in the admin.
DEMO_ACCOUNTS = [
    ("admin", "admin-demo-pass", "Dana", "Okoye", None),
    ("editor", "editor-demo-pass", "Grace", "Tanaka-Moore", groups.STAFF),
    ("moderator", "moderator-demo-pass", "Marcus", "Bell", groups.MODERATORS),
    ("member", "member-demo-pass", "Lucía", "Ramos", groups.MEMBERS),
]

# Parents before children; siblings in the order the menu shows them.
PAGE_TREE = [
    (HomePage, home.HOME),
    (StandardPage, pages.ABOUT),
    (StandardPage, pages.FAQ),
    (InitiativeIndexPage, initiatives.INDEX),
    *[(InitiativePage, spec) for spec in initiatives.INITIATIVES],
    (PolicyAgendaPage, policy.AGENDA),
    (PublicationIndexPage, publications.INDEX),
    *[(PublicationPage, spec) for spec in publications.PUBLICATIONS],
    (NewsIndexPage, news.INDEX),
    *[(NewsPage, spec) for spec in news.ARTICLES],
    (StandardPage, pages.MEMBERSHIP),
    (StandardPage, pages.PRIVACY),
    (ExtranetIndexPage, extranet.INDEX),
    *[(ExtranetPage, spec) for spec in extranet.PAGES],
    (MeetingIndexPage, meeting_content.INDEX),
    *[(MeetingNotesPage, spec) for spec in meeting_content.MEETINGS],
    (SpeakerOpportunityIndexPage, opportunity_content.INDEX),
    *[(SpeakerOpportunityPage, spec) for spec in opportunity_content.OPPORTUNITIES],
    (EmbargoedDraftPage, publications.EMBARGOED_DRAFT),
]


class Command(BaseCommand):
    help = "Load (or refresh) the demo content: pages in English and Spanish, people, images and users."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                f"The demo content is for local development and tests only, and these settings "
                f"({settings.SETTINGS_MODULE}) do not allow it (DEMO_CONTENT_ALLOWED is off). To show the "
                "demo under the production settings, load it with the development settings into the same "
                "database, then serve: DJANGO_SETTINGS_MODULE=config.settings.dev python manage.py "
                "load_demo_content (as `make serve` does)."
            )
        started = time.monotonic()
        # All or nothing: a failure half-way leaves the database as it was.
        with transaction.atomic():
            tree, users, created = self.load()
        self.report(tree, users, created, time.monotonic() - started)

    def load(self):
        locales = records.ensure_locales()
        users, created = records.ensure_users(DEMO_ACCOUNTS)
        organizations = records.ensure_organizations(members.ORGANIZATIONS)
        records.ensure_public_profiles(members.ORGANIZATIONS, organizations, locales)
        records.ensure_focus_area_labels(members.FOCUS_AREA_LABELS, locales)
        records.ensure_applications(members.APPLICATIONS)
        profile = members.MEMBER_PROFILE
        records.ensure_member_profile(
            users[profile["username"]], organizations[profile["organization"]], profile
        )
        resolver = Resolver(
            today=timezone.localdate(),
            images=media.ensure_images(),
            documents=media.ensure_documents(),
            people=records.ensure_people(people.PEOPLE, locales),
            tags=records.ensure_tags(news.TAGS),
        )
        # The default page must go before the home page can take its slug.
        if records.remove_welcome_page():
            self.stdout.write("Removed Wagtail's default welcome page.")

        tree = PageTree(locales=locales, resolver=resolver, user=users["admin"])
        for model, spec in PAGE_TREE:
            tree.ensure(model, spec)
        resolver.strict = True
        for model, spec in PAGE_TREE:
            tree.fill(model, spec)

        ensure_answers(opportunity_content.DEMO_ANSWERS, users, resolver.pages)
        ensure_events(resolver, locales, users)
        ensure_letters(tree, users)
        load_working_groups(tree, resolver, users)
        records.ensure_site(
            resolver.pages["home", "en"],
            {**home.SITE_SETTINGS, "privacy_page": resolver.pages["privacy", "en"]},
        )
        records.ensure_site_text(home.SITE_TEXT, locales)
        ensure_subscribers(subscription_content.SUBSCRIBERS)
        return tree, users, created

    def report(self, tree, users, created, seconds):
        total = len(PAGE_TREE) * 2
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {total} pages in English and Spanish "
                f"({tree.published} published, {tree.unchanged} already up to date) in {seconds:.1f}s."
            )
        )
        self.stdout.write("\nDemo accounts (local use only; sign in with the email):")
        width = max(len(user.email) for user in users.values())
        self.stdout.write(f"  {'username':<10} {'email':<{width}} {'password':<20} {'role':<11} account")
        for username, password, *_ in DEMO_ACCOUNTS:
            user = users[username]
            state = "created now" if username in created else "already there: left as it was"
            # The demo password is shown only if it is the account's. Compared without the User's own
            # check_password, which may store the hash again.
            shown = password if check_password(password, user.password) else "(its own)"
            # The account's role as it is (an existing one keeps its own).
            role = "Superuser" if user.is_superuser else ", ".join(g.name for g in user.groups.all()) or "-"
            self.stdout.write(f"  {username:<10} {user.email:<{width}} {shown:<20} {role:<11} {state}")
        if len(created) < len(DEMO_ACCOUNTS):
            self.stdout.write(
                "An account that already exists is never changed by this command: not its password, email,\n"
                "name, role or groups. Only missing accounts are created, with the passwords shown."
            )
        site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"  # `make run` sets it to where it serves
        self.stdout.write(
            f"\nSite: {site_url}  (admin: {site_url}admin/; everyone signs in at "
            f"{site_url}en/accounts/login/ by email. The admin asks the superuser and the moderator to set "
            "up an authenticator app first.)"
        )
