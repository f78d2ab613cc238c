"""JSON-LD (schema.org) for the organization, news articles, publications and initiatives.

One function per kind of page, each given what the page head already worked out (absolute address,
sharing image) so it adds no queries beyond the page's own authors.
"""

import json

from django.templatetags.static import static
from django.utils.html import mark_safe

from initiatives.models import InitiativePage
from news.models import NewsPage
from publications.models import PublicationPage

# As Django's json_script: nothing in the data can close the <script> element or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def as_script(data):
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308  escaped above


def organization(request, site_text, site_settings, home_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_text.organization_name,
        "url": request.build_absolute_uri(home_url),
        "logo": request.build_absolute_uri(static("img/mark.svg")),
    }
    if site_text.tagline:
        data["description"] = site_text.tagline
    if site_settings is not None:
        if site_settings.contact_email:
            data["email"] = site_settings.contact_email
        if site_settings.phone:
            data["telephone"] = site_settings.phone
        same_as = [url for _label, url in site_settings.social_links]
        if same_as:
            data["sameAs"] = same_as
    if site_text.address:
        data["address"] = " ".join(site_text.address.split())
    return data


def _people(page):
    return [{"@type": "Person", "name": person.name} for person in page.author_people]


def _common(kind, page, url, image_url, language):
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": page.title,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": language,
        "description": page.meta_description,
    }
    if image_url:
        data["image"] = [image_url]
    return data


def _writing(kind, page, published, url, image_url, language, publisher):
    """What a news article and a publication share: a headline, a date, authors and the publisher."""
    data = _common(kind, page, url, image_url, language)
    data.update(
        {
            "headline": page.title[:110],
            "datePublished": published.isoformat(),
            "author": _people(page) or publisher,
            "publisher": publisher,
        }
    )
    return data


def for_page(page, *, url, image_url, language, publisher):
    """The page's own entity, or None for kinds of page that have none."""
    if isinstance(page, NewsPage):
        data = _writing("NewsArticle", page, page.date, url, image_url, language, publisher)
        if page.last_published_at:
            data["dateModified"] = page.last_published_at.isoformat()
        return data
    if isinstance(page, PublicationPage):
        data = _writing("Report", page, page.publication_date, url, image_url, language, publisher)
        data["genre"] = page.get_kind_display()
        return data
    if isinstance(page, InitiativePage):
        # schema.org's Project: "an enterprise planned to achieve a particular aim", run by the alliance.
        data = _common("Project", page, url, image_url, language)
        data.update({"parentOrganization": publisher, "foundingDate": page.start_date.isoformat()})
        if page.end_date:
            data["dissolutionDate"] = page.end_date.isoformat()
        return data
    return None
