"""The emails of the list: the confirmation request and news articles. Every one carries the
subscriber's preference link and the RFC 8058 one-click unsubscribe headers."""

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core import access
from core.models import SiteSettings
from mail.links import page_url, site_url
from mail.text import render_subject


def absolute(name, token, language):
    with translation.override(language):
        return site_url(reverse(name, args=[token]))


def links(subscriber):
    token = subscriber.manage_token()
    return {
        "preferences_url": absolute("subscriptions:preferences", token, subscriber.language),
        "unsubscribe_url": absolute("subscriptions:unsubscribe", token, subscriber.language),
    }


def list_headers(unsubscribe_url):
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _message(subscriber, subject, text, html=None):
    context_links = links(subscriber)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[subscriber.email],
        headers=list_headers(context_links["unsubscribe_url"]),
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def confirmation_email(subscriber):
    context = {
        "subscriber": subscriber,
        "confirm_url": absolute("subscriptions:confirm", subscriber.confirm_token(), subscriber.language),
        "expiry_days": settings.SUBSCRIPTIONS_CONFIRM_DAYS,
        **links(subscriber),
    }
    with translation.override(subscriber.language):
        subject = render_subject("emails/subscriptions/confirm_subject.txt", context)
        text = render_to_string("emails/subscriptions/confirm.txt", context)
    return _message(subscriber, subject, text)


def article_for(delivery):
    """The article in the subscriber's language if the public may read that version now (the access
    policy: live, not expired, no restriction), else in the site's main language, else any public
    version; None when no version is public any more (then nothing is sent)."""
    from wagtail.models import Page

    pages = Page.objects.live().filter(translation_key=delivery.article_key).specific()
    public = [page for page in pages.select_related("locale") if access.public_may_view(page)]
    by_language = {page.locale.language_code: page for page in public}
    for language in (delivery.subscriber.language, settings.LANGUAGE_CODE):
        if language in by_language:
            return by_language[language]
    if by_language:
        return next(iter(by_language.values()))

    return None


ROOT_RELATIVE = re.compile(r'(\s(?:href|src)=")/(?!/)')


def article_email(delivery):
    page = article_for(delivery)
    if page is None:
        return None
    subscriber = delivery.subscriber
    language = page.locale.language_code
    context = {
        "page": page,
        "subscriber": subscriber,
        "article_url": page_url(page),
        # Who sends it, and from where: bulk mail names its sender and postal address.
        "organization": SiteSettings.for_site(page.get_site()),
        "base_url": site_url().rstrip("/"),
        **links(subscriber),
    }
    with translation.override(language):
        subject = page.title
        text = render_to_string("emails/subscriptions/article.txt", context)
        html = render_to_string("emails/subscriptions/article.html", context)
    # Links and images in the body point at the site, not at the mail program.
    html = ROOT_RELATIVE.sub(lambda m: f"{m.group(1)}{context['base_url']}/", html)
    return _message(subscriber, subject, text, html)
