import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from .groups import MEMBERS, STAFF
from .models import (
    FocusAreaLabel,
    Invitation,
    MemberProfile,
    MembershipApplication,
    Organization,
    OrganizationProfile,
)

PASSWORD = "correct-horse-battery"  # noqa: S105 (test accounts only)


class OrganizationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Example Organization {n}")
    website = "https://example.org"
    region = "North"

    class Meta:
        model = Organization


class OrganizationProfileFactory(DjangoModelFactory):
    """A public profile in the default language unless given a `locale`."""

    organization = factory.SubFactory(OrganizationFactory, listed_publicly=True)
    description = "Works with families on school choices."

    class Meta:
        model = OrganizationProfile


class FocusAreaLabelFactory(DjangoModelFactory):
    label = factory.LazyAttribute(lambda o: o.focus_area.name)

    class Meta:
        model = FocusAreaLabel


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    first_name = "Rosa"
    last_name = "Example"
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def group(self, create, name, **kwargs):
        if create and name:
            self.groups.add(Group.objects.get_or_create(name=name)[0])


class StaffUserFactory(UserFactory):
    @factory.post_generation
    def group(self, create, name, **kwargs):
        if create:
            self.groups.add(Group.objects.get_or_create(name=name or STAFF)[0])


class MemberProfileFactory(DjangoModelFactory):
    """A member in good standing: in the Members group, email verified, at an active organization."""

    user = factory.SubFactory(UserFactory, group=MEMBERS)
    organization = factory.SubFactory(OrganizationFactory)
    title = "Policy lead"

    class Meta:
        model = MemberProfile
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self.user, email=self.user.email, verified=True, primary=True)


class InvitationFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"invitee{n}@example.org")
    first_name = "Ana"
    last_name = "Invitada"
    organization = factory.SubFactory(OrganizationFactory)

    class Meta:
        model = Invitation


class MembershipApplicationFactory(DjangoModelFactory):
    kind = MembershipApplication.Kind.ORGANIZATION
    organization_name = factory.Sequence(lambda n: f"Applicant Organization {n}")
    organization_website = "https://applicant.example.org"
    contact_name = "Jo Applicant"
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    region = "South"
    why_join = "We work on school funding."
    consent = True

    class Meta:
        model = MembershipApplication
