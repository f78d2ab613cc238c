"""What members can be told about: each app declares its kinds of news for members where it defines
them, with the `register_notification_kind` hook (a function of no arguments giving a
`NotificationKind`); the notifications app mails them, immediately or in a weekly digest, as each
member chooses.

A kind's `items(user, since, until, locale)` gives what is new in that time that `user` may open on the
site *now*, in `locale`: it asks the access policy (`visible_pages`), so nothing is mailed that the
recipient could not open, and it is asked again when the mail is sent. `pages_published_between` is the
usual way for page types.
"""

from dataclasses import dataclass

from . import access


@dataclass(frozen=True)
class NotificationKind:
    key: str  # stored in members' preferences and in unsubscribe links: never change it
    label: str  # what members read ("New meeting notes"), lazily translated
    items: object  # (user, since, until, locale) -> pages (or objects with `title` and a page address)
    order: int = 100


def pages_published_between(pages, user, since, until, locale):
    """`pages` (a page queryset) first published in [since, until), in `locale`, that `user` may see now
    (live, not expired, in no section hidden from them, and each page's own rules)."""
    found = (
        access.visible_pages(pages, user)
        .filter(locale=locale, first_published_at__gte=since, first_published_at__lt=until)
        .order_by("first_published_at")
    )
    return [page for page in found if access.may_view_page(user, page)]
