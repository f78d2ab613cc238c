"""A small bar chart of confirmed signups per week on the admin dashboard, drawn as server-side SVG
(no JavaScript) with the numbers in a table beside it for screen readers."""

from datetime import timedelta

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import Subscriber

WEEKS = 12


def weekly_signups(weeks=WEEKS, today=None):
    """[(first day of the week, confirmed signups)], oldest first, the current week last."""
    today = today or timezone.localdate()
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    days = (
        Subscriber.objects.filter(confirmed_at__date__gte=start)
        .annotate(day=TruncDate("confirmed_at"))
        .values("day")
        .annotate(count=Count("pk"))
    )
    counts = [0] * weeks
    for row in days:
        index = (row["day"] - start).days // 7
        if 0 <= index < weeks:
            counts[index] += row["count"]
    return [(start + timedelta(weeks=i), counts[i]) for i in range(weeks)]


class SignupsPanel(Component):
    name = "subscription_signups"
    template_name = "subscriptions/admin/signups_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        weeks = weekly_signups()
        highest = max([count for _week, count in weeks] + [1])
        bar_width, gap, height = 24, 8, 120
        bars = [
            {
                "week": week,
                "count": count,
                "x": i * (bar_width + gap),
                "height": round(count / highest * height),
                "y": height - round(count / highest * height),
            }
            for i, (week, count) in enumerate(weeks)
        ]
        return {
            "bars": bars,
            "bar_width": bar_width,
            "chart_width": len(bars) * (bar_width + gap) - gap,
            "chart_height": height,
            "active": Subscriber.objects.active().count(),
            "pending": Subscriber.objects.filter(status=Subscriber.Status.PENDING).count(),
        }
