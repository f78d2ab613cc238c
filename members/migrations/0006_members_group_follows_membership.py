"""The Members group follows the membership from now on (members/signals.py): bring the existing rows in
line once, taking out everyone without a member profile in good standing and putting in everyone with
one."""

from django.db import migrations

MEMBERS = "Members"


def follow_membership(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    MemberProfile = apps.get_model("members", "MemberProfile")
    group, _created = Group.objects.get_or_create(name=MEMBERS)
    in_good_standing = (
        MemberProfile.objects.filter(is_active=True, user__is_active=True)
        .exclude(organization__status="lapsed")
        .values_list("user_id", flat=True)
    )
    wanted = set(in_good_standing)
    current = set(group.user_set.values_list("pk", flat=True))
    group.user_set.remove(*(current - wanted))
    group.user_set.add(*(wanted - current))


class Migration(migrations.Migration):
    dependencies = [("members", "0005_public_profile_permissions"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(follow_membership, migrations.RunPython.noop)]
