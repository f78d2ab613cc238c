"""The members app's models, one module per concern."""

from .applications import ApplicationDeclinedNotice, MembershipApplication
from .deletion import AccountDeletionRequest
from .invitations import Invitation
from .organizations import FocusArea, Organization, OrganizationFocusArea
from .profiles import Expertise, MemberExpertise, MemberProfile
from .public_profiles import FocusAreaLabel, OrganizationProfile

__all__ = [
    "AccountDeletionRequest",
    "ApplicationDeclinedNotice",
    "Expertise",
    "FocusArea",
    "FocusAreaLabel",
    "Invitation",
    "MemberExpertise",
    "MemberProfile",
    "MembershipApplication",
    "Organization",
    "OrganizationFocusArea",
    "OrganizationProfile",
]
