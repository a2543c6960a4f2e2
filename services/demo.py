"""Loads the program's content (the files under services/demo/) into an empty site; never
overwrites what staff have edited."""

from pathlib import Path

from modeltranslation.translator import translator

from clinic.demo_files import ENGLISH, TRANSLATIONS, fill_in_blanks, read_items, same_text, texts
from clinic.models import PublicationStatus

from .models import Cause, Condition, Page, Treatment

DEMO = Path(__file__).resolve().parent / "demo"

# Fields added after the demo was first loaded: filled in on pages loaded before them.
LATER_FIELDS = ("in_short", "used_for", "duration", "recovery")
# Front matter that names other pages rather than holding a field's value.
RELATIONS = ("condition", "conditions")


def demo_items(folder):
    """[{language: fields}] of services/demo/<folder>/, in their position order."""
    return read_items(DEMO / folder)


def translated(model):
    return translator.get_options_for_model(model).fields


def page_fields(model, item):
    """A new page's fields: the English file's facts and every language's texts."""
    facts = {
        name: value
        for name, value in item[ENGLISH].items()
        if name not in translated(model) and name not in RELATIONS
    }
    return facts | texts(item, translated(model))


def fill_in_later_fields(page, item):
    """Fills this demo page's blank later fields and translations, while its English text is
    still the demo's own (what they say is drawn from that text); a field staff filled in, or a
    page they rewrote, is left alone."""
    if not same_text(page.body_en, item[ENGLISH]["body"]):
        return
    values = texts(item, LATER_FIELDS, [ENGLISH]) | texts(
        item, translated(type(page)), TRANSLATIONS
    )
    if blank := fill_in_blanks(page, values):
        page.save(update_fields=[*blank, "updated_at"])


def create_missing(model, item, **extra):
    """Creates the page if its English slug is new, published; returns (page, created)."""
    page, created = model.objects.get_or_create(
        slug_en=item[ENGLISH]["slug"],
        defaults=page_fields(model, item) | extra | {"status": PublicationStatus.PUBLISHED},
    )
    if not created:
        fill_in_later_fields(page, item)
    return page, created


def load_demo_content():
    created = 0
    conditions = {}
    for item in demo_items("conditions"):
        conditions[item[ENGLISH]["slug"]], new = create_missing(Condition, item)
        created += new
    for item in demo_items("causes"):
        condition = conditions[item[ENGLISH]["condition"]]
        created += create_missing(Cause, item, condition=condition)[1]
    for item in demo_items("treatments"):
        treatment, new = create_missing(Treatment, item)
        if new:
            treatment.conditions.set(conditions[slug] for slug in item[ENGLISH]["conditions"])
        created += new
    for item in demo_items("pages"):
        created += create_missing(Page, item)[1]
    return created
