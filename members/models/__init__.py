"""The members app's models, one module per concern."""

from .applications import MembershipApplication
from .delivery import EmailDelivery
from .invitations import Invitation
from .organizations import FocusArea, Organization, OrganizationFocusArea
from .profiles import Expertise, MemberExpertise, MemberProfile
from .public_profiles import FocusAreaLabel, OrganizationProfile

__all__ = [
    "EmailDelivery",
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
