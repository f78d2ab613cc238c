from django import template
from django.urls import reverse

from mail.links import page_url, site_url

register = template.Library()


@register.simple_tag
def absolute_page_url(page):
    return page_url(page) or ""


@register.simple_tag
def preferences_url():
    return site_url(reverse("notifications:preferences"))
