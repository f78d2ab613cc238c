"""Members' photos beside their names in a group's member list: shown (with alt text) to the group's
members and staff while the pictured member is in good standing; a lapsed member's photo is not shown."""

import re

import pytest
from django.core.files.base import ContentFile

from members.photos import photo_path

from .conftest import reader

pytestmark = pytest.mark.django_db


def with_photo(user):
    profile = user.member_profile
    profile.photo.save(photo_path(profile, "photo.jpg"), ContentFile(b"\xff\xd8 a photo"), save=True)
    return profile


def test_the_group_list_shows_members_photos_beside_their_names(site):
    pictured = with_photo(site["roles"]["group_member"])
    lapsed = with_photo(site["roles"]["lapsed_group_member"])
    name = site["roles"]["group_member"].get_full_name() or site["roles"]["group_member"].email
    for role in ("group_member", "staff"):
        text = reader(site, role).get(site["water"].url).text
        assert f'src="{pictured.photo_url}"' in text
        # The name is written beside the photo: the photo is decorative (alt=""), so a screen reader
        # does not read the name twice.
        photo, named = re.escape(pictured.photo_url), re.escape(name)
        item = re.search(rf'<li class="member-list__item"><img[^>]*src="{photo}"[^>]*> {named}</li>', text)
        assert item is not None and 'alt=""' in item.group(0)
    # A lapsed member's photo: staff only.
    assert f'src="{lapsed.photo_url}"' not in reader(site, "group_member").get(site["water"].url).text
    assert f'src="{lapsed.photo_url}"' in reader(site, "staff").get(site["water"].url).text
    # Someone outside the group sees no list at all.
    assert pictured.photo_url not in reader(site, "member").get(site["water"].url).text
