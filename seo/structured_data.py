"""JSON-LD (schema.org): the organization, and the pieces page types build their own entity from.

Each page type that is a schema.org entity (a news article, a report, a project) says so in its
`structured_data` method (core.models.BasePage), built with `common` and `writing` below from what the
page head already worked out (absolute address, sharing image), so it adds no queries beyond the page's
own authors. The page head (seo_tags.seo_head) asks every page, and names no page type.
"""

import json

from django.templatetags.static import static
from django.utils.html import mark_safe

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


def publisher(organization):
    """The organization as the publisher or parent of a page's entity: its name, address and logo."""
    return {key: organization[key] for key in ("@type", "name", "url", "logo")}


def _people(page):
    return [{"@type": "Person", "name": person.name} for person in page.author_people]


def common(kind, page, url, image_url, language):
    """What every entity of a page says: its kind, name, address, language, description and image."""
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


def writing(kind, page, published, *, url, image_url, language, organization):
    """What a news article and a report share: a headline, a date, authors (`page.author_people`) and
    the publisher."""
    data = common(kind, page, url, image_url, language)
    by = publisher(organization)
    data.update(
        {
            "headline": page.title[:110],
            "datePublished": published.isoformat(),
            "author": _people(page) or by,
            "publisher": by,
        }
    )
    return data
