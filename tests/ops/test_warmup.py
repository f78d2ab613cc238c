"""The work gunicorn's master does before forking its workers (config.warmup), so that a new worker's
first requests are as quick as the rest."""

import gc

from django.template import engines
from django.template.loaders.cached import Loader as CachedLoader

from config.warmup import project_template_names, warm_up


def test_every_project_template_is_compiled_without_touching_the_database():
    # No database mark: pytest-django refuses any query here, as a connection opened in the master
    # would end up shared by every worker.
    (loader,) = engines["django"].engine.template_loaders
    assert isinstance(loader, CachedLoader)
    loader.reset()
    try:
        warm_up()
    finally:
        gc.unfreeze()  # the test process goes on creating and freeing objects
    names = set(project_template_names())
    assert {"base.html", "news/news_page.html", "extranet/extranet_base.html"} <= names
    assert names <= set(loader.get_template_cache)
