"""An index on Wagtail's page addresses (`wagtailcore_page.url_path`).

Routing loads a request's pages by `url_path` in one query (core.serving.child_for_routing); Wagtail
has no index on that column, so on a site of 10,000 pages each request scanned the whole page table
(2.4 ms on PostgreSQL). Wagtail's table is not ours to declare indexes on in a model, hence plain SQL,
which both SQLite and PostgreSQL accept.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_share_image_and_site_text"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS core_page_url_path_idx ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX IF EXISTS core_page_url_path_idx",
        )
    ]
