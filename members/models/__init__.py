"""The members app's models, one module per concern."""

from .applications import MembershipApplication
from .deletion import AccountDeletionRequest
from .invitations import Invitation
from .organizations import FocusArea, Organization, OrganizationFocusArea
from .profiles import Expertise, MemberExpertise, MemberProfile
from .public_profiles import FocusAreaLabel, OrganizationProfile

__all__ = [
    "AccountDeletionRequest",
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
