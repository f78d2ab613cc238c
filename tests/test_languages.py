"""English and Spanish: addresses, the lang attribute and the language switcher."""

import pytest

from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def switcher_links(response):
    """The language switcher's targets by language code, read from the rendered page."""
    from html.parser import HTMLParser

    links = {}

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "a" and attrs.get("hreflang") and "data-language-switcher" in attrs:
                links[attrs["hreflang"]] = attrs["href"]

    Parser().feed(response.text)
    return links


def test_root_redirects_by_preferred_language(client, spanish_home_page):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es").url == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en").url == "/en/"


def test_each_language_has_its_home_page(client, home_page, spanish_home_page):
    english = client.get("/en/")
    spanish = client.get("/es/")
    assert english.context["page"].pk == home_page.pk
    assert spanish.context["page"].pk == spanish_home_page.pk
    assert '<html lang="en"' in english.text
    assert '<html lang="es"' in spanish.text


def test_switcher_leads_to_the_translation_of_the_current_page(client, home_page, spanish_home_page, locales):
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, title="Hearing recap", slug="hearing-recap")
    translate(news, locales["es"], title="Noticias", slug="noticias")
    spanish_article = translate(article, locales["es"], title="Resumen de la audiencia", slug="resumen")

    links = switcher_links(client.get(article.url))
    assert links["es"] == spanish_article.url == "/es/noticias/resumen/"

    back = switcher_links(client.get(spanish_article.url))
    assert back["en"] == article.url == "/en/news/hearing-recap/"


def test_switcher_falls_back_to_the_home_page_without_a_translation(client, home_page, spanish_home_page):
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, slug="english-only")
    links = switcher_links(client.get(article.url))
    assert links["es"] == "/es/"


def test_unpublished_translation_is_not_offered(client, home_page, spanish_home_page, locales):
    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news)
    translate(news, locales["es"], slug="noticias")
    draft = translate(article, locales["es"], slug="borrador")
    draft.unpublish()
    # The section's index instead, which is translated.
    assert switcher_links(client.get(article.url))["es"] == "/es/noticias/"


def test_untranslated_page_offers_its_section_and_says_so(client, home_page, spanish_home_page, locales):
    news = NewsIndexPageFactory(parent=home_page, title="News")
    article = NewsPageFactory(parent=news, slug="english-only")
    translate(news, locales["es"], title="Noticias", slug="noticias")

    response = client.get(article.url)
    assert response.status_code == 200
    assert switcher_links(response)["es"] == "/es/noticias/"
    notice = response.text.split('data-translation-notice="es"')[1].split("</p>")[0]
    # The notice speaks to Spanish readers, so it is in Spanish and marked as such.
    assert 'lang="es"' in notice
    assert "Esta página todavía no está disponible en Español." in notice
    assert 'href="/es/noticias/"' in notice and "Ir a Noticias" in notice
    assert response.text.count("data-translation-notice") == 1


def test_translated_page_has_no_notice(client, home_page, spanish_home_page, locales):
    news = NewsIndexPageFactory(parent=home_page)
    translate(news, locales["es"], slug="noticias")
    assert "data-translation-notice" not in client.get(news.url).text


def test_spanish_slugs_with_accents_are_served(client, home_page, spanish_home_page, locales):
    news = NewsIndexPageFactory(parent=home_page)
    spanish_news = translate(news, locales["es"], title="Noticias", slug="noticias")
    article = NewsPageFactory(
        parent=spanish_news, slug="educación-pública", locale=locales["es"], title="Educación"
    )
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.url == "/es/noticias/educaci%C3%B3n-p%C3%BAblica/"  # an IRI, percent-encoded
    assert response.context["page"].pk == article.pk


def test_dates_are_written_in_the_readers_language(client, home_page, spanish_home_page, locales):
    import datetime

    news = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=news, date=datetime.date(2025, 3, 4))
    translate(news, locales["es"], slug="noticias")
    spanish = translate(article, locales["es"], slug="articulo")
    assert "March 4, 2025" in client.get(article.url).text
    assert "4 de marzo de 2025" in client.get(spanish.url).text


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("/es/join/", "/es/unirse/"),
        ("/es/join/thanks/", "/es/unirse/gracias/"),
        ("/es/subscribe/", "/es/suscribirse/"),
        ("/es/subscribe/check-your-inbox/", "/es/suscribirse/revisa-tu-correo/"),
    ],
)
def test_spanish_addresses_are_spanish_and_the_english_ones_still_answer(
    client, spanish_home_page, english, spanish
):
    """Forms and their pages have Spanish addresses; the English ones, already in mail and bookmarks,
    answer the same page (not a redirect: a one-click unsubscribe is a POST)."""
    from django.urls import reverse
    from django.utils import translation

    names = ["members:join", "members:join_thanks", "subscriptions:signup", "subscriptions:check_inbox"]
    with translation.override("es"):
        assert spanish in {reverse(name) for name in names}
    assert client.get(spanish).status_code == 200
    assert client.get(english).status_code == 200
    assert 'lang="es"' in client.get(english).text
