"""Staff and Moderators (members.groups) look after the list: they see, correct, unsubscribe and erase
subscribers and read the history of sends. Nobody adds subscribers by hand (see wagtail_hooks)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Staff", "Moderators"]
CODENAMES = ["view_subscriber", "change_subscriber", "delete_subscriber", "view_mailing"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("subscriptions")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="subscriptions", codename__in=CODENAMES)
    for name in GROUPS:
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("subscriptions", "0001_initial"),
        ("members", "0002_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
