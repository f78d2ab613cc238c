"""Who may use the Wagtail admin, answered without a query for the readers who may not.

Wagtail's user bar asks `user.has_perm("wagtailadmin.access_admin")` on every page, which loads all of
the user's permissions (two queries) for each signed-in member, who almost never has the admin. The
groups and users granted that permission are few and change rarely: they are kept site-wide, and a
permission granted or withdrawn replaces the structure generation (serving.invalidation), so the answer is
never out of date. For those who do have it, Wagtail's own check then runs as usual.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import prefetch_related_objects

ADMIN_ACCESS = {
    "permissions__content_type__app_label": "wagtailadmin",
    "permissions__codename": "access_admin",
}
DIRECT_ADMIN_ACCESS = {
    "user_permissions__content_type__app_label": "wagtailadmin",
    "user_permissions__codename": "access_admin",
}


def admin_access_grants():
    """{"groups": ids of the groups granted the admin, "users": ids of users granted it directly}."""
    from serving.api import kept_with_structure

    def compute():
        return {
            "groups": frozenset(Group.objects.filter(**ADMIN_ACCESS).values_list("pk", flat=True)),
            "users": frozenset(
                get_user_model().objects.filter(**DIRECT_ADMIN_ACCESS).values_list("pk", flat=True)
            ),
        }

    return kept_with_structure("admin-access", compute)


def may_use_admin(user):
    """False when `user` certainly has no access to the admin (Django's model permissions: an active
    superuser, or the permission given to the user or one of their groups). True means "ask Wagtail"."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    grants = admin_access_grants()
    if user.pk in grants["users"]:
        return True
    # The user's groups are loaded once per request (members.access loads them the same way).
    prefetch_related_objects([user], "groups")
    return any(group.pk in grants["groups"] for group in user.groups.all())
