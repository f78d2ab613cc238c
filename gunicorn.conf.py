"""gunicorn's configuration for the production profile: `gunicorn -c gunicorn.conf.py config.wsgi`.

Every value can be changed from the environment, so one file serves `make serve` (loopback, two
workers) and a production app server (behind the load balancer).
"""

import os

# Loopback unless told otherwise: in production the load balancer (or a local proxy) is the only
# client, and `make serve` must not be reachable from the network.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers: Django and the database driver block, and the page cache answers most anonymous
# requests in about a millisecond. About two per core; WEB_CONCURRENCY is the usual knob for it.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))

# Slow clients are the proxy's problem; a request that takes 30 s is stuck and is better killed.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5

# Recycle workers now and then, so that a slow memory leak (in some future code or library) never takes
# a server down; the jitter stops them all restarting at once. Now and then, not often: a recycled
# worker's queue waits while it is replaced and its first requests fill its copies of the cache, which
# showed in the benchmark's p99; and at the page cache's rate (well over a thousand requests a second)
# 2,000 requests was under two seconds of a worker's life. A worker's memory stays level over tens of
# thousands of requests (bench/worker_memory.py, docs/performance.md), so 20,000 loses nothing.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10

# Django and Wagtail are imported once, in the master, and each worker is forked from it: a worker
# recycled by max_requests is serving again within milliseconds instead of after a second and a half
# of imports (which, at 150 requests a second, happened every fifteen seconds), and the workers share
# the imported code's memory. Safe here: nothing opens a database or cache connection at import time.
preload_app = True


def when_ready(server):
    """In the master, once the app is loaded and before the first worker is forked: the work each new
    worker would otherwise repeat on its first requests (config.warmup)."""
    if preload_app:
        from config.warmup import warm_up

        warm_up()


# The worker heartbeat file lives in memory: container filesystems can stall it.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108  (gunicorn's advice)

# Trust X-Forwarded-* only from the proxy in front (a comma-separated list of addresses).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Errors to stderr, where the process manager collects them; the access log only when asked for
# (the load balancer or CDN usually keeps one already).
errorlog = "-"
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "").lower() == "true" else None
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
