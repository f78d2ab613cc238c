"""Each member's private calendar address: a secret token in the address of a feed of the events they
may see. Calendar programs cannot sign in, so the token is the key; regenerating it makes the old address
answer 404 at once (the calendar that used it stops updating)."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# 256 bits: the address is the only key, and it stays valid until the member regenerates it.
TOKEN_BYTES = 32


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class CalendarFeedToken(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="calendar_feed_token",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed address")
        verbose_name_plural = _("calendar feed addresses")

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]

    def regenerate(self):
        """A new secret: the old address stops working."""
        self.token = new_token()
        self.save(update_fields=["token", "created_at"])

    @property
    def path(self):
        return reverse("events:private_feed", args=[self.token])
