"""A translation's address is in its own language: before its first publish, a translation that kept its
source's slug takes one from its own title; a source's slug and a published address never change."""

import pytest
from wagtail.models import Page

from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    index = NewsIndexPageFactory(parent=home_page, title="News", slug="news")
    index.save_revision().publish()
    page = NewsPageFactory(parent=index, title="Five budget numbers", slug="five-budget-numbers")
    page.save_revision().publish()
    return page


def test_a_translation_takes_its_slug_from_its_own_title(article, spanish_home_page, locales):
    spanish = translate(article, locales["es"], title="Cinco cifras del presupuesto")
    assert spanish.slug == "cinco-cifras-del-presupuesto"
    assert spanish.url.endswith("/cinco-cifras-del-presupuesto/")


def test_a_slug_the_translator_chose_is_kept(article, spanish_home_page, locales):
    spanish = translate(article, locales["es"], title="Cinco cifras", slug="presupuesto-2027")
    assert spanish.slug == "presupuesto-2027"


def test_a_translation_with_the_same_title_keeps_the_same_slug(article, spanish_home_page, locales):
    spanish = translate(article, locales["es"])
    assert spanish.slug == "five-budget-numbers"


def test_a_published_translation_keeps_its_address_when_retitled(article, spanish_home_page, locales):
    spanish = translate(article, locales["es"], title="Cinco cifras del presupuesto")
    spanish.title = "Las cinco cifras"
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    assert spanish.slug == "cinco-cifras-del-presupuesto"


def test_the_source_keeps_its_slug_whatever_its_translations(home_page, spanish_home_page, locales):
    draft = NewsIndexPageFactory(parent=home_page, title="Updates", slug="latest")  # never published
    translate(draft, locales["es"], title="Novedades")
    draft.title = "Updates and notes"
    draft.save_revision()
    assert Page.objects.get(pk=draft.pk).slug == "latest"
