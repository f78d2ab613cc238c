"""The one access policy: may this person see this page, or this document, now?

Every door asks here and nowhere else decides: serving a page (`may_view_page`, from the serving hook),
listings, menus and search (`visible_q`), rich-text and chooser links (`followable_url`), documents
(`may_view_document`), outbound mail, feeds, sitemaps and caches (`public_may_view`, the anonymous
reader: what may go to everyone), exports and calendars. See docs/privacy.md.

The policy is built from Wagtail's own view restrictions (pages and collections) and from the rules that
feature apps contribute through Wagtail hooks, registered next to what they define:

- ``access_account_standing(user)``: False when a signed-in account must be treated as outside every
  audience (a member whose membership lapsed or was ended). Asked before any restriction admits anyone.
- ``access_page_rule(user, page)``: False to refuse a page (the extranet: its audience, even if the
  restriction row were missing).
- ``access_hidden_sections(user)``: tree paths of sections the user may not see, for listings.
- ``access_document_rule(user, document)``: False to refuse a document (the members-only collection,
  files under embargo).

A page is seen only when it is live, not expired and available by its own type's rule
(`is_available_now()`, e.g. a translation whose source is unpublished), every view restriction on it or
its ancestors admits the reader, and no page rule refuses. A shared-password restriction admits nobody:
the site does not offer one (WAGTAIL_PRIVATE_PAGE_OPTIONS).
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import BooleanField, ExpressionWrapper, Q, prefetch_related_objects
from django.utils import timezone
from wagtail import hooks
from wagtail.models import BaseViewRestriction

from serving import api as serving
from serving.api import current_request

ANONYMOUS = AnonymousUser()


def reader(request=None):
    """The person a door answers: the request's user, the current request's, or else the anonymous
    reader (feeds, emails and tasks have no request: they go to everyone)."""
    request = request or current_request.get()
    user = getattr(request, "user", None)
    return user if user is not None else ANONYMOUS


# ---------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------


def group_names(user):
    """The names of the user's groups, once per request. The groups are loaded onto the user (Django's
    prefetch), where Wagtail's own restriction check (`accept_request`) finds them too."""
    if not user.is_authenticated:
        return frozenset()

    def compute():
        prefetch_related_objects([user], "groups")
        return frozenset(group.name for group in user.groups.all())

    return serving.remembered_for_request(("group_names", user.pk), compute)


def signed_in_and_in_good_standing(user):
    """An active account that no app's standing rule sets apart (a lapsed or ended membership)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return serving.remembered_for_request(
        ("account_standing", user.pk),
        lambda: all(rule(user) is not False for rule in hooks.get_hooks("access_account_standing")),
    )


def restriction_admits(user, restriction):
    """Does one view restriction (of a page or a collection) admit `user`? Wagtail's meaning of each
    kind, read through the account's standing: "any signed-in user" means an account in good standing,
    and a group admits its members only while they are in good standing."""
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.NONE:
        return True
    if kind == BaseViewRestriction.PASSWORD or not signed_in_and_in_good_standing(user):
        return False
    if user.is_superuser or kind == BaseViewRestriction.LOGIN:
        return True
    allowed = {group.name for group in restriction.groups.all()}
    return bool(allowed & group_names(user))


# ---------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------


def is_available_now(page):
    """Live, not past its expiry time (before `publish_scheduled` has unpublished it), and available by
    its own type's rule when the type has one (`is_available_now`, e.g. a translation of member-only
    content whose source is unpublished)."""
    if not page.live or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    own_rule = getattr(page.specific_class, "is_available_now", None)
    return own_rule is None or page.specific_deferred.is_available_now()


def restrictions_admit(user, page):
    """Do every view restriction on `page` and its ancestors (an alias: its source's) and every page
    rule of the apps admit `user`? Availability aside."""
    if not all(restriction_admits(user, r) for r in serving.restrictions_over(page)):
        return False
    return all(rule(user, page) is not False for rule in hooks.get_hooks("access_page_rule"))


def may_view_page(user, page):
    """The policy for one page: available now, and admitted by every restriction and rule."""
    return is_available_now(page) and restrictions_admit(user, page)


def public_may_view(page):
    """May everyone see `page` now? What a door that cannot tell who reads asks: a mail to the public
    list, a feed, a sitemap, a shared cache."""
    return may_view_page(ANONYMOUS, page)


def hidden_sections(user):
    """The tree paths of the sections `user` may not see: every restricted section whose restrictions do
    not all admit them, and every section an app's rule hides. Two readers with the same hidden sections
    see the same listings (search keys what it keeps on this). Once per request and reader: a page's
    menu, listings and related pages all ask (a page or restriction saved in the request forgets it,
    serving)."""

    def compute():
        hidden = set()
        for path, holder_id in serving.restricted_section_paths().items():
            if not all(restriction_admits(user, r) for r in serving.restrictions_held_by(holder_id)):
                hidden.add(path)
        for rule in hooks.get_hooks("access_hidden_sections"):
            hidden.update(rule(user))
        return frozenset(hidden)

    return serving.remembered_for_request(("hidden_sections", user.pk), compute)


def visible_q(user):
    """A filter for pages in sections the user may see (listings, menus, search). Listings add `live()`
    and the expiry (`visible_pages`, CardQuerySet.visible_to)."""
    condition = Q()
    for path in sorted(hidden_sections(user)):
        condition &= ~Q(path__startswith=path)
    return condition


def not_expired_q():
    """Pages whose expiry time has not passed (even before `publish_scheduled` has unpublished them)."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def live_marked_visible(pages, user):
    """`pages`, live, each marked `visible_to_reader`: would `visible_pages(pages, user)` keep it? For one
    query that serves two questions (the language switcher links to live translations, the page head's
    alternates to those the public may see)."""
    condition = ExpressionWrapper(Q(not_expired_q(), visible_q(user)), output_field=BooleanField())
    return pages.live().annotate(visible_to_reader=condition)


def visible_pages(pages, user):
    """`pages` (any page queryset) narrowed to what `user` may see: live, not expired, and in no section
    the policy keeps from them. Every listing, menu and search asks this (or CardQuerySet.visible_to)."""
    return pages.live().filter(not_expired_q(), visible_q(user))


def followable_url(page, request=None):
    """The page's address in the reader's language, or None when the reader may not follow it (not
    live, not theirs to see): links render their text alone then."""
    if page is None:
        return None
    page = serving.localized(page)
    serving.shows_page(page)  # the response shows it or hides it by its state: kept until that changes
    request = request or current_request.get()
    if not may_view_page(reader(request), page):
        return None
    return page.get_url(request)


def may_follow(page, request=None):
    return followable_url(page, request) is not None


# ---------------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------------


def may_view_document(user, document):
    """The policy for one document: every view restriction of its collection (and the collections above
    it) admits the user, and no app's document rule refuses."""
    collection = document.collection
    if not all(restriction_admits(user, r) for r in collection.get_view_restrictions()):
        return False
    return all(rule(user, document) is not False for rule in hooks.get_hooks("access_document_rule"))


def document_is_public(document):
    return may_view_document(ANONYMOUS, document)


__all__ = [
    "ANONYMOUS",
    "document_is_public",
    "followable_url",
    "group_names",
    "hidden_sections",
    "may_follow",
    "may_view_document",
    "may_view_page",
    "not_expired_q",
    "public_may_view",
    "reader",
    "restriction_admits",
    "restrictions_admit",
    "signed_in_and_in_good_standing",
    "visible_pages",
    "visible_q",
]
