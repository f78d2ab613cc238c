"""Who belongs to which working group: the facts the group rules of the access policy read
(wagtail_hooks.py). Asked afresh by every request, so leaving a group, or a membership that lapses,
takes effect at once."""

from core.access import signed_in_and_in_good_standing
from extranet import privacy
from members.access import has_extranet_access, is_staff_member
from serving import api as serving


def sees_every_group(user):
    """Staff, moderators and superusers see every group's pages (to run and moderate them)."""
    return is_staff_member(user) and signed_in_and_in_good_standing(user)


def group_keys_of(user):
    """The translation keys of the groups `user` belongs to, once per request. Empty for anyone outside
    the extranet's audience: a member whose ally lapsed is in no group's audience from that moment, though
    their membership rows stay (they are back in their groups if the ally is renewed)."""
    if not user.is_authenticated:
        return frozenset()

    def compute():
        from .models import WorkingGroupMembership

        if not has_extranet_access(user):
            return frozenset()
        return frozenset(
            WorkingGroupMembership.objects.filter(user_id=user.pk).values_list("group_key", flat=True)
        )

    return serving.remembered_for_request(("working_group_keys", user.pk), compute)


def group_homes():
    """{tree path: translation key} of every group home, kept under the structure generation (a new,
    moved or deleted page replaces it)."""
    from .models import WorkingGroupPage

    def compute():
        return dict(WorkingGroupPage.objects.values_list("path", "translation_key"))

    return serving.kept_with_structure("working-group-homes", compute)


def group_key_above(page):
    """The translation key of the group whose pages `page` is one of (strictly below its home), or
    None for a page of no group (the group home itself included)."""
    if not page.path:
        return None
    homes = group_homes()
    for path in serving.ancestor_paths(page.path, False):
        if path in homes:
            return homes[path]
    return None


def group_home_above(page):
    from .models import WorkingGroupPage

    key = group_key_above(page)
    return (
        WorkingGroupPage.objects.filter(translation_key=key, locale_id=page.locale_id).first()
        if key
        else None
    )


def may_see_group_pages(user, group_key):
    return sees_every_group(user) or group_key in group_keys_of(user)


def group_page_paths():
    """{group's translation key: tree paths of the pages just below its homes, and of the aliases of its
    pages placed anywhere}, kept under the structure generation like the homes (a page created, moved or
    deleted replaces it)."""
    from django.db.models import Q
    from wagtail.models import Page

    def compute():
        homes = group_homes()
        if not homes:
            return {}
        condition = Q()
        for path in homes:
            condition |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
        found = {}
        for path in Page.objects.filter(condition).values_list("path", flat=True):
            found.setdefault(homes[path[: -Page.steplen]], []).append(path)
        # An alias of a group's page answers as its source wherever it was put (a group's meeting notes
        # aliased into the alliance's meetings): hidden with the group's pages.
        sources = Q()
        for path in homes:
            sources |= Q(alias_of__path__startswith=path, alias_of__depth__gt=len(path) // Page.steplen)
        for path, source_path in Page.objects.filter(sources).values_list("path", "alias_of__path"):
            key = next(
                homes[source_path[:end]]
                for end in range(len(source_path) - Page.steplen, 0, -Page.steplen)
                if source_path[:end] in homes
            )
            found.setdefault(key, []).append(path)
        return found

    return serving.kept_with_structure("working-group-page-paths", compute)


def hidden_group_sections(user):
    """The tree paths of the pages of every group `user` is not in (the pages just below each group
    home: the home itself stays listed, for members to find and join). Nothing for people outside the
    extranet's audience: the extranet's own rule hides the whole extranet from them already."""
    if not has_extranet_access(user) or sees_every_group(user):
        return ()
    pages = group_page_paths()
    if not pages:
        return ()  # no group has pages: the member's groups need not be asked (one query less)
    mine = group_keys_of(user)
    return tuple(path for key, paths in pages.items() if key not in mine for path in paths)


def collection_group_key(collection):
    """The translation key of the group whose documents collection holds `collection` (it or one above
    it), or None."""
    from .models import WorkingGroupPage

    row = (
        WorkingGroupPage.objects.filter(collection__path__in=privacy.collection_and_those_above(collection))
        .values_list("translation_key", flat=True)
        .first()
    )
    return row
