"""The members-only collection held by its id (CollectionRole) rather than found by its name, which
staff may change in the admin. The existing collection is adopted: the top-level one with the name this
project gave it, the bilingual name (0002) before the former English one, the oldest first. A site
without one gets it when the rules first need it."""

import django.db.models.deletion
from django.db import migrations, models

# The names as they were when this ran; the code no longer looks collections up by name.
NAMES = ["Members only / Solo miembros", "Members only"]


def adopt_members_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionRole = apps.get_model("extranet", "CollectionRole")
    if CollectionRole.objects.filter(role="members").exists():
        return
    for name in NAMES:
        # Paths grow in the order collections are added: the first is the one made first.
        collection = Collection.objects.filter(depth=2, name=name).order_by("path").first()
        if collection is not None:
            CollectionRole.objects.create(role="members", collection=collection)
            return


class Migration(migrations.Migration):

    dependencies = [
        ('extranet', '0002_members_collection_in_both_languages'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='CollectionRole',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('members', 'members only')], max_length=20, unique=True, verbose_name='role')),
                ('collection', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='extranet_role', to='wagtailcore.collection', verbose_name='collection')),
            ],
            options={
                'verbose_name': 'collection role',
                'verbose_name_plural': 'collection roles',
            },
        ),
        # Backwards: the table goes, and the collection with it stays as it is.
        migrations.RunPython(adopt_members_collection, migrations.RunPython.noop),
    ]
