"""Random values behind the site's emailed links.

An invitation's link (members.models.invitations) and a subscriber's confirmation link
(subscriptions.models) each carry a nonce stored on the record, inside a token signed with SECRET_KEY.
The signature is what stops a forged link; the nonce is what lets a link be replaced: drawing a new one
(sending an invitation again, confirming or leaving the list) makes every older link stop working.
"""

import secrets

# 128 bits: past guessing even for someone who holds SECRET_KEY and could sign a token of their own.
# One length for both links: the two copies of this function had 24 and 12 bytes with nothing resting
# on the difference (a stored nonce of any length is compared as it is, so links sent before still
# work). 22 URL-safe characters fit both columns (64 and 32 characters), so no migration.
NONCE_BYTES = 16


def new_nonce():
    """A fresh nonce: URL-safe characters only (the links carry it in their path), never ":" (the
    subscription token puts one between the subscriber's key and this)."""
    return secrets.token_urlsafe(NONCE_BYTES)
