"""A small public site in English and Spanish with every kind of page that must stay out of search,
feeds and sitemaps: a private article, a draft, an expired article and an extranet page."""

import datetime

import pytest
from django.utils import timezone

from extranet.factories import ExtranetIndexPageFactory, ExtranetPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.conftest import translate

# Every page that must never be listed carries this word, so one `not in` checks a whole response.
HIDDEN = "zzhidden"


def hide_everywhere(parent, locale_code, factory=NewsPageFactory):
    """A private page, a draft and an expired page below `parent`, all mentioning literacy."""
    private = factory(parent=parent, title=f"Literacy private {HIDDEN} {locale_code}")
    private.view_restrictions.create(restriction_type="login")
    factory(parent=parent, title=f"Literacy draft {HIDDEN} {locale_code}", live=False)
    expired = factory(parent=parent, title=f"Literacy expired {HIDDEN} {locale_code}")
    expired.expire_at = timezone.now() - datetime.timedelta(hours=1)
    expired.save()


@pytest.fixture
def site(home_page, spanish_home_page, locales):
    news = NewsIndexPageFactory(parent=home_page, title="News", slug="news")
    article = NewsPageFactory(
        parent=news,
        title="Literacy coaching expands",
        slug="literacy-coaching",
        date=datetime.date(2026, 3, 4),
        summary="Literacy coaches reach twelve more districts.",
        tags=["family voice"],
    )
    spanish_news = translate(news, locales["es"], title="Noticias", slug="noticias")
    spanish_article = translate(
        article,
        locales["es"],
        title="Se amplía la tutoría de lectura",
        slug="tutoria-de-lectura",
        summary="La tutoría de lectura llega a doce distritos más.",
    )
    spanish_article.tags.set(["estudiantes multilingües"])
    spanish_article.save_revision().publish()
    hide_everywhere(news, "en")
    hide_everywhere(spanish_news, "es")

    publications = PublicationIndexPageFactory(parent=home_page, title="Publications", slug="publications")
    report = PublicationPageFactory(
        parent=publications, title="Literacy report", summary="What literacy coaching changed."
    )
    spanish_publications = translate(publications, locales["es"], title="Publicaciones", slug="publicaciones")
    spanish_report = translate(report, locales["es"], title="Informe de lectura", slug="informe")
    hide_everywhere(publications, "en", factory=PublicationPageFactory)

    extranet = ExtranetIndexPageFactory(parent=home_page, title="Members")
    members_page = ExtranetPageFactory(parent=extranet, title=f"Literacy members {HIDDEN}")
    spanish_extranet = translate(extranet, locales["es"], title="Miembros", slug="miembros")
    spanish_members_page = translate(members_page, locales["es"], title=f"Lectura miembros {HIDDEN}")
    return {
        "news": news,
        "article": article,
        "spanish_news": spanish_news,
        "spanish_article": spanish_article,
        "publications": publications,
        "report": report,
        "spanish_publications": spanish_publications,
        "spanish_report": spanish_report,
        "extranet": extranet,
        "members_page": members_page,
        "spanish_extranet": spanish_extranet,
        "spanish_members_page": spanish_members_page,
    }
