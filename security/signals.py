from allauth.account.signals import password_reset
from axes.utils import reset
from django.dispatch import receiver


@receiver(password_reset)
def unlock_after_password_reset(sender, request, user, **kwargs):
    """Choosing a new password through the emailed link proves the person owns the account, so the
    lockout that repeated failures put on it (by address or admin username) is lifted."""
    for key in {user.email, user.get_username()}:
        if key:
            reset(username=key.strip().lower())
