"""Everything in the demo that is not a page: locales, users, people, tags and the site itself."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page, Site

from core.models import SiteSettings, SiteText
from members.models import (
    FocusArea,
    FocusAreaLabel,
    MemberProfile,
    MembershipApplication,
    Organization,
    OrganizationProfile,
)
from people.models import Person

from .media import ensure_portrait
from .pages import demo_translation_key

SITE_HOSTNAME = "localhost"
SITE_PORT = 80

# The page Wagtail's first migration makes; the demo home page replaces it.
WELCOME_TITLE = "Welcome to your new Wagtail site!"


def update(obj, **fields):
    """Set fields on obj and save it only if something changed, so a re-run writes nothing."""
    changed = [name for name, value in fields.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, fields[name])
    if changed or obj.pk is None:
        obj.save()
    return bool(changed)


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "es")}


def ensure_users(accounts):
    """Demo accounts: (username, password, first name, last name, group name or None for superuser).

    Only a missing account is created, with its published demo password. An account that already exists
    is left exactly as it is: its password above all (a published password must never replace one that
    somebody chose), and its email, name, active flag, role and groups too (the demo must never hand an
    existing account new rights). Returns the users by username, and the usernames created this run."""
    users, created = {}, set()
    for username, password, first_name, last_name, group_name in accounts:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            superuser = group_name is None
            user = get_user_model().objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password=password,
                first_name=first_name,
                last_name=last_name,
                is_staff=superuser,
                is_superuser=superuser,
            )
            if group_name:
                # Wagtail's and the members app's migrations create these groups with their permissions.
                group, _ = Group.objects.get_or_create(name=group_name)
                user.groups.set([group])
            # Staff sign in on the site's sign-in page too (by email), which wants a verified address.
            ensure_verified_email(user)
            created.add(username)
        users[username] = user
    return users, created


def ensure_verified_email(user):
    """An email address allauth counts as verified (invited members get one when they accept; the
    demo accounts skip the invitation)."""
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    address = address or EmailAddress(user=user, email=user.email)
    update(address, verified=True, primary=True)


def ensure_organizations(specs):
    """Allies by name, with their focus areas."""
    result = {}
    for spec in specs:
        fields = {k: v for k, v in spec.items() if k not in ("name", "focus_areas", "public_profile")}
        organization = Organization.objects.filter(name=spec["name"]).first() or Organization(
            name=spec["name"]
        )
        update(organization, **fields)
        if sorted(organization.focus_areas.names()) != sorted(spec["focus_areas"]):
            organization.focus_areas.set(spec["focus_areas"])
        result[spec["name"]] = organization
    return result


def _in_both_languages(model, translation_key, locales, fields, shared):
    """The English record of a translatable snippet and its Spanish translation, made the way
    wagtail-localize makes one. `shared` are the fields every translation has in common (the record
    the snippet describes); `fields` the words of each language."""
    english = model.objects.filter(translation_key=translation_key, locale=locales["en"]).first()
    english = english or model.objects.filter(locale=locales["en"], **shared).first()
    english = english or model(translation_key=translation_key, locale=locales["en"])
    update(english, **shared, **fields["en"])
    spanish = english.get_translation_or_none(locales["es"]) or english.copy_for_translation(locales["es"])
    update(spanish, **shared, **fields["es"])
    return english, spanish


def ensure_public_profiles(specs, organizations, locales):
    """The listed allies' public profiles, in English and Spanish."""
    for spec in specs:
        if "public_profile" in spec:
            _in_both_languages(
                OrganizationProfile,
                demo_translation_key("organization-profile", spec["name"]),
                locales,
                spec["public_profile"],
                shared={"organization_id": organizations[spec["name"]].pk},
            )


def ensure_focus_area_labels(labels, locales):
    """Each focus area's label for readers, in English and Spanish."""
    for name, fields in labels.items():
        focus_area = FocusArea.objects.get(name=name)
        _in_both_languages(
            FocusAreaLabel,
            demo_translation_key("focus-area-label", name),
            locales,
            {code: {"label": label} for code, label in fields.items()},
            shared={"focus_area_id": focus_area.pk},
        )


def ensure_member_profile(user, organization, spec):
    """The demo member: a profile at an active ally (ensure_users has verified the address)."""
    profile = MemberProfile.objects.filter(user=user).first() or MemberProfile(user=user)
    update(
        profile,
        organization=organization,
        title=spec["title"],
        phone=spec["phone"],
        languages=spec["languages"],
        spokesperson=spec["spokesperson"],
        is_active=True,
    )
    if sorted(profile.expertise.names()) != sorted(spec["expertise"]):
        profile.expertise.set(spec["expertise"])
    return profile


def ensure_applications(specs):
    """Applications waiting for staff, stored as the join form stores them; no email to staff is owed
    (demo mail is for the member's side). One already reviewed is left as it is."""
    for spec in specs:
        if not MembershipApplication.objects.filter(email=spec["email"]).exists():
            MembershipApplication.objects.create(**spec, consent=True)


def ensure_tags(tags):
    """Tags by (key, language). Slugs are plain ASCII: the news index's tag URLs only match those."""
    result = {}
    for key, names in tags.items():
        for lang, name in names.items():
            tag = Tag.objects.filter(name=name).first() or Tag(name=name)
            update(tag, slug=slugify(name))
            result[key, lang] = tag
    return result


def ensure_people(people, locales):
    """People by (key, language). Spanish versions are translations of the English record."""
    result = {}
    for spec in people:
        translation_key = demo_translation_key("person", spec["key"])
        english = (
            Person.objects.filter(translation_key=translation_key, locale=locales["en"]).first()
            or Person.objects.filter(name=spec["name"], locale=locales["en"]).first()
            or Person(translation_key=translation_key, locale=locales["en"])
        )
        photo = ensure_portrait(spec["name"], spec["key"])
        update(english, name=spec["name"], photo=photo, **spec["en"])
        spanish = english.get_translation_or_none(locales["es"])
        spanish = spanish or english.copy_for_translation(locales["es"])
        update(spanish, name=spec["name"], photo=photo, **spec["es"])
        result[spec["key"], "en"] = english
        result[spec["key"], "es"] = spanish
    return result


def ensure_site_text(texts, locales):
    """The site text in English and its Spanish translation (one translation key, like a page)."""
    translation_key = demo_translation_key("site-text", "main")
    english = SiteText.objects.filter(
        translation_key=translation_key, locale=locales["en"]
    ).first() or SiteText(translation_key=translation_key, locale=locales["en"])
    update(english, **texts["en"])
    spanish = english.get_translation_or_none(locales["es"]) or english.copy_for_translation(locales["es"])
    update(spanish, **texts["es"])
    return english, spanish


def remove_welcome_page():
    """Delete the placeholder page from Wagtail's first migration, keeping the Site that points at it
    (deleting a site's root page would delete the site, and its settings, with it)."""
    welcome = Page.objects.filter(
        depth=2, content_type=ContentType.objects.get_for_model(Page), title=WELCOME_TITLE, numchild=0
    ).first()
    if welcome is None:
        return False
    Site.objects.filter(root_page=welcome).update(root_page=Page.get_first_root_node())
    welcome.delete()
    return True


def ensure_site(home_page, settings):
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.filter(hostname=SITE_HOSTNAME, port=SITE_PORT).first()
        or Site()
    )
    update(
        site,
        hostname=SITE_HOSTNAME,
        port=SITE_PORT,
        is_default_site=True,
        root_page_id=home_page.pk,
        site_name=settings["organization_name"],
    )
    update(SiteSettings.for_site(site), **settings)
    return site
