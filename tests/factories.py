"""Plain functions that make published content with sensible defaults."""

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
