from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from extranet import views as extranet_views
from ops import views as ops_views
from search import views as search_views
from security import views as security_views
from seo import views as seo_views

# Not translated: the admin and document downloads have one address whatever the language.
# A database outage answers 503 with Retry-After; other failures the styled 500 (ops/errors.py).
handler500 = "ops.errors.server_error"

urlpatterns = [
    # For the load balancer: one address, no language prefix, never cached (ops.views).
    path("healthz", ops_views.healthz, name="healthz"),
    # Ahead of Wagtail's own sign-in form, which took a password alone: the admin signs in through the
    # site's sign-in and its two-factor (security.views.admin_login).
    path("admin/login/", security_views.admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Confidential attachments of embargoed drafts, stamped for the member who downloads them.
    path("embargoed/", include("publications.urls")),
    # The Wagtail API is deliberately not mounted: nothing here needs it, and it would be one more door.
    # Search engines (seo app): a sitemap per language, public pages only (see seo/sitemaps.py).
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", seo_views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", seo_views.sitemap_language, name="sitemap_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public address starts with its language: /en/..., /es/... ("/" redirects by the browser's
# preferred language). Wagtail's page serving comes last and catches everything else.
urlpatterns += i18n_patterns(
    # Each language's own word for it: /en/search/, /es/buscar/ (the route is translated in
    # locale/es/). Spanish search used to be at /es/search/: old links and bookmarks are sent on, query
    # and all. (In English the first route takes /en/search/, so the second only ever redirects.)
    path(_("search/"), search_views.search, name="search"),
    path("search/", RedirectView.as_view(pattern_name="search", permanent=True, query_string=True)),
    path("extranet/", extranet_views.extranet_home, name="extranet_home"),
    # Members: sign-in, password reset and two-factor (allauth); joining and invitations (members).
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    # The news and invitations list: signup, confirmation, preferences, unsubscribe.
    path("", include("subscriptions.urls")),
    # Events: the confirm and cancel links of registrants' mail, members' private calendar feeds.
    path("", include("events.urls")),
    # Sign-on letters in "My account": the letters a member may see, who signs for their ally.
    path("", include("letters.urls")),
    # Members' notification preferences and one-click unsubscribe per kind.
    path("", include("notifications.urls")),
    path("", include(wagtail_urls)),
)
