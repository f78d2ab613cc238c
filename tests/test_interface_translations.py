"""The Spanish interface strings (templates and Python): every one translated, compiled into the
committed .mo, in step with the strings the source marks, and shown on Spanish pages.

The project's catalogue (locale/) holds most of them; an app may keep its own words in its own
catalogue (<app>/locale/, where `makemessages` run inside the app puts them), so that a new app brings
its translations with it. Each catalogue is checked alike, and together they list exactly the strings
the source marks."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone, translation

from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory, LearningSessionFactory
from initiatives.models import Facilitator
from people.factories import PersonFactory
from tests.conftest import translate

BASE_DIR = Path(settings.BASE_DIR)
PO_PATH = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES" / "django.po"
# The apps' own catalogues, beside the project's.
PO_PATHS = [PO_PATH, *sorted(BASE_DIR.glob("*/locale/es/LC_MESSAGES/django.po"))]

# The --ignore options of the makemessages command given in the .po's header comment.
MAKEMESSAGES_IGNORE = [".venv", "node_modules", "staticfiles", "media"]
GETTEXT_PROGRAMS = ("xgettext", "msguniq", "msgmerge", "msgattrib")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def translation_of(entry):
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
    return entry.msgstr


@pytest.fixture(scope="module", params=PO_PATHS, ids=lambda path: str(path.relative_to(BASE_DIR)))
def catalogue(request):
    return polib.pofile(str(request.param))


@pytest.fixture(scope="module")
def every_catalogue():
    return [polib.pofile(str(path)) for path in PO_PATHS]


def test_no_entry_is_untranslated_or_fuzzy(catalogue):
    assert not catalogue.metadata_is_fuzzy, "the header is marked fuzzy"
    assert catalogue.metadata["Language"] == "es"
    nplurals = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"]).group(1))
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(nplurals)), entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


def test_translations_keep_their_placeholders(catalogue):
    for entry in catalogue.translated_entries():
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        expected = {p for source in sources for p in PLACEHOLDER.findall(source)}
        translations = translation_of(entry)
        for text in translations if isinstance(translations, tuple) else [translations]:
            assert set(PLACEHOLDER.findall(text)) == expected, (entry.msgid, text)


def test_committed_mo_matches_the_po(catalogue):
    """The .mo is committed so a machine without gettext shows Spanish: it must say what the .po says.
    Run `manage.py compilemessages --ignore=.venv` after editing the .po."""
    compiled = polib.mofile(str(Path(catalogue.fpath).with_suffix(".mo")))
    expected = {key(e): translation_of(e) for e in catalogue.translated_entries()}
    actual = {key(e): translation_of(e) for e in compiled if e.msgid}
    assert actual == expected
    assert compiled.metadata.get("Plural-Forms") == catalogue.metadata["Plural-Forms"]


def test_django_serves_every_translation_in_spanish(catalogue):
    """Ours, not another app's: the project's catalogue wins over Wagtail's and Django's own."""
    with translation.override("es"):
        for entry in catalogue.translated_entries():
            if entry.msgid_plural:
                for count, index in ((1, 0), (7, len(entry.msgstr_plural) - 1)):
                    if entry.msgctxt:
                        served = translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, count)
                    else:
                        served = translation.ngettext(entry.msgid, entry.msgid_plural, count)
                    assert served == entry.msgstr_plural[index], entry.msgid
            elif entry.msgctxt:
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr, entry.msgid
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


def copy_translatable_sources(source, target):
    """The files makemessages reads (.py, .html, .txt), outside the ignored and hidden folders."""
    for path in source.rglob("*"):
        relative = path.relative_to(source)
        skipped = {*MAKEMESSAGES_IGNORE, "locale", "__pycache__"}
        if any(part in skipped or part.startswith(".") for part in relative.parts[:-1]):
            continue
        if path.is_file() and path.suffix in {".py", ".html", ".txt"}:
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


@pytest.mark.skipif(
    not all(shutil.which(program) for program in GETTEXT_PROGRAMS),
    reason="GNU gettext (xgettext, msguniq, msgmerge, msgattrib) is not installed",
)
def test_catalogue_lists_exactly_the_marked_strings(every_catalogue, tmp_path, settings, monkeypatch):
    """makemessages, run on a copy of the source into an empty locale folder, finds the msgids of the
    .po files together: none missing (a new string left in English) and none left over. A word that two
    catalogues both hold ("summary") is translated alike in both."""
    copy = tmp_path / "source"
    copy_translatable_sources(BASE_DIR, copy)
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)
    call_command(
        "makemessages", locale=["es"], ignore_patterns=MAKEMESSAGES_IGNORE, no_location=True, verbosity=0
    )
    extracted = {key(e) for e in polib.pofile(str(copy / "locale" / "es" / "LC_MESSAGES" / "django.po"))}
    translations = {}
    for catalogue in every_catalogue:
        for entry in catalogue:
            if not entry.obsolete:
                translations.setdefault(key(entry), set()).add(translation_of(entry))
    assert {k: v for k, v in translations.items() if len(v) > 1} == {}, "translated differently"
    listed = set(translations)
    assert (sorted(extracted - listed, key=str), sorted(listed - extracted, key=str)) == ([], []), (
        "(missing from the .po, no longer in the source): run makemessages as the .po's header says"
    )


@pytest.mark.django_db
def test_spanish_initiative_page_has_a_spanish_interface(client, home_page, spanish_home_page, locales):
    index = InitiativeIndexPageFactory(parent=home_page)
    initiative = InitiativePageFactory(
        parent=index, title="Community of practice", goals=[("goal", "Map who decides")]
    )
    LearningSessionFactory(page=initiative, title="Opening")
    Facilitator.objects.create(page=initiative, person=PersonFactory(name="Rosa Example", role="Directora"))
    translate(index, locales["es"], title="Iniciativas", slug="iniciativas")
    spanish = translate(initiative, locales["es"], title="Comunidad de práctica", slug="comunidad")

    english_text = client.get(initiative.url).text
    for heading in ("Goals", "Schedule", "Session 1:", "Facilitator"):
        assert heading in english_text

    text = client.get(spanish.url).text
    for heading in ("Objetivos", "Calendario", "Sesión 1:", "Persona facilitadora", "Inicio"):
        assert heading in text
    for heading in ("Goals", "Schedule", "Session 1:", "Facilitator", "Skip to main content"):
        assert heading not in text


@pytest.mark.django_db
def test_spanish_search_page_has_a_spanish_interface(client, spanish_home_page):
    text = client.get("/es/buscar/", {"query": "zzzz"}).text
    assert "No hay resultados para “zzzz”." in text
    assert "Buscar en este sitio" in text
    assert "Search this site" not in text


@pytest.mark.django_db
def test_the_spanish_admin_dashboard_has_no_english_column_headings(admin_client, admin_user, home_page):
    """Wagtail's Spanish catalogue lacks "Privacy and access" (the locked pages panel's column): ours has
    it (core/admin_words.py)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "es"
    profile.save()
    home_page.locked, home_page.locked_by, home_page.locked_at = True, admin_user, timezone.now()
    home_page.save()
    text = admin_client.get("/admin/").text
    assert "Privacidad y acceso" in text
    assert "Privacy and access" not in text


@pytest.fixture
def spanish_staff_client(client, home_page):
    """A Staff member who chose Spanish for the admin (Account, "Preferred language")."""
    from wagtail.users.models import UserProfile

    from members.factories import StaffUserFactory

    user = StaffUserFactory()
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "es"})
    client.force_login(user)
    client.user = user
    return client


def test_a_staff_members_week_reads_in_spanish(spanish_staff_client, home_page):
    """The screens of the walk through a comms team's week (issue 20) whose words Wagtail's Spanish
    catalogue lacks: ours has them (core/admin_words.py)."""
    from news.factories import NewsIndexPageFactory, NewsPageFactory

    client = spanish_staff_client
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, title="Brief")
    article.save_revision(user=client.user)
    article.get_workflow().start(article, client.user)

    dashboard = client.get("/admin/").text
    assert "Buscar en todas las páginas…" in dashboard
    assert re.search(r"\d+ páginas\s*<span", dashboard) and "creadas en" in dashboard
    assert "Guía para editores de Wagtail" in dashboard

    explorer = client.get(f"/admin/pages/{news.pk}/").text
    assert "Explorando" in explorer and "1-1 de 1 página" in explorer
    assert "Mostrar filtros" in explorer and "Tipo de página" in explorer

    upload = client.get("/admin/documents/chooser/").json()["html"]
    assert "Tamaño máximo del archivo" in upload
    assert "se encierran solas entre comillas dobles" in upload  # not Wagtail's "etiquedas"

    banner = client.get(f"/admin/pages/{article.pk}/edit/").text
    assert "Página pendiente de moderación." in banner

    account = client.get("/admin/account/").text
    assert "Usar el idioma del servidor" in account and "Usar la zona horaria del servidor" in account

    english = (
        "Search all pages",
        "editor guide",
        "Exploring",
        "Show filters",
        "Maximum filesize",
        "awaiting moderation",
    )
    for text in (dashboard, explorer, upload, banner, account):
        assert not [words for words in english if words in text]


def test_the_moderation_workflow_is_named_in_both_languages(spanish_staff_client, home_page):
    """Wagtail stores the default workflow's and task's names in English and shows them as stored; the
    members app's migration 0016 names them in both languages (why not translated on display: its
    docstring)."""
    from wagtail.models import Task, Workflow

    from news.factories import NewsIndexPageFactory, NewsPageFactory

    both = "Moderators approval / Aprobación de moderación"
    assert list(Workflow.objects.values_list("name", flat=True)) == [both]
    assert list(Task.objects.values_list("name", flat=True)) == [both]

    client = spanish_staff_client
    news = NewsIndexPageFactory(parent=home_page)
    editor = client.get(f"/admin/pages/add/news/newspage/{news.pk}/").text
    assert f"Enviar a {both}" in editor

    article = NewsPageFactory(parent=news, title="Brief")
    article.save_revision(user=client.user)
    article.get_workflow().start(article, client.user)
    assert f"Esperando {both}" in re.sub(r"\s+", " ", client.get("/admin/").text)


@pytest.mark.django_db
def test_a_workflow_someone_renamed_keeps_its_name():
    from importlib import import_module

    from django.apps import apps
    from wagtail.models import Workflow

    migration = import_module("members.migrations.0016_moderation_workflow_in_both_languages")
    Workflow.objects.update(name="Legal review")
    migration.name_in_both_languages(apps, None)
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Legal review"]
