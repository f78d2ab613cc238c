"""Wagtail's default moderation workflow and its one task, both "Moderators approval" (wagtailcore's
0048 made them from the Moderators group's permission to publish), are named in the database, in
English, and every screen shows them as stored: "Submit to Moderators approval", "Awaiting Moderators
approval", the dashboard, a page's history, the emails to moderators.

Wagtail 8 has no way to translate them: `name` is a plain field of the Workflow and Task models, the
Workflow model cannot be swapped for another, a task's name cannot be changed in the admin once it is
made, and every workflow action copies the names into its log entry as they were then, so a name
translated on display would still leave the history in the language of whoever acted. So they are
named in both languages, here, where every site gets it (the demo included). A name someone has already
changed is left as it is."""

from django.db import migrations

ENGLISH = "Moderators approval"
BOTH_LANGUAGES = "Moderators approval / Aprobación de moderación"


def rename(apps, old, new):
    for model in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model).objects.filter(name=old).update(name=new)


def name_in_both_languages(apps, schema_editor):
    rename(apps, ENGLISH, BOTH_LANGUAGES)


def name_in_english(apps, schema_editor):
    rename(apps, BOTH_LANGUAGES, ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0015_application_labels_for_staff"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(name_in_both_languages, name_in_english)]
