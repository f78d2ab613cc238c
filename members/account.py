""" "My account": one page where a signed-in person finds everything about their account.

The members app shows the parts it owns (profile, sign-in and security, the ally, their data); every
other app adds its own part without being named here, with the `register_account_section` hook in its
wagtail_hooks.py: a function `(request)` that gives an `AccountSection` for the signed-in user, or None
(nothing for them). Sections are shown in their hook `order`, then in INSTALLED_APPS order.

The "download my data" export asks every app the same way, with the `register_personal_data` hook: a
function `(user)` that gives `(name, rows)`, the records of that app about that user and nobody else
(rows are dicts of plain values), or None.
"""

from wagtail import hooks


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
