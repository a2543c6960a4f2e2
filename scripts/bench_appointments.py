"""Appointment requests under load while the mail server is down, then its recovery; then
requests with face photos.

Starts gunicorn (production settings, PostgreSQL) and an email worker, sends REQUESTS form
submissions from CLIENTS concurrent clients with no SMTP server listening, then starts one on
loopback and waits until every email has arrived. Checks: every request stored, no 5xx, and
each email delivered exactly once.

Then sends PHOTO_REQUESTS submissions from CLIENTS clients, each with PHOTO_SLOTS photos of
about 2 MB, and times the POST (the patient waits for it). Checks: every request stored with
its photos, no 5xx, each photo stored once in the private media folder and none left pending,
none under the public MEDIA_ROOT nor served at /media/. Run through `make bench-appointments`.
"""

import functools
import hashlib
import http.cookiejar
import io
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
import uuid
from concurrent.futures import ThreadPoolExecutor
from email import message_from_bytes
from pathlib import Path

from aiosmtpd.controller import Controller
from PIL import Image

from scripts import loopback_server
from scripts.loopback_server import BASE_DIR, PYTHON, free_port, production_env, wait_for_http

REQUESTS, CLIENTS = 200, 8
DELIVERY_TIMEOUT = 180  # seconds to wait for every email after the mail server comes back
PHOTO_REQUESTS = 50
PHOTO_SLOTS = ["rest", "eyebrows_raised", "big_smile"]
# Colour noise JPEG cannot shrink: about 2 MB each at this size and quality, like a phone's.
PHOTO_SIZE, PHOTO_NOISE, PHOTO_QUALITY = (2000, 1500), 40, 90


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
        "APPOINTMENT_UPLOAD_FILES_PER_CLIENT": "100000",  # and every photo
        "APPOINTMENT_UPLOAD_BYTES_PER_CLIENT": str(10**12),
        "SITE_URL": f"http://127.0.0.1:{WEB_PORT}",
    },
)
PUBLIC_MEDIA, PRIVATE_MEDIA = Path(ENV["DJANGO_MEDIA_ROOT"]), Path(ENV["DJANGO_PRIVATE_MEDIA_ROOT"])
manage = functools.partial(loopback_server.manage, ENV)


def shell(code):
    """The last line code prints, run through Django against the bench database."""
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR, env=ENV, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return result.stdout.strip().splitlines()[-1]


def query(sql):
    """One number from the bench database, through Django (no psql needed)."""
    code = (
        "from django.db import connection\n"
        f"cursor = connection.cursor()\ncursor.execute({sql!r})\nprint(cursor.fetchone()[0])"
    )
    return int(shell(code))


def start_web():
    return subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "clinic.wsgi", "--bind", f"127.0.0.1:{WEB_PORT}",
         "--workers", "3", "--log-level", "warning"],
        cwd=BASE_DIR, env=ENV,
    )  # fmt: skip


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    """The POST's own answer (302 to the confirmation) is what is measured."""

    def redirect_request(self, *args, **kwargs):
        return None


def multipart(fields, files):
    """(body, content type) of a multipart/form-data form; files: {name: (filename, JPEG)}."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    for name, (filename, content) in files.items():
        parts += [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: image/jpeg\r\n\r\n'.encode(),
            content,
            b"\r\n",
        ]
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def submit(number, photos=None):
    """One patient: open the form, then send it, with photos ({slot: JPEG}) if any.
    Returns (status, seconds for the POST, the form's submission token)."""
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
    if photos:
        body, content_type = multipart(
            data, {f"photo_{slot}": (f"{slot}.jpg", jpeg) for slot, jpeg in photos.items()}
        )
    else:
        body = urllib.parse.urlencode(data).encode()
        content_type = "application/x-www-form-urlencoded"
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    request.add_header("Referer", url)
    started = time.perf_counter()
    try:
        response = opener.open(request, timeout=30)
        status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started, fields.get("submission_token")


class Inbox:
    def __init__(self):
        self.messages, self.lock = [], threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def outage_run():
    """REQUESTS while the mail server is down, then its recovery: (figures, checks)."""
    web = start_web()
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

    statuses = [status for status, _seconds, _token in results]
    latencies = sorted(seconds * 1000 for _status, seconds, _token in results)
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
    expected = 2 * REQUESTS
    checks = [
        ("stored", figures["rows_stored"], REQUESTS),
        ("5xx", figures["server_errors"], 0),
        ("answered 302", figures["status_counts"], {"302": REQUESTS}),
        ("emails delivered", figures["emails_delivered"], expected),
        ("distinct emails", figures["distinct_emails"], expected),
    ]
    return figures, checks


def noise_photos():
    """PHOTO_SLOTS JPEGs of colour noise: clearly synthetic, no face."""
    photos = {}
    for slot in PHOTO_SLOTS:
        image = Image.merge("RGB", [Image.effect_noise(PHOTO_SIZE, PHOTO_NOISE) for _ in "RGB"])
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=PHOTO_QUALITY)
        photos[slot] = buffer.getvalue()
    return photos


def files_under(folder):
    """Every file's name under folder, as storage names it ("requests/1a2b.jpg")."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_media(tokens):
    """(requests stored, [[request id or None, slot, file name]]) of the forms with these tokens:
    the media they sent, and any their requests hold."""
    code = (
        "import json\nfrom django.db.models import Q\n"
        "from appointments.models import AppointmentRequest, PatientMedia\n"
        f"tokens = {tokens!r}\n"
        "media = PatientMedia.objects.filter(\n"
        "    Q(submission_token__in=tokens) | Q(request__submission_token__in=tokens))\n"
        "print(json.dumps([AppointmentRequest.objects.filter(submission_token__in=tokens).count(),\n"
        '    list(media.values_list("request_id", "slot", "file"))]))'
    )
    return json.loads(shell(code))


def photo_run():
    """PHOTO_REQUESTS with PHOTO_SLOTS photos each: (figures, checks)."""
    photos = noise_photos()
    before_private, before_public = files_under(PRIVATE_MEDIA), files_under(PUBLIC_MEDIA)
    web = start_web()
    try:
        wait_for_http(f"http://127.0.0.1:{WEB_PORT}/")
        megabytes = "/".join(f"{len(jpeg) / 1e6:.1f}" for jpeg in photos.values())
        print(
            f"Sending {PHOTO_REQUESTS} requests with {len(photos)} photos ({megabytes} MB) "
            f"from {CLIENTS} clients..."
        )
        with ThreadPoolExecutor(CLIENTS) as pool:
            # Other patients than the first run's: none of its requests is found again.
            numbers = range(REQUESTS, REQUESTS + PHOTO_REQUESTS)
            results = list(pool.map(functools.partial(submit, photos=photos), numbers))
        stored, media = stored_media([token for _status, _seconds, token in results])
        names = [name for _request, _slot, name in media]
        # Not served as public media: the site's /media/ address of a stored name finds nothing.
        media_url_status = None  # nothing stored to ask for: the check fails
        try:
            if names:
                media_url_status = urllib.request.urlopen(
                    f"http://127.0.0.1:{WEB_PORT}/media/{names[0]}", timeout=30
                ).status
        except urllib.error.HTTPError as error:
            media_url_status = error.code
    finally:
        web.terminate()
        web.wait(timeout=30)

    statuses = [status for status, _seconds, _token in results]
    latencies = sorted(seconds * 1000 for _status, seconds, _token in results)
    slots_by_request = {}
    for request, slot, _name in media:
        if request is not None:
            slots_by_request.setdefault(request, []).append(slot)
    new_private = files_under(PRIVATE_MEDIA) - before_private
    new_public = files_under(PUBLIC_MEDIA) - before_public
    # A public copy under another name is found by its content.
    stored_hashes = {sha256(PRIVATE_MEDIA / name) for name in set(names) & new_private}
    public_copies = [
        name
        for name in files_under(PUBLIC_MEDIA)
        if Path(name).name in {Path(n).name for n in names}
        or sha256(PUBLIC_MEDIA / name) in stored_hashes
    ]
    figures = {
        "requests_sent": PHOTO_REQUESTS,
        "clients": CLIENTS,
        "photos_per_request": len(photos),
        "photo_bytes": [len(jpeg) for jpeg in photos.values()],
        "status_counts": {str(code): statuses.count(code) for code in sorted(set(statuses))},
        "server_errors": sum(status >= 500 for status in statuses),
        "post_p50_ms": round(statistics.median(latencies), 1),
        "post_p95_ms": round(statistics.quantiles(latencies, n=20)[-1], 1),
        "post_max_ms": round(latencies[-1], 1),
        "rows_stored": stored,
        "requests_with_every_photo": sum(
            sorted(slots) == sorted(PHOTO_SLOTS) for slots in slots_by_request.values()
        ),
        "media_rows": len(media),
        "media_pending": sum(request is None for request, _slot, _name in media),
        "private_files_added": len(new_private),
        "rows_without_their_own_file": len(names) - len(set(names) & new_private),
        "files_without_a_row": len(new_private - set(names)),
        "public_files_added": len(new_public),
        "public_copies": len(public_copies),
        "media_url_status": media_url_status,
    }
    expected_files = PHOTO_REQUESTS * len(photos)
    checks = [
        ("stored", figures["rows_stored"], PHOTO_REQUESTS),
        ("5xx", figures["server_errors"], 0),
        ("answered 302", figures["status_counts"], {"302": PHOTO_REQUESTS}),
        (f"requests with exactly {len(photos)} photos", figures["requests_with_every_photo"],
         PHOTO_REQUESTS),
        ("PatientMedia rows", figures["media_rows"], expected_files),
        ("left pending", figures["media_pending"], 0),
        ("files added to private media", figures["private_files_added"], expected_files),
        ("rows without their own file", figures["rows_without_their_own_file"], 0),
        ("files without a row", figures["files_without_a_row"], 0),
        ("files added to public media", figures["public_files_added"], 0),
        ("copies under public media", figures["public_copies"], 0),
        ("GET /media/<a stored name>", figures["media_url_status"], 404),
    ]  # fmt: skip
    return figures, checks


def summary(title, checks):
    print(f"\n{title}\n  {'check':<36} {'value':>16} {'expected':>16}")
    for label, value, expected in checks:
        mark = "" if expected is None else "  ok" if value == expected else "  FAIL"
        shown = "" if expected is None else expected
        print(f"  {label:<36} {value!s:>16} {shown!s:>16}{mark}")


def main():
    manage("migrate", "--noinput", "-v0")
    manage("collectstatic", "--noinput", "-v0")
    # A clean slate: the figures count this run only (media sent with no request go too).
    clean_slate = (
        "from appointments.models import AppointmentRequest, PatientMedia\n"
        "from django_tasks_db.models import DBTaskResult\n"
        "AppointmentRequest.objects.all().delete()\n"
        "PatientMedia.objects.all().delete()\n"
        "DBTaskResult.objects.all().delete()"
    )
    manage("shell", "--no-imports", "-c", clean_slate)

    figures, outage_checks = outage_run()
    figures["photo_run"], photo_checks = photo_run()
    print(json.dumps(figures, indent=2))
    (BASE_DIR / "bench-appointments.json").write_text(json.dumps(figures, indent=2))

    photo = figures["photo_run"]
    summary(f"{REQUESTS} requests from {CLIENTS} clients, mail server down", outage_checks)
    summary(
        f"{PHOTO_REQUESTS} requests from {CLIENTS} clients, {len(PHOTO_SLOTS)} photos each",
        [
            *photo_checks,
            ("POST p50 / p95 / max (ms)",
             f"{photo['post_p50_ms']:.0f} / {photo['post_p95_ms']:.0f} / "
             f"{photo['post_max_ms']:.0f}", None),
        ],
    )  # fmt: skip
    failed = [
        f"{run}: {label}"
        for run, checks in [("outage run", outage_checks), ("photo run", photo_checks)]
        for label, value, expected in checks
        if value != expected
    ]
    print("\nPASS" if not failed else f"\nFAIL: {', '.join(failed)} (see the figures above)")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
