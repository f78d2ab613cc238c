"""Real app processes (gunicorn, as in production) for tests that need more than one process."""

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

BASE_DIR = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def this_runs_database_url():
    """The address of the database this test run uses (pytest-django's test_* database)."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def get(port, path, host="localhost"):
    """(status, headers, body) of a GET to the app process on `port`, with a fixed Host header so that
    every process computes the same page-cache keys."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": host})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        conn.close()


@contextlib.contextmanager
def app_server(**env):
    """A gunicorn process (one worker) with the test settings, this run's database and the given
    environment; yields its port once /healthz answers.

    Under pytest-xdist the process gets this worker's media folder and Redis database as they are
    (the caller passes REDIS_URL from settings), not the worker's name, which the test settings would
    use to move them once more."""
    port = free_port()
    process_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    process_env.pop("PYTEST_XDIST_WORKER", None)
    process_env.update(MEDIA_ROOT=str(settings.MEDIA_ROOT), **env)
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--workers", "1"]
    command += ["--bind", f"127.0.0.1:{port}", "config.wsgi"]
    process = subprocess.Popen(  # noqa: S603  (our own interpreter and arguments)
        command,
        cwd=BASE_DIR,
        env=process_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {process.stderr.read().decode()[-2000:]}")
            try:
                if get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not answer /healthz within 60 s")
            time.sleep(0.1)  # polling for start-up, bounded by the deadline
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
