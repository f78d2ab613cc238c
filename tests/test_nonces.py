"""One nonce for the emailed links (core.tokens): invitations and subscriptions draw theirs from it."""

import re

from core import tokens
from members.models import Invitation
from members.models import invitations as invitation_models
from subscriptions import models as subscription_models
from subscriptions.models import Subscriber


def test_invitations_and_subscribers_use_the_one_nonce():
    for model in (Invitation, Subscriber):
        assert model._meta.get_field("nonce").default is tokens.new_nonce
    # The names the first migrations of both apps give as the field's default.
    assert invitation_models.new_nonce is tokens.new_nonce
    assert subscription_models.new_nonce is tokens.new_nonce


def test_a_nonce_fits_both_columns_and_both_links():
    nonces = {tokens.new_nonce() for _ in range(200)}
    assert len(nonces) == 200
    for nonce in nonces:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", nonce)  # URL-safe, and no ":" (the subscription token's)
        assert len(nonce) >= 22  # 128 bits
        for model in (Invitation, Subscriber):
            assert len(nonce) <= model._meta.get_field("nonce").max_length
