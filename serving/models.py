from django.db import models


class Generation(models.Model):
    """A content generation's or scope's current value (serving.generation), kept in the database when
    the app processes share no cache (no REDIS_URL): each process keeps what it renders in its own
    memory under these values and reads them here once per request, so a publish in any process makes
    every other process's copies unreachable at once."""

    key = models.CharField(max_length=200, primary_key=True)
    value = models.CharField(max_length=32)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"{self.key} = {self.value}"
