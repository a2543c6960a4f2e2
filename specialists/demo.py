"""Loads the seed's surgeon and the fictional sample specialists (the files under
specialists/demo/); never overwrites edits.

specialists/<slug>.<language>.md holds one specialist, the biography below the front matter;
expertise.toml, languages.toml, locations.toml and synonyms.toml hold the short lists.
"""

import tomllib
from pathlib import Path

from django.core.files.base import ContentFile

from clinic.demo_files import (
    ENGLISH,
    TRANSLATIONS,
    fill_in_blanks,
    read_items,
    same_text,
    texts,
)
from clinic.illustrations import has_label_band, portrait
from clinic.models import PublicationStatus
from services.models import Cause, Condition, Treatment

from .models import Education, Expertise, Language, Location, Specialist, Synonym

DEMO = Path(__file__).resolve().parent / "demo"
LOCATION_TEXTS = ("name", "hours", "directions")


def read_list(name):
    with open(DEMO / f"{name}.toml", "rb") as file:
        return tomllib.load(file)


def demo_specialists():
    """[{language: fields}] of the demo specialists, in their position order; the text below
    the front matter is the biography."""
    return read_items(DEMO / "specialists", body_field="bio")


def columns(fields, names):
    """A list entry's texts by their column: name → name_en, name_es → name_es."""
    values = {}
    for name in names:
        values[f"{name}_{ENGLISH}"] = fields[name]
        for language in TRANSLATIONS:
            if f"{name}_{language}" in fields:
                values[f"{name}_{language}"] = fields[f"{name}_{language}"]
    return values


def facts(fields, names):
    """A list entry's other fields: the same in every language."""
    translated = {*names, *(f"{name}_{language}" for name in names for language in TRANSLATIONS)}
    return {key: value for key, value in fields.items() if key not in translated}


def translate_untouched(item, english_field, fields, names):
    """Fills the blank translations of a row loaded before they existed, while its English is
    still the demo's own (a translation of other words would be wrong); returns their names."""
    if not same_text(getattr(item, f"{english_field}_{ENGLISH}"), fields[english_field]):
        return []
    return fill_in_blanks(item, columns(fields, names))


def load_lists():
    """The expertise, languages, locations and synonyms, keyed as specialists' files name them."""
    created = 0
    expertise = {}
    for fields in read_list("expertise")["expertise"]:
        item, new = Expertise.objects.get_or_create(
            slug=fields["slug"], defaults=columns(fields, ["name"])
        )
        if not new and (blank := translate_untouched(item, "name", fields, ["name"])):
            item.save(update_fields=blank)
        expertise[fields["slug"]] = item
        created += new
    languages = {}
    for fields in read_list("languages")["language"]:
        item, new = Language.objects.get_or_create(
            name_en=fields["name"], defaults=columns(fields, ["name"])
        )
        if not new and (blank := fill_in_blanks(item, columns(fields, ["name"]))):
            item.save(update_fields=blank)
        languages[fields["name"]] = item
        created += new
    locations = {}
    for fields in read_list("locations")["location"]:
        location, new = Location.objects.get_or_create(
            slug=fields["slug"],
            defaults=facts(fields, LOCATION_TEXTS)
            | columns(fields, LOCATION_TEXTS)
            | {"is_sample": True},
        )
        if not new and location.street_address == fields["street_address"]:
            # Still the demo's made-up address: say so (loaded before addresses could be
            # marked), and add the texts written since.
            changed = translate_untouched(location, "name", fields, LOCATION_TEXTS)
            if not location.is_sample:
                location.is_sample = True
                changed.append("is_sample")
            if changed:
                location.save(update_fields=changed)
        locations[fields["slug"]] = location
        created += new
    for language, synonyms in read_list("synonyms").items():
        for fields in synonyms:
            created += Synonym.objects.get_or_create(
                language=language, phrase=fields["phrase"], defaults={"terms": fields["terms"]}
            )[1]
    return created, expertise, languages, locations


def load_demo_content():
    created, expertise, languages, locations = load_lists()
    new_specialists = 0
    for item in demo_specialists():
        fields = item[ENGLISH]
        variant = fields["position"]
        if existing := Specialist.objects.filter(slug=fields["slug"]).first():
            translate_specialist(existing, item)
            redraw_old_portrait(existing, variant)
            continue
        specialist = Specialist(
            slug=fields["slug"],
            name=fields["name"],
            credentials=fields["credentials"],
            board_certifications="\n".join(fields["board_certifications"]),
            accepts_new_patients=fields.get("accepts_new_patients"),
            offers_video_visits=fields.get("offers_video_visits"),
            is_sample=fields["is_sample"],
            status=PublicationStatus.PUBLISHED,
            **specialist_texts(item, photo=fields["portrait"]),
        )
        if fields["portrait"]:
            specialist.photo = drawn_portrait(specialist, variant)
        specialist.save()
        specialist.expertise.set(expertise[slug] for slug in fields["expertise"])
        specialist.conditions.set(Condition.objects.filter(slug__in=fields["conditions"]))
        specialist.causes.set(Cause.objects.filter(slug__in=fields["causes"]))
        specialist.treatments.set(Treatment.objects.filter(slug__in=fields["treatments"]))
        specialist.locations.set(locations[slug] for slug in fields["locations"])
        specialist.languages.set(languages[name] for name in fields["languages"])
        Education.objects.bulk_create(
            Education(specialist=specialist, **entry) for entry in education_entries(item)
        )
        new_specialists += 1
    # (Their search text is already current: the signals refresh it on every save and link.)
    return created + new_specialists


def specialist_texts(item, photo):
    """title_en, title_es, bio_en, … of a demo specialist; the photo's description with a photo."""
    return texts(item, ["title", "bio", *(["photo_alt"] if photo else [])])


def education_entries(item):
    """Education rows' fields; each translation lists the English details in their order."""
    entries = [dict(entry) for entry in item[ENGLISH].get("education", [])]
    for entry in entries:
        entry[f"detail_{ENGLISH}"] = entry.pop("detail")
    for language in TRANSLATIONS:
        details = item.get(language, {}).get("education_details", [])
        if details and len(details) != len(entries):
            raise ValueError(f"{item[ENGLISH]['slug']}.{language}: one detail per education entry")
        for entry, detail in zip(entries, details, strict=False):
            entry[f"detail_{language}"] = detail
    return entries


def translate_specialist(specialist, item):
    """A demo profile loaded before its translations gets them, while its English biography is
    still the demo's own; a translation staff wrote, or a rewritten profile, is left alone."""
    english = item[ENGLISH]
    if not same_text(specialist.bio_en, english["bio"]):
        return
    # The drawing's description, unless staff uploaded a photo and described it.
    demo_photo = same_text(specialist.photo_alt_en, english.get("photo_alt", ""))
    values = specialist_texts(item, photo=bool(specialist.photo) and demo_photo)
    if blank := fill_in_blanks(specialist, values):
        specialist.save(update_fields=blank)
    details = {entry[f"detail_{ENGLISH}"]: entry for entry in education_entries(item)}
    for education in specialist.education.all():
        entry = details.get(education.detail_en, {})
        translations = {
            f"detail_{language}": entry.get(f"detail_{language}") for language in TRANSLATIONS
        }
        if blank := fill_in_blanks(education, translations):
            education.save(update_fields=blank)


def drawn_portrait(specialist, variant):
    return ContentFile(portrait(variant), name=f"{specialist.slug}.jpg")


def redraw_old_portrait(specialist, variant):
    """An earlier demo portrait, with "Illustration" burned in, is drawn again without it.

    Only a sample profile's picture that still carries the old band is replaced: a photo staff
    uploaded never has it, and every other edit to the profile is left as it is.
    """
    if specialist.is_sample and specialist.photo and has_label_band(specialist.photo):
        specialist.photo = drawn_portrait(specialist, variant)
        specialist.save()
