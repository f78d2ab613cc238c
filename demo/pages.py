"""Turning the page dicts of `demo.content` into published Wagtail pages, in English and Spanish.

The tree is built in two passes. The first makes sure every page exists, in tree order, so that the
second can fill in links to pages further down the tree (the home page features initiatives, About
links to Membership). English pages are created directly; Spanish ones with Wagtail's
`copy_for_translation`, which keeps the translation key and places the copy under the Spanish parent.

A page is only published again when its content differs from the live version, so running the command
twice leaves the second run with nothing to do and no new revisions.
"""

import datetime
import json
import re
import uuid

from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Page

from demo.content.blocks import Ref
from demo.content.dates import DaysFromToday, MomentFromToday

LANGUAGES = ("en", "es")

# Demo translation keys are derived from content keys, so a page or person is found again even if an
# editor has since changed its slug or name.
DEMO_NAMESPACE = uuid.UUID("0d7c6f0e-6a47-4c38-9a8e-2f1f3a0c9b51")

SPEC_KEYS = {"key", "parent", *LANGUAGES}


def demo_translation_key(kind, key):
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


class Resolver:
    """Replaces the placeholders in content data (`Ref`s, relative dates, `<a page="...">` links) with
    real objects and values for one language."""

    LINK = re.compile(r'<a (page|document)="([\w-]+)">')

    def __init__(self, *, today, images, documents, people, tags):
        self.today = today
        self.images = images  # key -> Image
        self.documents = documents  # (key, lang) -> Document
        self.people = people  # (key, lang) -> Person
        self.tags = tags  # (key, lang) -> Tag
        self.pages = {}  # (key, lang) -> Page, filled in as pages are created
        # While the tree is still being created, links to pages that do not exist yet resolve to
        # nothing; the second pass fills them in.
        self.strict = False

    def __call__(self, value, lang):
        if isinstance(value, Ref):
            return self._lookup(value.kind, value.key, lang)
        if isinstance(value, DaysFromToday):
            return self._date(value)
        if isinstance(value, MomentFromToday):
            local = datetime.datetime.combine(
                self.today + datetime.timedelta(days=value.days),
                datetime.time(value.hour),
                tzinfo=timezone.get_current_timezone(),
            )
            # In UTC, as the database gives it back, so a re-run compares equal.
            return local.astimezone(datetime.UTC)
        if isinstance(value, dict):
            return {name: self(item, lang) for name, item in value.items()}
        if isinstance(value, list):
            return [self(item, lang) for item in value]
        if isinstance(value, tuple):
            return tuple(self(item, lang) for item in value)
        if isinstance(value, str) and "<a " in value:
            return self.LINK.sub(lambda match: self._link(match, lang), value)
        return value

    def _date(self, value):
        date = self.today + datetime.timedelta(days=value.days)
        if value.weekday is not None:
            date += datetime.timedelta(days=(value.weekday - date.weekday()) % 7)
        return date

    def _lookup(self, kind, key, lang):
        if kind == "image":
            return self.images[key]
        if kind == "page":
            page = self.pages.get((key, lang))
            if page is None and self.strict:
                raise CommandError(f"Demo content links to a page that is not in the tree: {key!r}")
            return page
        table = {"document": self.documents, "person": self.people, "tag": self.tags}[kind]
        return table[key, lang]

    def _link(self, match, lang):
        kind, key = match.groups()
        target = self._lookup(kind, key, lang)
        if target is None:
            return "<a>"
        return f'<a linktype="{kind}" id="{target.pk}">'


# Fields that change on every save or publish, and say nothing about the content.
VOLATILE = {
    "pk",
    "id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "draft_title",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "wagtail_admin_comments",
}


def _normalise(value):
    if isinstance(value, dict):
        return {name: _normalise(item) for name, item in value.items() if name not in VOLATILE}
    if isinstance(value, list):
        items = [_normalise(item) for item in value]
        # Many-to-many values come back from the database in their own order.
        return sorted(items) if all(isinstance(item, int) for item in items) else items
    if isinstance(value, str) and value.startswith("[{"):
        # StreamField JSON (its key order depends on the database): parsed, so that block ids, which
        # are new each time a value is assigned, can be left out.
        try:
            return _normalise(json.loads(value))
        except ValueError:
            return value
    return value


def fingerprint(page):
    """The page's content, without ids and bookkeeping, for telling whether anything changed."""
    return json.dumps(_normalise(page.serializable_data()), sort_keys=True, cls=DjangoJSONEncoder)


def set_children(page, relation, rows):
    """Replace an orderable relation's rows, updating existing rows in place so their ids stay put."""
    manager = getattr(page, relation)
    existing = list(manager.all())
    items = []
    for index, fields in enumerate(rows):
        item = existing[index] if index < len(existing) else manager.model()
        for name, value in fields.items():
            setattr(item, name, value)
        item.sort_order = index
        items.append(item)
    setattr(page, relation, items)


def is_scheduled(page):
    revision = page.latest_revision
    return bool(
        not page.live
        and page.go_live_at
        and revision is not None
        and revision.approved_go_live_at == page.go_live_at
    )


class PageTree:
    """Creates, translates and publishes the demo pages, recording each one in the resolver's
    `pages` under (content key, language) so later pages can link to it."""

    def __init__(self, *, locales, resolver, user):
        self.locales = locales
        self.resolve = resolver
        self.user = user
        self.published = 0
        self.unchanged = 0

    # --- First pass: every page exists ----------------------------------------------------------------

    def ensure(self, model, spec):
        english = self._find_or_create_english(model, spec)
        self.resolve.pages[spec["key"], "en"] = english
        spanish = english.get_translation_or_none(self.locales["es"])
        if spanish is None:
            # The copy starts as an unpublished draft with the English text; the second pass writes the
            # Spanish text over it and publishes it.
            spanish = english.copy_for_translation(self.locales["es"])
        else:
            self._keep_under(spanish, self._parent(spec, "es"))
        self.resolve.pages[spec["key"], "es"] = spanish.specific

    def _parent(self, spec, lang):
        if spec["parent"] is None:
            return Page.get_first_root_node()
        # Fetched afresh: adding children changes the parent's tree fields in the database.
        return Page.objects.get(pk=self.resolve.pages[spec["parent"], lang].pk)

    @staticmethod
    def _keep_under(page, parent):
        """Move a page found from an earlier run if the content has since given it another parent."""
        if page.get_parent().pk != parent.pk:
            page.move(parent, pos="last-child")
            page.refresh_from_db()

    def _find_or_create_english(self, model, spec):
        parent = self._parent(spec, "en")
        key = demo_translation_key("page", spec["key"])
        page = model.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        if page is not None:
            self._keep_under(page, parent)
            return page
        # A page someone made by hand is taken over rather than duplicated: one with the same slug, or
        # for a page type allowed only once there (the home page, the indexes), one of that type.
        existing = parent.get_children().filter(slug=spec["en"]["slug"]).first()
        if existing is None and 1 in (model.max_count, model.max_count_per_parent):
            existing = model.objects.child_of(parent).filter(locale=self.locales["en"]).first()
        if existing is not None:
            if not isinstance(existing.specific, model):
                raise CommandError(
                    f"{existing.url_path} exists but is not a {model.__name__}; move it out of the way."
                )
            return existing.specific
        page = model(translation_key=key, locale=self.locales["en"], owner=self.user, live=False)
        self.apply(page, spec, "en", relations=False)
        parent.add_child(instance=page)
        return page

    # --- Second pass: content, links and publishing ---------------------------------------------------

    def fill(self, model, spec):
        for lang in LANGUAGES:
            page = model.objects.get(pk=self.resolve.pages[spec["key"], lang].pk)
            before = fingerprint(page)
            self.apply(page, spec, lang, relations=True)
            up_to_date = page.live and page.live_revision_id and not page.has_unpublished_changes
            # A page scheduled to go live later (a publication under embargo) is up to date when its
            # latest revision is the scheduled one.
            up_to_date = up_to_date or is_scheduled(page)
            if up_to_date and fingerprint(page) == before:
                self.unchanged += 1
            else:
                # Published by the loader itself, in the demo admin's name: that account's rights are
                # not checked, since an `admin` that existed before the demo is left as it was and may
                # not be a superuser (records.ensure_users).
                revision = page.save_revision(user=self.user)
                revision.publish(user=self.user, skip_permission_checks=True)
                self.published += 1
            self.resolve.pages[spec["key"], lang] = page

    def apply(self, page, spec, lang, *, relations):
        """Set the page's fields from the spec: shared fields first, then the language's own."""
        fields = {name: value for name, value in spec.items() if name not in SPEC_KEYS}
        fields.update(spec[lang])
        child_relations = {relation.get_accessor_name() for relation in get_all_child_relations(page)}
        for name, value in fields.items():
            is_child_relation = name in child_relations
            is_many = not is_child_relation and isinstance(
                page._meta.get_field(name), ParentalManyToManyField | ClusterTaggableManager
            )
            if (is_child_relation or is_many) and not relations:
                continue
            value = self.resolve(value, lang)
            if is_child_relation:
                set_children(page, name, value)
            elif is_many:
                getattr(page, name).set(value)
            else:
                setattr(page, name, value)
