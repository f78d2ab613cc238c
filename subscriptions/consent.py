"""The wording people agree to when they subscribe. Each wording has a version; a consent record keeps
the version shown, so what someone agreed to can be read back later. Never edit a published wording:
add a new version and make it CURRENT_VERSION."""

from django.utils.translation import gettext_lazy as _

WORDINGS = {
    "2026-11": _(
        "I want to receive the emails I chose above. I can change my choice or unsubscribe at any time "
        "with the link in every email."
    ),
}
CURRENT_VERSION = "2026-11"


def wording(version):
    return WORDINGS.get(version, "")
