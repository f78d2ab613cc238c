"""The serving layer's one entry point: everything other apps may use of it, and nothing else.

The rest of the app (routing, restrictions, locales, the memo, the caches and their invalidation) is
its own business; the import contract in pyproject.toml keeps other apps to this module. What each
part does and why is in docs/architecture.md and docs/performance.md.
"""

from .dependencies import page_scope, shows_page
from .expiry import note_changes_at, seconds_to_keep
from .fragments import cached, cached_many, cached_with_structure, kept_site_wide, kept_with_structure
from .generation import current as content_generation
from .generation import release
from .generation import structure as structure_generation
from .invalidation import shown_on_public_pages
from .locales import active_locale, default_locale, localized
from .memo import current_request, remembered_for_request
from .memo import forget as forget_for_request
from .middleware import mark_private, same_in_every_language
from .restrictions import (
    access_relations,
    ancestor_paths,
    cached_for_page,
    may_be_restricted,
    restricted_section_paths,
    restrictions_held_by,
    restrictions_over,
)
from .routing import NOT_FOUND, ancestors_and_self, child_for_routing, specific_for_serving

__all__ = [
    "NOT_FOUND",
    "access_relations",
    "active_locale",
    "ancestor_paths",
    "ancestors_and_self",
    "cached",
    "cached_for_page",
    "cached_many",
    "cached_with_structure",
    "child_for_routing",
    "content_generation",
    "current_request",
    "default_locale",
    "forget_for_request",
    "kept_site_wide",
    "kept_with_structure",
    "localized",
    "mark_private",
    "may_be_restricted",
    "note_changes_at",
    "page_scope",
    "release",
    "remembered_for_request",
    "restricted_section_paths",
    "restrictions_held_by",
    "restrictions_over",
    "same_in_every_language",
    "seconds_to_keep",
    "shown_on_public_pages",
    "shows_page",
    "specific_for_serving",
    "structure_generation",
]
