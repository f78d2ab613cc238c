from allauth.account.adapter import DefaultAccountAdapter


def user_display(user):
    """How allauth names an account in what it shows: the person's name, else their email address
    (people sign in by email; the username is generated and means nothing to them)."""
    return user.get_full_name() or user.email or user.get_username()


class AccountAdapter(DefaultAccountAdapter):
    # The page after signing in shows who is signed in. allauth's "Successfully signed in as …" was
    # stored for the next page that shows messages, which for a member could come much later, on an
    # unrelated page (the extranet's pages show none).
    silent_messages = {"account/messages/logged_in.txt"}

    def is_open_for_signup(self, request):
        """Closed: people become members through an invitation (members.views.accept_invitation)."""
        return False

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        if message_template in self.silent_messages:
            return
        super().add_message(request, level, message_template, *args, **kwargs)
