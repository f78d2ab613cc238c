"""The privacy rules of the extranet, in one place. Signals (extranet/signals.py) and admin hooks
(extranet/wagtail_hooks.py) call these; tests pin each of them.

- Every ExtranetIndexPage carries exactly one view restriction: the extranet's audience groups.
- Privacy settings of a page are the same on all its translations.
- Documents referenced by member-only pages live in the members-only collection.
"""

import threading
from contextlib import contextmanager

from django.contrib.auth.models import Group
from django.db import IntegrityError, models, transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction

from members.groups import EXTRANET_AUDIENCE
from serving import api as serving

# In both languages, like the moderation workflow's name: Wagtail stores and shows a collection's name as
# written, whatever the admin's language. Only the name a new members-only collection is given: the
# collection is found by its role (CollectionRole), as staff may rename it.
MEMBERS_COLLECTION_NAME = "Members only / Solo miembros"

_state = threading.local()


@contextmanager
def _applying_rules():
    """Changes made by these rules fire the same signals that call them; don't react to our own."""
    _state.busy = True
    try:
        yield
    finally:
        _state.busy = False


def applying_rules():
    return getattr(_state, "busy", False)


def audience_groups():
    return [Group.objects.get_or_create(name=name)[0] for name in EXTRANET_AUDIENCE]


# ---------------------------------------------------------------------------------------------------
# Where the extranet is
# ---------------------------------------------------------------------------------------------------


def extranet_index_for(page, inclusive=True):
    """The ExtranetIndexPage at or above `page` (`inclusive`) or above it, or None: from the ancestors
    routing loaded when it can, else by tree path (one query). From routing it may be the index's
    generic page row (routing loads no more of a section it passes through): its title, address and
    children, which is what the extranet's menu shows."""
    from .models import ExtranetIndexPage

    if not page.path or not is_in_extranet(page):
        return None
    # A page being served has its ancestors, as routing loaded them, one above the other.
    node = page if inclusive else getattr(page, "_cached_parent_obj", None)
    while node is not None:
        if isinstance(node, ExtranetIndexPage) or node.specific_class is ExtranetIndexPage:
            return node
        node = getattr(node, "_cached_parent_obj", None)
    # Asked several times while a member page is served (the hook, the header, the section menu):
    # once per request; a page saved or moved in the request forgets it (serving).
    paths = serving.ancestor_paths(page.path, inclusive)
    return serving.remembered_for_request(
        ("extranet_index_for", page.path, inclusive),
        lambda: ExtranetIndexPage.objects.filter(path__in=paths).first(),
    )


def extranet_index_for_request(request):
    """The live extranet home of the request's site, in the reader's language, or None."""
    from wagtail.models import Site

    from .models import ExtranetIndexPage

    site = Site.find_for_request(request)
    if site is None:
        return None
    home = serving.localized(site.root_page)
    return ExtranetIndexPage.objects.child_of(home).live().filter(locale=serving.active_locale()).first()


def extranet_index_paths():
    """The tree paths of every extranet index, kept under the structure generation: an extranet index is
    created with its view restriction, and moving or deleting one replaces the generation too."""
    from .models import ExtranetIndexPage

    def compute():
        return frozenset(ExtranetIndexPage.objects.values_list("path", flat=True))

    return serving.kept_with_structure("extranet-index-paths", compute)


def extranet_index_addresses():
    """(site id, path) of every extranet home, e.g. (1, "/en/members/"), kept like the index paths."""
    from .models import ExtranetIndexPage

    def compute():
        addresses = []
        for index in ExtranetIndexPage.objects.all():
            site_id, _root_url, path = index.get_url_parts() or (None, None, None)
            if path:
                addresses.append((site_id, path))
        return addresses

    return serving.kept_with_structure("extranet-index-addresses", compute)


def is_extranet_address(request):
    """Does the request's address lie at or below an extranet home of its site?"""
    from wagtail.models import Site

    addresses = extranet_index_addresses()
    if not any(request.path.startswith(path) for _site_id, path in addresses):
        return False  # the usual case: no query for the site
    site = Site.find_for_request(request)
    site_id = site.pk if site else None
    return any(request.path.startswith(path) and sid in (site_id, None) for sid, path in addresses)


def is_in_extranet(page):
    """Is `page` an extranet index or below one? (No query: see extranet_index_paths.)"""
    if not page.path:
        return False
    indexes = extranet_index_paths()
    return any(path in indexes for path in serving.ancestor_paths(page.path))


def is_members_only_type(page):
    from .models import MembersOnlyPageMixin

    return isinstance(page, MembersOnlyPageMixin) or issubclass(
        page.specific_class or Page, MembersOnlyPageMixin
    )


# ---------------------------------------------------------------------------------------------------
# The extranet's own restriction
# ---------------------------------------------------------------------------------------------------


def _set_restrictions(restricted_object, manager, wanted):
    """Make the restrictions of `restricted_object` equal `wanted`, a list of (type, groups), editing the
    existing rows in place (newest first) rather than replacing them: code that is still setting up a
    restriction when these rules run keeps a valid row to finish with."""
    existing = list(manager.order_by("-pk"))
    for restriction, (restriction_type, groups) in zip(existing, wanted, strict=False):
        if restriction.restriction_type != restriction_type or restriction.password:
            restriction.restriction_type = restriction_type
            restriction.password = ""
            restriction.save()
        if set(restriction.groups.all()) != set(groups):
            restriction.groups.set(groups)
    for restriction_type, groups in wanted[len(existing) :]:
        restriction = manager.create(restriction_type=restriction_type, password="")
        restriction.groups.set(groups)
    for surplus in existing[len(wanted) :]:
        surplus.delete()


def ensure_extranet_restriction(index_page):
    """Give `index_page` exactly one restriction, to the audience groups; repair whatever differs."""
    with _applying_rules():
        _set_restrictions(
            index_page, index_page.view_restrictions, [(PageViewRestriction.GROUPS, audience_groups())]
        )


# ---------------------------------------------------------------------------------------------------
# Translations share privacy
# ---------------------------------------------------------------------------------------------------


def _restriction_state(page):
    return [
        (restriction.restriction_type, list(restriction.groups.all()))
        for restriction in PageViewRestriction.objects.filter(page=page).order_by("-pk")
    ]


def source_of(page):
    """The page `page` translates: its version in the default language, or itself when there is none."""
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale=Locale.get_default())
        .exclude(pk=page.pk)
        .first()
    )
    return source or page


def sync_restrictions_to_translations(page):
    """Make every translation of `page` carry the same restrictions as `page` (added, changed, removed)."""
    wanted = _restriction_state(page)
    with _applying_rules():
        for translation in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
            _set_restrictions(translation, translation.view_restrictions, wanted)


def apply_source_privacy(page):
    """Privacy follows the source page: a change on the source spreads to every translation, and a
    translation's own settings are brought back to its source's (the Spanish version of a page is private
    exactly when the English one is)."""
    sync_restrictions_to_translations(source_of(page))


def sync_schedule_to_translations(page):
    """Translations of extranet content expire when their source does."""
    Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exclude(
        expire_at=page.expire_at
    ).update(expire_at=page.expire_at)


# ---------------------------------------------------------------------------------------------------
# Documents of member-only pages
# ---------------------------------------------------------------------------------------------------


def members_collection():
    """The collection for confidential documents, restricted to the extranet's audience: the one holding
    the members' role, whatever staff have named it or wherever they moved it; made (and given the role)
    when there is none yet or staff deleted it."""
    from .models import CollectionRole

    role = (
        CollectionRole.objects.select_related("collection").filter(role=CollectionRole.Role.MEMBERS).first()
    )
    collection = role.collection if role is not None else _new_members_collection()
    ensure_collection_restriction(collection)
    return collection


def _new_members_collection():
    from .models import CollectionRole

    try:
        # One savepoint for both rows: if another request gave the role first, our collection goes too.
        with transaction.atomic():
            collection = Collection.get_first_root_node().add_child(name=MEMBERS_COLLECTION_NAME)
            CollectionRole.objects.create(role=CollectionRole.Role.MEMBERS, collection=collection)
            return collection
    except IntegrityError:
        return CollectionRole.objects.get(role=CollectionRole.Role.MEMBERS).collection


def ensure_collection_restriction(collection):
    with _applying_rules():
        _set_restrictions(
            collection, collection.view_restrictions, [(CollectionViewRestriction.GROUPS, audience_groups())]
        )


def collection_and_those_above(collection):
    """The tree paths of `collection` and of every collection above it, itself first."""
    return [collection.path[:end] for end in range(len(collection.path), 0, -collection.steplen)]


def is_members_collection(collection):
    """True for the members-only collection and any collection inside it. One query, asked for each
    document served. Not kept between requests with the structure: a collection's path changes when
    staff move it, or add a collection whose name sorts before it, and collections are no part of what
    replaces the structure generation."""
    from .models import CollectionRole

    return CollectionRole.objects.filter(
        role=CollectionRole.Role.MEMBERS, collection__path__in=collection_and_those_above(collection)
    ).exists()


def is_the_members_collection(collection_id):
    """True for the members-only collection itself (not those inside it, which its rule covers)."""
    from .models import CollectionRole

    return CollectionRole.objects.filter(
        role=CollectionRole.Role.MEMBERS, collection_id=collection_id
    ).exists()


def documents_referenced_by(instance):
    """Ids of the documents `instance` links to: document foreign keys, document blocks and document links
    in rich text and StreamFields, also in its inline child objects (attachments)."""
    document_model = get_document_model()
    ids = set()
    for field in instance._meta.get_fields():
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, document_model):
            if (value := field.value_from_object(instance)) is not None:
                ids.add(str(value))
        elif hasattr(field, "extract_references") and not field.is_relation:
            for model, object_id, *_ in field.extract_references(field.value_from_object(instance)):
                if issubclass(model, document_model):
                    ids.add(str(object_id))
        elif getattr(field, "one_to_many", False) and hasattr(field.remote_field, "model"):
            # modelcluster child relations (ParentalKey): inline attachments and the like.
            from modelcluster.fields import ParentalKey

            if isinstance(field.remote_field, ParentalKey):
                for child in getattr(instance, field.get_accessor_name()).all():
                    ids |= documents_referenced_by(child)
    return ids


def protect_documents_of(page):
    """Move every document a member-only page links to into the members-only collection."""
    ids = documents_referenced_by(page)
    if not ids:
        return 0
    collection = members_collection()
    return (
        get_document_model()
        .objects.filter(pk__in=ids)
        # A document already in a collection inside it (a working group's) stays there: as private.
        .exclude(collection__path__startswith=collection.path)
        .update(collection=collection)
    )
