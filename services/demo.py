"""Loads the program's content into an empty site; never overwrites what staff have edited."""

from clinic.models import PublicationStatus

from . import demo_content
from .models import Cause, Condition, Page, Treatment

# Fields added after the demo was first loaded: filled in on pages loaded before them.
LATER_FIELDS = ("in_short", "used_for", "duration", "recovery")


def words(text):
    return " ".join(text.split())


def fill_in_later_fields(page, fields):
    """Fills this demo page's blank later fields, while its text is still the demo's own
    (what they say is drawn from that text); a field staff filled in, or a page they rewrote,
    is left alone."""
    if words(page.body) != words(fields["body"]):
        return
    blank = [name for name in LATER_FIELDS if fields.get(name) and not getattr(page, name)]
    for name in blank:
        setattr(page, name, fields[name])
    if blank:
        page.save(update_fields=[*blank, "updated_at"])


def create_missing(model, fields, **extra):
    """Creates the page if its slug is new, published; returns (page, created)."""
    defaults = {k: v for k, v in fields.items() if k != "slug"}
    page, created = model.objects.get_or_create(
        slug=fields["slug"], defaults=defaults | extra | {"status": PublicationStatus.PUBLISHED}
    )
    if not created:
        fill_in_later_fields(page, fields)
    return page, created


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
