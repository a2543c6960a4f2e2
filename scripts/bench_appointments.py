"""Appointment requests under load while the mail server is down, then its recovery.

Starts gunicorn (production settings, PostgreSQL) and an email worker, sends REQUESTS form
submissions from CLIENTS concurrent clients with no SMTP server listening, then starts one on
loopback and waits until every email has arrived. Checks: every request stored, no 5xx, and
each email delivered exactly once. Run through `make bench-appointments`.
"""

import functools
import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from email import message_from_bytes

from aiosmtpd.controller import Controller

from scripts import loopback_server
from scripts.loopback_server import BASE_DIR, PYTHON, free_port, production_env, wait_for_http

REQUESTS, CLIENTS = 200, 8
DELIVERY_TIMEOUT = 180  # seconds to wait for every email after the mail server comes back


WEB_PORT, SMTP_PORT = free_port(), free_port()
ENV = production_env(
    os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clinic_bench_appointments"
    ),
    BASE_DIR / ".bench-media",
    **{
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(SMTP_PORT),
        "EMAIL_USE_TLS": "false",
        "EMAIL_TIMEOUT": "3",
        "EMAIL_RETRY_DELAY": "1",
        "EMAIL_RETRY_MAX_DELAY": "4",
        "APPOINTMENT_RATE_LIMIT": "100000",  # one client address sends everything here
        "APPOINTMENT_RATE_LIMIT_PER_CONTACT": "100000",  # and one phone number
        "SITE_URL": f"http://127.0.0.1:{WEB_PORT}",
    },
)
manage = functools.partial(loopback_server.manage, ENV)


def query(sql):
    """One number from the bench database, through Django (no psql needed)."""
    code = (
        "from django.db import connection\n"
        f"cursor = connection.cursor()\ncursor.execute({sql!r})\nprint(cursor.fetchone()[0])"
    )
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR, env=ENV, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return int(result.stdout.strip().splitlines()[-1])


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    """The POST's own answer (302 to the confirmation) is what is measured."""

    def redirect_request(self, *args, **kwargs):
        return None


def submit(number):
    """One patient: open the form, then send it. Returns (status, seconds for the POST)."""
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(cookies), KeepRedirects()
    )
    url = f"http://127.0.0.1:{WEB_PORT}/appointments/request/"
    page = opener.open(url, timeout=30).read().decode()
    fields = dict(
        re.findall(r'name="(csrfmiddlewaretoken|submission_token)" value="([^"]+)"', page)
    )
    data = fields | {
        "asker": "patient", "patient_name": f"Load Test {number}", "phone": "402-555-0100",
        "email": f"patient{number}@example.org", "contact_method": "phone",
        "contact_time": "any", "interpreter": "no", "cause": "not_sure", "affected_side": "left",
        "onset": "under_3_months", "referred": "no", "consent_to_contact": "on",
    }  # fmt: skip
    request = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode())
    request.add_header("Referer", url)
    started = time.perf_counter()
    try:
        response = opener.open(request, timeout=30)
        status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


class Inbox:
    def __init__(self):
        self.messages, self.lock = [], threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def main():
    manage("migrate", "--noinput", "-v0")
    manage("collectstatic", "--noinput", "-v0")
    # A clean slate: the figures count this run only.
    clean_slate = (
        "from appointments.models import AppointmentRequest\n"
        "from django_tasks_db.models import DBTaskResult\n"
        "AppointmentRequest.objects.all().delete()\n"
        "DBTaskResult.objects.all().delete()"
    )
    manage("shell", "--no-imports", "-c", clean_slate)

    web = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "clinic.wsgi", "--bind", f"127.0.0.1:{WEB_PORT}",
         "--workers", "3", "--log-level", "warning"],
        cwd=BASE_DIR, env=ENV,
    )  # fmt: skip
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "task_worker", "--no-startup-delay", "--interval", "0.5"],
        cwd=BASE_DIR, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    inbox, smtp = Inbox(), None
    try:
        wait_for_http(f"http://127.0.0.1:{WEB_PORT}/")
        print(f"Sending {REQUESTS} requests from {CLIENTS} clients, mail server down...")
        started = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = list(pool.map(submit, range(REQUESTS)))
        load_seconds = time.perf_counter() - started
        time.sleep(3)  # let the worker try (and fail) while the server is still down
        failed_meanwhile = query(
            "select count(*) from appointments_notification where state='failed'"
        )

        print("Starting the mail server...")
        smtp = Controller(inbox, hostname="127.0.0.1", port=SMTP_PORT)
        smtp.start()
        recovered = time.perf_counter()
        while time.perf_counter() - recovered < DELIVERY_TIMEOUT:
            if query("select count(*) from appointments_notification where state<>'sent'") == 0:
                break
            time.sleep(1)
        delivery_seconds = time.perf_counter() - recovered
        time.sleep(3)  # anything sent twice would arrive now
    finally:
        for process in (web, worker):
            process.terminate()
            process.wait(timeout=30)
        if smtp:
            smtp.stop()

    statuses = [status for status, _seconds in results]
    latencies = sorted(seconds * 1000 for _status, seconds in results)
    subjects = [message["Subject"] for message in inbox.messages]
    figures = {
        "requests_sent": REQUESTS,
        "clients": CLIENTS,
        "status_counts": {str(code): statuses.count(code) for code in sorted(set(statuses))},
        "server_errors": sum(status >= 500 for status in statuses),
        "requests_per_second": round(REQUESTS / load_seconds, 1),
        "post_p50_ms": round(statistics.median(latencies), 1),
        "post_p95_ms": round(statistics.quantiles(latencies, n=20)[-1], 1),
        "rows_stored": query("select count(*) from appointments_appointmentrequest"),
        "notifications_failed_while_down": failed_meanwhile,
        "emails_delivered": len(inbox.messages),
        "distinct_emails": len(set(zip(subjects, (m["To"] for m in inbox.messages), strict=True))),
        "seconds_to_deliver_after_recovery": round(delivery_seconds, 1),
    }
    print(json.dumps(figures, indent=2))
    (BASE_DIR / "bench-appointments.json").write_text(json.dumps(figures, indent=2))
    expected = 2 * REQUESTS
    ok = (
        figures["server_errors"] == 0
        and figures["status_counts"] == {"302": REQUESTS}
        and figures["rows_stored"] == REQUESTS
        and figures["emails_delivered"] == figures["distinct_emails"] == expected
    )
    print("PASS" if ok else "FAIL: see the figures above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
