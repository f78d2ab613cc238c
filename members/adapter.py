from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        """Closed: people become members through an invitation (members.views.accept_invitation)."""
        return False
