"""What a visitor sees when the site fails: a database outage is a short "try again" (503 with
Retry-After), never a bare 500; anything else is the styled 500 page (templates/500.html).

Django calls `server_error` (config.urls.handler500) while it handles the exception, so the exception
is still at hand. Neither page may touch the database: both are rendered without a request context."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.template import loader
from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

# Errors of a database that is down, restarting or refusing connections: a minute later the same
# request works. (An IntegrityError or a ProgrammingError is a bug, and stays a 500.)
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


class ServiceUnavailable(HttpResponseServerError):
    status_code = 503


@requires_csrf_token
def server_error(request):
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        response = ServiceUnavailable(loader.get_template("503.html").render())
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return defaults.server_error(request)
