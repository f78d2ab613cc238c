"""Staff and Moderators review signatures (view, change the review, delete) and name allies'
signatories (all four); nobody adds a signature in the admin: signatures come from the signers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_signature",
    "change_signature",
    "delete_signature",
    "view_signatory",
    "add_signatory",
    "change_signatory",
    "delete_signatory",
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("letters")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="letters", codename__in=CODENAMES)
    for name in ("Staff", "Moderators"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("letters", "0001_initial"),
        ("members", "0002_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
