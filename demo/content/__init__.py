"""The demo site's content, as data: one module per section of the site, English and Spanish side by
side. Everything here is invented: the Alliance for Learning Equity, its allies and its people.

A page is a dict: `key` (stable; it names the page for references and seeds its translation key),
`parent` (the key of the parent page), `en` and `es` (fields that differ by language) and, at the top
level, fields both languages share. `demo.pages` turns these into Wagtail pages.

Dates are relative to the day the command runs (`days_from_today`), so the demo always looks current:
news spreads over the last fourteen months and one initiative is always half-way through.
"""
