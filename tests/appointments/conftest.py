import os
import smtplib

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone

from specialists.models import Location
from tests.factories import make_specialist


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


FAILING = {"default": {"BACKEND": "tests.appointments.conftest.FailingBackend"}}
MEMORY = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def run_worker(make_everything_due=False):
    """Runs the queued tasks, as `manage.py task_worker` would, then stops."""
    if make_everything_due:
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.update(run_after=timezone.now())
    call_command("task_worker", "--batch", "--no-startup-delay", stdout=open(os.devnull, "w"))


@pytest.fixture
def specialist_and_location(db):
    location = Location.objects.create(
        name="Omaha Clinic", slug="omaha", street_address="1 Demo Way", city="Omaha",
        state="NE", postal_code="68105", phone="402-555-0100",
    )  # fmt: skip
    return make_specialist(slug="ana-example", name="Ana Example"), location
