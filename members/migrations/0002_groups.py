"""The groups the site's rules depend on (members.groups): Members (no permissions at all, so no admin
access), Staff (Wagtail's "Editors" group renamed, its permissions kept) and Moderators; Staff and
Moderators may manage the membership records."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MEMBERS = "Members"
STAFF = "Staff"
MODERATORS = "Moderators"
FORMER_STAFF_NAME = "Editors"

# What staff may do with each model, by codename prefix. Profiles are made by accepting an invitation;
# invitations are revoked, not deleted; applications may be deleted (a person may ask us to).
STAFF_PERMISSIONS = {
    "organization": ["add", "change", "delete", "view"],
    "memberprofile": ["change", "view"],
    "invitation": ["add", "change", "view"],
    "membershipapplication": ["change", "delete", "view"],
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    # Permissions are normally created after all migrations have run; this one needs them now.
    members_app = apps.get_app_config("members")
    members_app.models_module = True
    create_permissions(members_app, apps=apps, verbosity=0)

    Group.objects.get_or_create(name=MEMBERS)[0].permissions.clear()

    staff = Group.objects.filter(name=STAFF).first()
    if staff is None:
        staff = Group.objects.filter(name=FORMER_STAFF_NAME).first()
        if staff is not None:
            staff.name = STAFF
            staff.save(update_fields=["name"])
        else:
            staff = Group.objects.create(name=STAFF)
            staff.permissions.add(
                *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
            )
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)

    codenames = [f"{action}_{model}" for model, actions in STAFF_PERMISSIONS.items() for action in actions]
    permissions = Permission.objects.filter(content_type__app_label="members", codename__in=codenames)
    for group in (staff, moderators):
        group.permissions.add(*permissions)


def rename_staff_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    if not Group.objects.filter(name=FORMER_STAFF_NAME).exists():
        Group.objects.filter(name=STAFF).update(name=FORMER_STAFF_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, rename_staff_back)]
