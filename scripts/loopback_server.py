"""What the benchmark and audit scripts share: the site in production mode on loopback."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(database_url, media_dir, **overrides):
    """Production settings, except what plain HTTP on loopback needs to work.

    Production has no default SITE_URL: each caller passes its own, with the port it serves.
    """
    return (
        os.environ
        | {
            "DJANGO_ENV": "production",
            "DJANGO_SECRET_KEY": "loopback-only-" + "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            # Plain HTTP: no HTTPS redirect, and cookies the client can send back.
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_SECURE_COOKIES": "false",
            "DJANGO_SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": database_url,
            "DJANGO_MEDIA_ROOT": str(Path(media_dir) / "media"),
            "DJANGO_PRIVATE_MEDIA_ROOT": str(Path(media_dir) / "private-media"),
            "DJANGO_SERVE_MEDIA": "true",  # no web server in front to serve the demo portraits
        }
        | overrides
    )


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def start_gunicorn(env, port, log_path, workers=2):
    """gunicorn serving the site on loopback, once it answers. gunicorn also reads
    ./gunicorn.conf.py when there is one; these flags override its own."""
    log = Path(log_path).open("w")
    server = subprocess.Popen(
        [Path(PYTHON).parent / "gunicorn", "clinic.wsgi",
         "-b", f"127.0.0.1:{port}", "-w", str(workers)],
        cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for_http(f"http://127.0.0.1:{port}/")
    except SystemExit:
        server.terminate()
        raise SystemExit(f"gunicorn did not answer: see {log_path}") from None
    return server


def wait_for_http(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")
