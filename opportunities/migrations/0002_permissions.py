"""Staff and Moderators review members' answers: view, change (the status) and delete; never add."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_speakerresponse", "change_speakerresponse", "delete_speakerresponse"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("opportunities")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="opportunities", codename__in=CODENAMES)
    for name in ("Staff", "Moderators"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0001_initial"),
        ("members", "0002_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
