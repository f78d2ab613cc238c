"""Staff and Moderators, who manage the organizations (0002_groups), also write and translate their
public profiles and the focus areas' labels."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Staff", "Moderators")
MODELS = ("organizationprofile", "focusarealabel")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    # Permissions are normally created after all migrations have run; these are needed now.
    members_app = apps.get_app_config("members")
    members_app.models_module = True
    create_permissions(members_app, apps=apps, verbosity=0)

    codenames = [f"{action}_{model}" for model in MODELS for action in ACTIONS]
    permissions = Permission.objects.filter(content_type__app_label="members", codename__in=codenames)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="members", content_type__model__in=MODELS)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("members", "0004_public_profiles")]

    operations = [migrations.RunPython(grant, revoke)]
