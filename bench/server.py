"""The app server the benchmark measures: gunicorn with the production profile (gunicorn.conf.py), as
`make serve` starts it, on a free loopback port."""

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from environment import BASE_DIR, PYTHON, production_env
from machine import process_time


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, workers, page_cache_seconds, **extra_env):
        self.port = free_port()
        env = production_env(
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            PAGE_CACHE_SECONDS=str(page_cache_seconds),
            **extra_env,
        )
        self.process = subprocess.Popen(  # noqa: S603
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "config.wsgi"], cwd=BASE_DIR, env=env
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)  # polling for start-up, bounded by the deadline

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        return [int(pid) for pid in children.split()]

    def cpu_ms(self):
        """(the workers' processor ms so far, the master's own). The workers' are those of the live
        ones and, in the master's children's time, those of the workers it has already replaced
        (`max_requests`): a worker recycled during a run is still counted."""
        master = process_time(self.process.pid)
        workers = master.children_ms + sum(process_time(pid).own_ms for pid in self.worker_pids())
        return workers, master.own_ms

    def wait_until_idle(self, limit_seconds=60):
        """Wait (bounded) until the workers have served what a wrk run left queued: wrk closes its
        connections when its time is up, but requests already sent wait in the listening socket's queue
        and the workers serve them all, so a slow page's leftovers would otherwise be counted against
        the next page. Idle: the workers' processor time did not move for a fifth of a second. Returns
        False if they were still busy at the limit."""
        deadline = time.monotonic() + limit_seconds
        busy_ms = self.cpu_ms()[0]
        while time.monotonic() < deadline:
            time.sleep(0.2)  # polling for the server to be ready again, bounded by the deadline
            busy_ms, before = self.cpu_ms()[0], busy_ms
            if busy_ms == before:
                return True
        return False

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
