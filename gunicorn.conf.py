"""Gunicorn in production: `gunicorn -c gunicorn.conf.py clinic.wsgi`.

Every setting can be changed through an environment variable; the defaults are safe ones.
`make bench` runs the site with this file too, so its figures are those of this configuration.
"""

import os


def env_int(name, default):
    return int(os.environ.get(name) or default)


# Loopback unless told otherwise: a proxy in front of the site handles TLS. Platforms that
# set PORT (Heroku-style) route to every interface.
bind = os.environ.get("GUNICORN_BIND") or (
    f"0.0.0.0:{os.environ['PORT']}" if os.environ.get("PORT") else "127.0.0.1:8000"
)

# Rendering a page is CPU-bound Python with short waits on PostgreSQL, Redis and storage: two
# processes per core keep the cores busy while some wait.
workers = env_int("WEB_CONCURRENCY", 2 * os.cpu_count() + 1)
# Measured on 2 cores: sync and gthread serve pages at the same CPU cost per request. gthread
# keeps the proxy's connections open (sync closes every one) and a thread waiting on the
# network leaves its process to the others. Each thread holds a database connection
# (DATABASE_CONN_MAX_AGE): workers x threads per machine must fit PostgreSQL's max_connections.
worker_class = "gthread"
threads = env_int("GUNICORN_THREADS", 4)

# A request stuck this long is killed (and logged) rather than holding a worker for good.
timeout = env_int("GUNICORN_TIMEOUT", 30)
# On restart or deploy, requests in progress get this long to finish.
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Longer than a typical proxy's idle timeout would leave the proxy using closed connections.
keepalive = env_int("GUNICORN_KEEPALIVE", 5)

# Restart each worker now and then so a slow memory leak cannot grow without bound; the jitter
# keeps the workers from restarting all at once.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 10_000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 1_000)

# Request lines hold what patients searched for (/specialists/?q=...): no access log unless
# asked for, e.g. GUNICORN_ACCESS_LOG=- for standard output. Errors go to standard error.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None

# Only a proxy at these addresses may say a request came over HTTPS (X-Forwarded-Proto).
# Never "*" unless the proxy is the only way to reach the site.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1,::1"

# Workers' heartbeat files in memory: on a container's disk-backed /tmp a slow write can make
# the arbiter think a busy worker hung and kill it.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
