"""Staff write reports and news, so they add a report's PDF and its authors: they get Wagtail's document
permissions (add, change, choose) on the root collection, as Moderators already have them, and Staff and
Moderators get the people snippet.

Wagtail gave its document permissions to the group called "Editors"; 0002_groups had already renamed it
Staff by then, so Staff only kept "choose". Permissions on the root collection reach the collections
inside it, "Members only" included: Staff and Moderators are in the extranet's audience, and the
collections' view restrictions (who may download) are untouched (docs/privacy.md)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Staff", "Moderators")
DOCUMENT_CODENAMES = ("add_document", "change_document", "choose_document")
PEOPLE_CODENAMES = ("add_person", "change_person", "delete_person", "view_person")


def document_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.split('_')[0]} document"},
        )[0]
        for codename in DOCUMENT_CODENAMES
    ]


def people_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations have run; these are needed now.
    people_app = apps.get_app_config("people")
    people_app.models_module = True
    create_permissions(people_app, apps=apps, verbosity=0)
    return list(Permission.objects.filter(content_type__app_label="people", codename__in=PEOPLE_CODENAMES))


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    documents = document_permissions(apps)
    people = people_permissions(apps)
    root = Collection.objects.filter(depth=1).first()
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*documents, *people)
        if root is not None:
            for permission in documents:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )


def revoke(apps, schema_editor):
    """Takes back what Staff did not have before: Moderators keep their documents (Wagtail's own
    migrations gave them), and neither group keeps the people snippet."""
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    documents = [p for p in document_permissions(apps) if p.codename != "choose_document"]
    people = people_permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*people)
        if group.name == "Staff":
            group.permissions.remove(*documents)
            GroupCollectionPermission.objects.filter(group=group, permission__in=documents).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0008_email_claim_and_give_up"),
        ("people", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
