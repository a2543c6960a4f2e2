"""Loads the seed's surgeon and the fictional sample specialists; never overwrites edits."""

from django.core.files.base import ContentFile

from clinic.illustrations import has_label_band, portrait
from clinic.models import PublicationStatus
from services.models import Cause, Condition, Treatment

from . import demo_content
from .models import Education, Expertise, Language, Location, Specialist, Synonym


def load_demo_content():
    created = 0
    expertise = {}
    for fields in demo_content.EXPERTISE:
        expertise[fields["slug"]], new = Expertise.objects.get_or_create(
            slug=fields["slug"], defaults={"name": fields["name"]}
        )
        created += new
    languages = {}
    for name in demo_content.LANGUAGES:
        languages[name], new = Language.objects.get_or_create(name=name)
        created += new
    locations = {}
    for fields in demo_content.LOCATIONS:
        defaults = {k: v for k, v in fields.items() if k != "slug"} | {"is_sample": True}
        location, new = Location.objects.get_or_create(slug=fields["slug"], defaults=defaults)
        # Loaded before addresses could be marked, and still the demo's made-up one: say so.
        if not (new or location.is_sample) and location.street_address == fields["street_address"]:
            location.is_sample = True
            location.save(update_fields=["is_sample"])
        locations[fields["slug"]] = location
        created += new
    for fields in demo_content.SYNONYMS:
        created += Synonym.objects.get_or_create(
            phrase=fields["phrase"], defaults={"terms": fields["terms"]}
        )[1]

    new_specialists = []
    for variant, fields in enumerate(demo_content.SPECIALISTS):
        if existing := Specialist.objects.filter(slug=fields["slug"]).first():
            redraw_old_portrait(existing, variant)
            continue
        specialist = Specialist(
            slug=fields["slug"],
            name=fields["name"],
            credentials=fields["credentials"],
            title=fields["title"],
            bio=fields["bio"],
            board_certifications="\n".join(fields["board_certifications"]),
            accepts_new_patients=fields["accepts_new_patients"],
            offers_video_visits=fields["offers_video_visits"],
            is_sample=fields["is_sample"],
            status=PublicationStatus.PUBLISHED,
        )
        if fields["portrait"]:
            specialist.photo = drawn_portrait(specialist, variant)
            specialist.photo_alt = f"Illustration standing in for a photo of {fields['name']}"
        specialist.save()
        specialist.expertise.set(expertise[slug] for slug in fields["expertise"])
        specialist.conditions.set(Condition.objects.filter(slug__in=fields["conditions"]))
        specialist.causes.set(Cause.objects.filter(slug__in=fields["causes"]))
        specialist.treatments.set(Treatment.objects.filter(slug__in=fields["treatments"]))
        specialist.locations.set(locations[slug] for slug in fields["locations"])
        specialist.languages.set(languages[name] for name in fields["languages"])
        Education.objects.bulk_create(
            Education(specialist=specialist, **entry) for entry in fields["education"]
        )
        new_specialists.append(specialist.pk)
    # (Their search text is already current: the signals refresh it on every save and link.)
    return created + len(new_specialists)


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
