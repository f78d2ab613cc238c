from notifications.management.commands.send_notifications import Command as SendNotifications


class Command(SendNotifications):
    """The name the issue gives it: the same command (digests and immediate news)."""
