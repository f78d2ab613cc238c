# Staff and Moderators may view these emails (so the dashboard shows them one that failed); they are
# made by a decision, never by hand.

from django.contrib.auth.management import create_permissions

import django.db.models.deletion
from django.db import migrations, models


def let_staff_view(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app = apps.get_app_config("opportunities")
    app.models_module = True
    create_permissions(app, apps=apps, verbosity=0)
    permission = Permission.objects.get(
        content_type__app_label="opportunities", codename="view_speakerstatusnotice"
    )
    for name in ("Staff", "Moderators"):
        Group.objects.get_or_create(name=name)[0].permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0003_email_claim_and_give_up"),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeakerStatusNotice",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "email_queued_at",
                    models.DateTimeField(blank=True, editable=False, null=True, verbose_name="email queued"),
                ),
                (
                    "email_sent_at",
                    models.DateTimeField(blank=True, editable=False, null=True, verbose_name="email sent"),
                ),
                (
                    "email_attempts",
                    models.PositiveIntegerField(default=0, editable=False, verbose_name="sending attempts"),
                ),
                (
                    "email_attempted_at",
                    models.DateTimeField(blank=True, editable=False, null=True, verbose_name="last attempt"),
                ),
                (
                    "email_error",
                    models.TextField(blank=True, editable=False, verbose_name="last sending error"),
                ),
                ("email_task_id", models.CharField(blank=True, editable=False, max_length=64)),
                ("email_sending_since", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "email_failed_at",
                    models.DateTimeField(
                        blank=True, editable=False, null=True, verbose_name="email given up"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("received", "Received"),
                            ("shortlisted", "Shortlisted"),
                            ("selected", "Selected"),
                            ("not_selected", "Not selected"),
                            ("withdrawn", "Withdrawn"),
                        ],
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                (
                    "response",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="status_notices",
                        to="opportunities.speakerresponse",
                        verbose_name="answer",
                    ),
                ),
            ],
            options={
                "verbose_name": "status email to a member",
                "verbose_name_plural": "status emails to members",
                "ordering": ["-created_at"],
            },
        ),
        migrations.RunPython(let_staff_view, migrations.RunPython.noop),
    ]
