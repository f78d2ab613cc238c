"""Staff manage who is in which working group; moderators see it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL = "workinggroupmembership"


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("workinggroups")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    for name, actions in (("Staff", ("view", "add", "change", "delete")), ("Moderators", ("view",))):
        codenames = [f"{action}_{MODEL}" for action in actions]
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="workinggroups", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("workinggroups", "0001_initial"),
        ("members", "0002_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
