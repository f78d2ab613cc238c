"""Who must sign in with two-factor (allauth.mfa) before using the Wagtail admin.

Superusers and moderators always: they can publish, and change who may do what. The rest of the
staff when STAFF_MFA_REQUIRED is set, so a site can turn it on once everyone has an authenticator.
Members cannot use the admin at all, so this never concerns them.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings

from members.groups import MODERATORS, STAFF

# Recovery codes back up an authenticator; on their own they are not one.
AUTHENTICATOR_TYPES = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def two_factor_required(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = set(user.groups.values_list("name", flat=True))
    if MODERATORS in groups:
        return True
    # "All staff" means everyone the admin lets in, not only the Staff group's members.
    return settings.STAFF_MFA_REQUIRED and (STAFF in groups or user.has_perm("wagtailadmin.access_admin"))


def has_authenticator(user):
    return is_mfa_enabled(user, AUTHENTICATOR_TYPES)
