"""Plain functions that make published content with sensible defaults."""

import time
from itertools import count

from clinic.models import PublicationStatus
from services.models import Cause, Condition, Page, Treatment

_numbers = count(1)


def _content_fields(prefix, fields):
    number = next(_numbers)
    return {
        "title": f"{prefix} {number}",
        "slug": f"{prefix.lower().replace(' ', '-')}-{number}",
        "summary": f"A short summary of {prefix.lower()} {number}.",
        "body": f"Some text about {prefix.lower()} {number}.",
        "status": PublicationStatus.PUBLISHED,
    } | fields


def make_condition(**fields):
    return Condition.objects.create(**_content_fields("Condition", fields))


def make_cause(condition=None, **fields):
    condition = condition or make_condition()
    return Cause.objects.create(condition=condition, **_content_fields("Cause", fields))


def make_treatment(conditions=(), **fields):
    fields.setdefault("category", Treatment.Category.SURGICAL)
    treatment = Treatment.objects.create(**_content_fields("Treatment", fields))
    treatment.conditions.set(conditions)
    return treatment


def make_page(**fields):
    return Page.objects.create(**_content_fields("Guide page", fields))


def make_specialist(**fields):
    from specialists.models import Specialist

    number = next(_numbers)
    defaults = {
        "name": f"Sample Person{number}",
        "slug": f"sample-person-{number}",
        "credentials": "MD",
        "title": "Facial plastic surgeon",
        "status": PublicationStatus.PUBLISHED,
    }
    relations = {
        key: fields.pop(key)
        for key in ["expertise", "causes", "treatments", "locations", "languages", "conditions"]
        if key in fields
    }
    specialist = Specialist.objects.create(**defaults | fields)
    for key, values in relations.items():
        getattr(specialist, key).set(values)
    return specialist


def make_location(**fields):
    from specialists.models import Location

    number = next(_numbers)
    return Location.objects.create(
        **{
            "name": f"Clinic {number}",
            "slug": f"clinic-{number}",
            "street_address": f"{number} Example Street",
            "city": "Omaha",
            "state": "NE",
            "postal_code": "68105",
            "phone": "402-555-0100",
            "hours": "Monday to Friday, 8 a.m. to 5 p.m.",
        }
        | fields
    )


def jpeg_upload(name="photo.jpg", size=(900, 600), color="teal"):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def make_story(consent=True, photos=0, **fields):
    """A published story; consent=True gives a valid one, a dict overrides its fields."""
    from datetime import timedelta

    from django.utils import timezone

    from stories.models import Consent, PhotoPair, Story

    number = next(_numbers)
    relations = {key: fields.pop(key) for key in ["treatments", "specialists"] if key in fields}
    story = Story.objects.create(
        **{
            "title": f"Story {number}",
            "slug": f"story-{number}",
            "patient_display_name": "A. Sample",
            "summary": f"Summary of story {number}.",
            "body": "What happened.",
            "status": PublicationStatus.PUBLISHED,
        }
        | fields
    )
    for key, values in relations.items():
        getattr(story, key).set(values)
    if consent:
        today = timezone.localdate()
        Consent.objects.create(
            story=story,
            **{
                "signed_on": today - timedelta(days=30),
                "expires_on": today + timedelta(days=365),
                "covers_text": True,
                "covers_photos": True,
                "document_reference": "TEST-1",
            }
            | (consent if isinstance(consent, dict) else {}),
        )
    for position in range(photos):
        PhotoPair.objects.create(
            story=story, position=position,
            before_image=jpeg_upload(), before_alt="Before", before_label="Before surgery",
            after_image=jpeg_upload(color="navy"), after_alt="After", after_label="9 months after",
        )  # fmt: skip
    return story


def make_staff(username="staff", role=None, password=None):
    """A staff account, in one of the roles of clinic/roles.py when given."""
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(username, password=password, is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def _device_totp(device):
    from django_otp.oath import TOTP

    return TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)


def authenticator_code(device):
    """The code the staff member's authenticator app shows now.

    The site also takes the code of the step before (the device's tolerance is one step), so a
    code made just before a 30-second step ends still signs in just after it: no race with the
    clock, however slow the machine.
    """
    assert device.tolerance >= 1, "a code made at the end of a step would fail in the next"
    return f"{_device_totp(device).token():0{device.digits}d}"


def wrong_authenticator_code(device):
    """A code the site refuses now and for minutes either side (a fixed one such as 000000 is,
    now and then, the right one)."""
    totp, now = _device_totp(device), int(time.time())
    nearby = set()
    for steps in range(-10, 11):
        totp.time = now + steps * device.step
        nearby.add(totp.token())
    wrong = next(number for number in range(10**device.digits) if number not in nearby)
    return f"{wrong:0{device.digits}d}"
