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
    """Runs the queued tasks, as `manage.py db_worker` would, then stops."""
    if make_everything_due:
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.update(run_after=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=open(os.devnull, "w"))


@pytest.fixture
def form_data():
    return {
        "asker": "patient",
        "patient_name": "Siobhán O’Brien",
        "phone": "402-555-0199",
        "email": "patient@example.org",
        "contact_method": "phone",
        "contact_time": "morning",
        "cause": "bells_palsy",
        "affected_side": "left",
        "onset": "under_3_months",
        "referred": "yes",
        "insurance": "Sample Health Plan",
        "message": "My left eye will not close at night.",
        "consent_to_contact": "on",
        "submission_token": "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a11",
    }


@pytest.fixture
def specialist_and_location(db):
    location = Location.objects.create(
        name="Omaha Clinic", slug="omaha", street_address="1 Demo Way", city="Omaha",
        state="NE", postal_code="68105", phone="402-555-0100",
    )  # fmt: skip
    return make_specialist(slug="ana-example", name="Ana Example"), location
