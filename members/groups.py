"""The names of the groups the site's rules depend on. Data migrations create them."""

MEMBERS = "Members"
STAFF = "Staff"  # the communications staff who edit pages (Wagtail's former "Editors" group)
MODERATORS = "Moderators"

# Everyone who may read the extranet, as far as groups go (members.access adds the per-person rules).
EXTRANET_AUDIENCE = (MEMBERS, STAFF, MODERATORS)
STAFF_GROUPS = (STAFF, MODERATORS)
