"""Loads the program's content into an empty site; never overwrites what staff have edited."""

from clinic.models import PublicationStatus

from . import demo_content
from .models import Cause, Condition, Page, Treatment


def create_missing(model, fields, **extra):
    """Creates the page if its slug is new, published; returns (page, created)."""
    defaults = {k: v for k, v in fields.items() if k != "slug"}
    return model.objects.get_or_create(
        slug=fields["slug"], defaults=defaults | extra | {"status": PublicationStatus.PUBLISHED}
    )


def load_demo_content():
    created = 0
    condition, new = create_missing(Condition, demo_content.CONDITION)
    created += new
    for position, fields in enumerate(demo_content.CAUSES):
        created += create_missing(Cause, fields, condition=condition, position=position)[1]
    for position, fields in enumerate(demo_content.TREATMENTS):
        treatment, new = create_missing(Treatment, fields, position=position)
        if new:
            treatment.conditions.add(condition)
        created += new
    for position, fields in enumerate(demo_content.PAGES):
        created += create_missing(Page, fields, position=position)[1]
    return created
