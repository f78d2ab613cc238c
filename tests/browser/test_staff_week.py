"""A comms team's week, walked in the admin by a member of the Staff group only (issue 20): write a news
article with an author and a PDF uploaded from the document chooser and submit it to moderation; invite
a member; review an application to join and a member's answer to a speaker opportunity; and see on the
dashboard what needs doing. Once in English on a desktop, once in Spanish on a phone, where the staff
member first switches the admin to Spanish in their account settings.

Everything is done by clicks and typing from the dashboard, never by an address of the admin's inner
views. The demo's applications wait for review; the member's answer is stored as the members' area
stores it (tests/browser/test_speaker_opportunity.py walks that side)."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from demo.pdf import render_pdf
from members.models import Invitation, MembershipApplication
from news.models import NewsPage
from opportunities.models import SpeakerOpportunityPage, SpeakerResponse
from tests.browser.conftest import screenshot, sign_in

BOTH_NAMES = "Moderators approval / Aprobación de moderación"  # the workflow (members migration 0016)

WEEKS = {
    "en": {
        "width": 1280,
        "dashboard": "Dashboard",
        "pages": "Pages",
        "home": "View child pages of 'Home'",
        "news": "News",
        "add_child_page": "Add child page",
        "title": "Title",
        "summary": "Summary*",
        "insert_block": "Insert a block",
        "paragraph": "Paragraph",
        "document_link": "Document link",
        "choose_document": "Choose a document",
        "upload": "Upload",
        "file": "File",
        "more_actions": "More actions",
        "submitted": "submitted for moderation",
        "membership": "Membership",
        "invitations": "Invitations",
        "add_invitation": "Add invitation",
        "email": "Email",
        "first_name": "First name",
        "last_name": "Last name",
        "organization": "Organization",
        "email_language": "Language of the email",
        "create": "Create",
        "invited": "the email is on its way",
        "applications_to_review": "New membership applications",
        "answers_to_review": "Speaker answers to review",
        "applicant": "Westside Reading Circle (Tomás Quinn)",
        "review": "Approve",
        "reviewed": "Approved “Westside Reading Circle (Tomás Quinn)”",
        "reviewed_application": ("tomas.quinn@example.org", MembershipApplication.Status.APPROVED),
        "status": "Status",
        "new_status": "Shortlisted",
        "answer_status": SpeakerResponse.Status.SHORTLISTED,
        "save": "Save",
        "saved": "updated",
    },
    "es": {
        "width": 390,
        "dashboard": "Panel de control",
        "pages": "Páginas",
        "home": "Ver páginas hijas de 'Inicio'",
        "news": "Noticias",
        "add_child_page": "Añadir página hija",
        "title": "Título",
        "summary": "Resumen*",
        "insert_block": "Insertar un bloque",
        "paragraph": "Párrafo",
        "document_link": "Enlace a un documento",
        "choose_document": "Seleccionar un documento",
        "upload": "Subir",
        "file": "Archivo",
        "more_actions": "Más acciones",
        "submitted": "moderación",
        "membership": "Membresía",
        "invitations": "Invitaciones",
        "add_invitation": "Añadir invitación",
        "email": "Correo electrónico",
        "first_name": "Nombre",
        "last_name": "Apellidos",
        "organization": "Organización",
        "email_language": "Idioma del correo",
        "create": "Crear",
        "invited": "el correo está en camino",
        "applications_to_review": "Solicitudes de membresía nuevas",
        "answers_to_review": "Respuestas de vocería por revisar",
        "applicant": "Marisol Vega",
        "review": "Rechazar",
        "reviewed": "Rechazada «Marisol Vega»",
        "reviewed_application": ("marisol.vega@example.org", MembershipApplication.Status.DECLINED),
        "status": "Estado",
        "new_status": "Seleccionada",
        "answer_status": SpeakerResponse.Status.SELECTED,
        "save": "Guardar",
        "saved": "actualizado",
    },
}

ARTICLES = {
    "en": ("Our budget brief is out", "Three asks for the budget hearing.", "budget-brief.pdf"),
    "es": ("Ya está nuestro resumen del presupuesto", "Tres pedidos para la audiencia.", "resumen.pdf"),
}
INVITEES = {
    "en": (
        "nadia.okafor@example.org",
        "Nadia",
        "Okafor",
        "Harbor Street Head Start Parents Council",
        "English",
    ),
    "es": ("rafael.soto@example.org", "Rafael", "Soto", "Puentes Family Network", "Español"),
}
# Words of Wagtail's admin that the Spanish walk must not meet in English (core/admin_words.py).
ENGLISH_GIVEAWAYS = ("Search all pages", "Exploring", "Show filters", "Maximum filesize", "Email status")


@pytest.fixture
def answer_to_review(demo_site):
    """The demo member's answer to the budget hearing's call for testimony, not reviewed yet."""
    return SpeakerResponse.objects.create(
        opportunity=SpeakerOpportunityPage.objects.get(title="Testimony at the budget hearing"),
        member=get_user_model().objects.get(username="member"),
        availability="Any morning the week of the hearing",
        note="I can speak about our infant room.",
        language="en",
    )


def field(scope, label):
    """The form control labelled `label`: Wagtail's panels give their section the same name."""
    labelled = scope.get_by_label(label, exact=True).or_(scope.get_by_label(label + "*", exact=True))
    return labelled.and_(scope.locator("input, select, textarea"))


class Walk:
    """One staff member's tab, and what they read on each screen."""

    def __init__(self, page, language):
        self.page = page
        self.language = language
        self.words = WEEKS[language]
        self.on_phone = self.words["width"] < 800

    def look(self, step):
        screenshot(self.page, f"staff-week-{step}-{self.language}-{self.words['width']}")
        if self.on_phone:
            assert self.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), step
        if self.language == "es":
            text = self.page.locator("body").inner_text()
            assert [words for words in ENGLISH_GIVEAWAYS if words in text] == [], step

    def menu(self):
        """The admin's menu: on a phone it is behind its toggle."""
        if self.on_phone:
            self.page.get_by_role("button", name=re.compile("Toggle sidebar|Alternar menú lateral")).click()
        return self.page.get_by_role("navigation").first

    def dashboard(self):
        """The dashboard (the menu's logo), and its "Needs your attention" panel."""
        self.menu()
        self.page.get_by_role("link", name=self.words["dashboard"], exact=True).click()
        attention = self.page.locator("#staff-work-section")
        expect(attention).to_be_visible()
        self.look("dashboard")
        return attention

    def count(self, attention, label):
        row = attention.get_by_role("row").filter(has=self.page.get_by_role("cell", name=label, exact=True))
        return int(row.get_by_role("cell").last.inner_text())


def switch_the_admin_to_spanish(walk):
    """The menu's account button, Account, then "Preferred language", as a person would."""
    page = walk.page
    walk.menu()
    page.get_by_role("button", name="Grace").click()
    page.get_by_role("link", name="Account", exact=True).click()
    field(page, "Preferred language").select_option("es")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("heading", name="Cuenta").first).to_be_visible()


def write_and_submit_an_article(walk, pdf):
    page, words = walk.page, walk.words
    title, summary, filename = ARTICLES[walk.language]
    nav = walk.menu()
    nav.get_by_role("button", name=words["pages"]).click()
    nav.get_by_role("link", name=words["home"]).click()
    nav.get_by_role("link", name=words["news"], exact=True).click()
    page.wait_for_load_state()
    walk.look("news-index")
    page.get_by_role("link", name=words["add_child_page"]).click()
    page.wait_for_load_state()

    page.get_by_role("textbox", name=words["title"]).fill(title)
    page.get_by_role("checkbox", name="Grace Tanaka-Moore").check()
    page.get_by_role("textbox", name=words["summary"], exact=True).fill(summary)
    page.get_by_role("button", name=words["insert_block"]).click()
    page.get_by_role("option", name=words["paragraph"]).click()
    page.locator("[data-contentpath=body] [contenteditable=true]").first.click()
    page.keyboard.type(summary)
    page.get_by_role("button", name=words["insert_block"]).last.click()
    page.get_by_role("option", name=words["document_link"]).click()
    walk.look("article")

    page.get_by_role("button", name=words["choose_document"]).click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name=words["upload"]).click()
    walk.look("document-upload")
    field(chooser, words["file"]).set_input_files(pdf)
    field(chooser, words["title"]).fill(f"{title} (PDF)")
    chooser.get_by_role("button", name=words["upload"], exact=True).click()
    expect(chooser).to_be_hidden()
    expect(page.locator("[data-contentpath=body]")).to_contain_text(f"{title} (PDF)")
    # Half a second after the form is complete, Wagtail's autosave creates the page and the editor
    # becomes the page's edit view. A submit sent before that reaches the create view as well, and one
    # of the two is refused ("slug already in use", or a server error if they cross): a race of Wagtail
    # 8's autosave, which a person who takes a second to reach the Submit button does not run into.
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    page.get_by_role("button", name=words["more_actions"]).click()
    page.get_by_role("button", name=BOTH_NAMES).click()  # "Submit to …", "Enviar a …"
    expect(page.locator(".messages")).to_contain_text(words["submitted"])
    walk.look("article-submitted")

    article = NewsPage.objects.get(title=title)
    assert article.workflow_in_progress
    assert [person.name for person in article.authors.all()] == ["Grace Tanaka-Moore"]
    documents = [block.value["document"] for block in article.body if block.block_type == "document"]
    assert [document.title for document in documents] == [f"{title} (PDF)"]
    stored = documents[0].file.name.rsplit("/", 1)[-1]  # the storage may add a suffix to a name in use
    assert stored.startswith(filename.removesuffix(".pdf")) and stored.endswith(".pdf")
    assert documents[0].uploaded_by_user.username == "editor"


def invite_a_member(walk):
    page, words = walk.page, walk.words
    email, first_name, last_name, organization, language = INVITEES[walk.language]
    nav = walk.menu()
    nav.get_by_role("button", name=words["membership"]).click()
    nav.get_by_role("link", name=words["invitations"], exact=True).click()
    page.wait_for_load_state()
    page.get_by_role("link", name=words["add_invitation"]).click()
    page.wait_for_load_state()
    field(page, words["email"]).fill(email)
    field(page, words["first_name"]).fill(first_name)
    field(page, words["last_name"]).fill(last_name)
    field(page, words["organization"]).select_option(label=organization)
    field(page, words["email_language"]).select_option(label=language)
    walk.look("invitation")
    page.get_by_role("button", name=words["create"]).click()
    expect(page.locator(".messages")).to_contain_text(words["invited"])
    walk.look("invited")
    assert Invitation.objects.pending().filter(email=email, invited_by__username="editor").exists()


def review_an_application(walk):
    page, words = walk.page, walk.words
    attention = walk.dashboard()
    assert walk.count(attention, words["applications_to_review"]) == 2  # the demo's
    attention.get_by_role("link", name=words["applications_to_review"]).click()
    page.wait_for_load_state()
    walk.look("applications")
    page.get_by_role("link", name=words["applicant"]).click()
    page.wait_for_load_state()
    walk.look("application")
    page.get_by_role("link", name=words["review"]).click()
    page.wait_for_load_state()
    page.get_by_role("button", name=words["review"]).click()
    expect(page.locator(".messages")).to_contain_text(words["reviewed"])
    walk.look("application-reviewed")
    email, status = words["reviewed_application"]
    assert MembershipApplication.objects.get(email=email).status == status


def review_an_answer(walk, answer):
    page, words = walk.page, walk.words
    attention = walk.dashboard()
    assert walk.count(attention, words["answers_to_review"]) == 1
    attention.get_by_role("link", name=words["answers_to_review"]).click()
    page.wait_for_load_state()
    walk.look("answers")
    page.get_by_role("link", name="Lucía Ramos: Testimony at the budget hearing").click()
    page.wait_for_load_state()
    field(page, words["status"]).select_option(label=words["new_status"])
    walk.look("answer")
    page.get_by_role("button", name=words["save"]).click()
    expect(page.locator(".messages")).to_contain_text(words["saved"])
    answer.refresh_from_db()
    assert answer.status == words["answer_status"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_staff_member_does_the_comms_teams_week(demo_site, browser, answer_to_review, tmp_path, language):
    editor = get_user_model().objects.get(username="editor")
    assert not editor.is_superuser and [group.name for group in editor.groups.all()] == ["Staff"]
    pdf = tmp_path / ARTICLES[language][2]
    pdf.write_bytes(render_pdf("Budget brief", [("title", "Budget brief"), ("text", "Three asks.")]))

    width = WEEKS[language]["width"]
    context = browser.new_context(viewport={"width": width, "height": 900 if width > 800 else 844})
    page = context.new_page()
    errors = []
    page.on(
        "console", lambda message: message.type == "error" and errors.append(f"{message.text} on {page.url}")
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda response: response.status >= 400 and errors.append(response.url))

    sign_in(page, demo_site.url, "editor@example.org", "editor-demo-pass")
    page.goto(demo_site.url + "/admin/")
    walk = Walk(page, language)
    if language == "es":
        switch_the_admin_to_spanish(walk)

    write_and_submit_an_article(walk, pdf)
    invite_a_member(walk)
    review_an_application(walk)
    review_an_answer(walk, answer_to_review)
    # What is left for the rest of the week: one application, no answer.
    attention = walk.dashboard()
    assert walk.count(attention, WEEKS[language]["applications_to_review"]) == 1
    assert walk.count(attention, WEEKS[language]["answers_to_review"]) == 0
    context.close()
    # Script errors and failed requests fail the walk. The editor's content checks are not errors of
    # the admin: Wagtail logs "axe.run results" when the page being written, as it stands at that
    # moment, breaks a rule (and shows it in the editor's Checks panel); the site's pages themselves are
    # checked by test_accessibility.py.
    assert [error for error in errors if not error.startswith("axe.run results")] == []
