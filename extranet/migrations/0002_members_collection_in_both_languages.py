"""The members-only collection named in both languages ("Members only / Solo miembros"), as the admin
shows a collection's name as written whatever its language; the working groups' collections inside it
too. Only collections that still have the names this project gave them are renamed."""

from django.db import migrations

OLD, NEW = "Members only", "Members only / Solo miembros"
OLD_GROUP_PREFIX, NEW_GROUP_PREFIX = "Working group: ", "Working group / Grupo de trabajo: "


def rename(apps, schema_editor, old, new, old_prefix, new_prefix):
    Collection = apps.get_model("wagtailcore", "Collection")
    for members in Collection.objects.filter(depth=2, name=old):
        if Collection.objects.filter(depth=2, name=new).exists():
            continue
        members.name = new
        members.save(update_fields=["name"])
    for top in Collection.objects.filter(depth=2, name=new):
        inside = Collection.objects.filter(depth=3, path__startswith=top.path, name__startswith=old_prefix)
        for group in inside:
            group.name = (new_prefix + group.name[len(old_prefix) :])[:255]
            group.save(update_fields=["name"])


def forwards(apps, schema_editor):
    rename(apps, schema_editor, OLD, NEW, OLD_GROUP_PREFIX, NEW_GROUP_PREFIX)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, NEW, OLD, NEW_GROUP_PREFIX, OLD_GROUP_PREFIX)


class Migration(migrations.Migration):
    dependencies = [
        ("extranet", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
