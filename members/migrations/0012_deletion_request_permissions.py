"""Staff confirm account deletion requests: view and change (the confirm action); members make them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_accountdeletionrequest", "change_accountdeletionrequest"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("members")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="members", codename__in=CODENAMES)
    group, _ = Group.objects.get_or_create(name="Staff")
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("members", "0011_account_language_and_deletion_requests")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
