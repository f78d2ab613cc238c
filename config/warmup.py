"""What every new app process would otherwise do on its first requests, done once in gunicorn's master.

With `preload_app` the master imports Django and the project, and each worker is forked from it. But
much is still left to the first request a worker serves: the URLconf and every view module it imports,
the cache client, the compiled templates, the translation catalogues, the URL names for `reverse()`
and the release's digest. That first request took about half a second of CPU, and gunicorn recycles
workers now and then (gunicorn.conf.py): each time, under load, the new worker's queue stalled behind
it (the benchmark's p99). Done here, it is done once, and every worker starts with it, sharing the
memory.

Nothing here opens a database or cache connection: a connection made before the fork would be shared
by every worker.
"""

import gc
import importlib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.template import TemplateSyntaxError, engines
from django.urls import get_resolver
from django.utils import formats, translation
from django.utils.module_loading import import_string

from serving.api import release


def warm_up():
    """Import, compile and load what requests need, then freeze it out of the garbage collector's way."""
    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018  (imports the URLconf and, through it, the views)
    for alias in settings.CACHES:
        caches.create_connection(alias)  # imports the backend and its client; connects to nothing
    if connections["default"].vendor == "postgresql":  # the vendor is known without connecting
        importlib.import_module("search.backends.postgres")  # which search.backends imports when asked
    for setting in ("MESSAGE_STORAGE", "SESSION_SERIALIZER"):
        import_string(getattr(settings, setting))
    importlib.import_module(settings.SESSION_ENGINE)
    engine = engines["django"]
    engine.engine.template_context_processors  # noqa: B018  (imports them)
    _compile_templates(engine)
    for language, _name in settings.LANGUAGES:
        translation.trans_real.translation(language)
        formats.get_format_modules(language)
        with translation.override(language):
            resolver.reverse_dict  # noqa: B018  (the URLconf's names, worked out per language for reverse())
    release()  # the digest of the code that every cache key holds, worked out once per process
    connections.close_all()  # in case anything above asked the database after all
    # Objects created so far live as long as the process: the collector need never look at them again
    # (and, not touching them, it leaves the pages the workers share with the master unwritten).
    gc.freeze()


def project_template_names():
    """Every template of the project (templates/ and the project's own apps), by loader name."""
    base = Path(settings.BASE_DIR)
    folders = [Path(folder) for folder in settings.TEMPLATES[0]["DIRS"]]
    folders += [
        Path(app.path) / "templates"
        for app in apps.get_app_configs()
        if Path(app.path).is_relative_to(base) and ".venv" not in Path(app.path).parts
    ]
    for folder in folders:
        if folder.is_dir():
            for template in sorted(folder.rglob("*.html")):
                yield template.relative_to(folder).as_posix()


def _compile_templates(engine):
    for name in project_template_names():
        try:
            engine.get_template(name)  # the cached loader keeps the compiled template
        except TemplateSyntaxError:
            continue  # the request that needs it reports it, as without the warm-up
