""" "My account": one page where a signed-in person finds everything about their account.

The members app shows the parts it owns (profile, sign-in and security, the ally, their data); every
other app adds its own part without being named here, with the `register_account_section` hook in its
wagtail_hooks.py: a function `(request)` that gives an `AccountSection` for the signed-in user, or None
(nothing for them). Sections are shown in their hook `order`, then in INSTALLED_APPS order.

The "download my data" export asks every app the same way, with the `register_personal_data` hook: a
function `(user)` that gives `(name, rows)`, the records of that app about that user and nobody else
(rows are dicts of plain values, or an `AttachedFile` for a file such as the profile photo: a data URI
in the JSON download, a file of its own in the zip), or None.
"""

import base64

from wagtail import hooks


class AttachedFile:
    """A file among a person's records: its name in the zip download, its bytes and type."""

    def __init__(self, name, content, content_type):
        self.name = name
        self.content = content
        self.content_type = content_type

    def data_uri(self):
        return f"data:{self.content_type};base64,{base64.b64encode(self.content).decode('ascii')}"


class AccountSection:
    """A part of "My account": a heading, the template that shows it (it reads `section.<name>`), and
    an anchor id for the page's contents list."""

    def __init__(self, key, heading, template, **shown):
        self.key = key
        self.heading = heading
        self.template = template
        for name, value in shown.items():
            setattr(self, name, value)


def account_sections(request):
    sections = (section_for(request) for section_for in hooks.get_hooks("register_account_section"))
    return [section for section in sections if section is not None]


def personal_data(user):
    """{name: rows} of everything the site's apps hold about `user`."""
    collected = {}
    for records_of in hooks.get_hooks("register_personal_data"):
        found = records_of(user)
        if found is not None:
            name, rows = found
            collected[name] = list(rows)
    return collected
