"""The kinds of news every installed app registered (core.notifications), by key, in order."""

from wagtail import hooks


def notification_kinds():
    kinds = [make_kind() for make_kind in hooks.get_hooks("register_notification_kind")]
    return {kind.key: kind for kind in sorted(kinds, key=lambda kind: kind.order)}
