from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.contrib.sites.requests import RequestSite

from core.models import SiteSettings


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

    def send_mail(self, template_prefix, email, context_data):
        """allauth's mail, greeting from the alliance by name. Without django.contrib.sites allauth names
        the site by its host ("Hello from 127.0.0.1:8206!"); the links stay the request's own address,
        so they point at the site the reader came from. The message goes through the mail queue like
        every other (EMAIL_BACKEND)."""
        request = context.request
        site = RequestSite(request)
        site.name = SiteSettings.for_request(request).organization_name
        message = self.render_mail(
            template_prefix, email, {"request": request, "email": email, "current_site": site, **context_data}
        )
        message.send()

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        if message_template in self.silent_messages:
            return
        super().add_message(request, level, message_template, *args, **kwargs)
