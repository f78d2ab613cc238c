"""Demo subscribers for `manage.py load_demo_content`: created once with the consent records their state
implies (signup, then confirm, then unsubscribe), left alone on later runs."""

from datetime import timedelta

from django.utils import timezone

from . import consent
from .models import ConsentRecord, Subscriber


def ensure_subscribers(specs):
    now = timezone.now()
    for spec in specs:
        if Subscriber.objects.filter(email=spec["email"]).exists():
            continue
        signed_up = now - timedelta(days=spec["days_ago"])
        subscriber = Subscriber.objects.create(
            email=spec["email"],
            name=spec["name"],
            news=spec["news"],
            invitations=spec["invitations"],
            language=spec["language"],
            status=Subscriber.Status.PENDING,
            consent_version=consent.CURRENT_VERSION,
            created_at=signed_up,
        )
        steps = [(ConsentRecord.Action.SIGNUP, Subscriber.Status.PENDING, signed_up)]
        if spec["status"] in ("active", "unsubscribed"):
            steps.append(
                (ConsentRecord.Action.CONFIRM, Subscriber.Status.ACTIVE, signed_up + timedelta(hours=1))
            )
            subscriber.confirmed_at = signed_up + timedelta(hours=1)
        if spec["status"] == "unsubscribed":
            steps.append(
                (ConsentRecord.Action.UNSUBSCRIBE, Subscriber.Status.UNSUBSCRIBED, now - timedelta(days=3))
            )
            subscriber.unsubscribed_at = now - timedelta(days=3)
        for action, status, when in steps:
            subscriber.status = status
            record = subscriber.record(action, page=f"/{spec['language']}/")
            ConsentRecord.objects.filter(pk=record.pk).update(created_at=when)
        subscriber.save()
