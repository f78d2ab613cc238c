"""A real SMTP server (aiosmtpd) on 127.0.0.1 at a free port, which tests can stop and start again, and
helpers to sign up and read what arrived."""

import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse

from tests.members.conftest import fresh_cache, run_mail_queue  # noqa: F401 (fixtures)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """Collects every message the server accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for rcpt, message in self.messages if address in rcpt]


class SMTPServer:
    def __init__(self, port):
        self.port = port
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(settings):
    server = SMTPServer(free_port())
    server.start()
    settings.MAIL_TRANSPORT = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_TIMEOUT = 5
    settings.WAGTAILADMIN_BASE_URL = "https://alliance.example"
    yield server
    server.stop()


def text_of(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content()


def html_of(message):
    part = message.get_body(preferencelist=("html",))
    return part.get_content() if part else None


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


# Each kind of link in each language's words (subscriptions/urls.py, locale/es/).
LINK_WORDS = {
    "confirm": "(?:subscribe/confirm|suscribirse/confirmar)",
    "preferences": "(?:subscribe/preferences|suscribirse/preferencias)",
    "unsubscribe": "(?:subscribe/unsubscribe|suscribirse/baja)",
}


def link(message, kind):
    """The path of the first link of a kind ("confirm", "preferences", "unsubscribe") in a message."""
    match = re.search(rf"https?://\S+/{LINK_WORDS[kind]}/\S+/", text_of(message))
    assert match, text_of(message)
    return path_of(match.group(0))


SIGNUP = {
    "email": "reader@example.org",
    "name": "Rosa Reader",
    "lists": ["news", "invitations"],
    "language": "en",
    "consent": "on",
    "consent_version": "2026-11",
    "page": "/en/",
}


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    def post(language="en", **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("subscriptions:signup"), {**SIGNUP, "language": language, **data})

    return post
