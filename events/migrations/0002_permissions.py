"""Staff and Moderators look after events: the dates (move, cancel, link the notes) and the registrations
(mark attendance); places are taken and given up only by registering and cancelling."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "view_occurrence",
    "change_occurrence",
    "view_registration",
    "change_registration",
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("events")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
    for name in ("Staff", "Moderators"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("members", "0002_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
