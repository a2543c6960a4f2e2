"""Loads the fictional sample stories (the files under stories/demo/) with drawn illustrations;
never overwrites edits.

Every patient there is made up, and every "photo" is a cartoon drawn by
``clinic.illustrations.face_illustration``; the alt texts describe those drawings. No story is
about a real person, and none is linked to the seed's real surgeon. The stories do not say which
side of the face is weak, because the drawings put the droop on either side. The fourth story's
consent has been revoked: it must never appear on the site.
"""

from datetime import timedelta
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone

from clinic.demo_files import ENGLISH, TRANSLATIONS, fill_in_blanks, read_items, same_text, texts
from clinic.illustrations import face_illustration, has_label_band
from clinic.models import PublicationStatus
from services.models import Cause, Treatment
from specialists.models import Specialist

from .models import Consent, PhotoPair, Story
from .translation import PhotoPairTranslation, StoryTranslation

DEMO = Path(__file__).resolve().parent / "demo"


def demo_stories():
    """[{language: fields}] of stories/demo/stories/, in their illustrations' order."""
    return read_items(DEMO / "stories", order_by="illustration")


def drawing(variant, stage):
    # 960 px wide is plenty for a demo, and spares the largest rendition.
    return face_illustration(variant, stage, size=(960, 720))


def photo_pairs(item):
    """{language: texts} of each of the story's photo pairs, by position."""
    return [
        {language: fields["photo_pairs"][position] for language, fields in item.items()}
        for position in range(len(item[ENGLISH]["photo_pairs"]))
    ]


def load_demo_content():
    today = timezone.localdate()
    created = 0
    for item in demo_stories():
        fields, variant = item[ENGLISH], item[ENGLISH]["illustration"]
        if existing := Story.objects.filter(slug_en=fields["slug"]).first():
            redraw_old_drawings(existing, variant)
            fill_in_translations(existing, item)
            continue
        story = Story.objects.create(
            **texts(item, StoryTranslation.fields),
            patient_display_name=fields["patient_display_name"],
            cause=Cause.objects.filter(slug_en=fields["cause"]).first(),
            is_featured=fields["featured"],
            published_on=today - timedelta(days=fields["published_days_ago"]),
            status=PublicationStatus.PUBLISHED,
        )
        story.treatments.set(Treatment.objects.filter(slug_en__in=fields["treatments"]))
        story.specialists.set(Specialist.objects.filter(slug__in=fields["specialists"]))
        consent = fields["consent"]
        revoked = consent.get("revoked_days_ago")
        Consent.objects.create(
            story=story,
            signed_on=today - timedelta(days=consent["signed_days_ago"]),
            expires_on=today + timedelta(days=consent["expires_in_days"]),
            revoked_on=today - timedelta(days=revoked) if revoked is not None else None,
            covers_text=consent["covers_text"],
            covers_photos=consent["covers_photos"],
            document_reference=consent["document_reference"],
        )
        for position, pair in enumerate(photo_pairs(item)):
            PhotoPair.objects.create(
                story=story,
                position=position,
                before_image=ContentFile(drawing(variant, "before"), name="before.jpg"),
                after_image=ContentFile(drawing(variant, "after"), name="after.jpg"),
                is_illustration=True,
                **texts(pair, PhotoPairTranslation.fields),
            )
        created += 1
    return created


def redraw_old_drawings(story, variant):
    """Earlier demo drawings, with "Illustration" burned in, are drawn again without it.

    Only a pair whose pictures still carry the old band is replaced (and marked as drawings):
    photos staff uploaded never have it, and the story's text is left as it is.
    """
    for pair in story.photo_pairs.all():
        if has_label_band(pair.before_image) or has_label_band(pair.after_image):
            pair.before_image = ContentFile(drawing(variant, "before"), name="before.jpg")
            pair.after_image = ContentFile(drawing(variant, "after"), name="after.jpg")
            pair.is_illustration = True
            pair.save()


def fill_in_translations(story, item):
    """Fills a demo story's blank translations, and its photo pairs', while their English is
    still the demo's own; what staff wrote or rewrote is left alone."""
    if not same_text(story.body_en, item[ENGLISH]["body"]):
        return
    if blank := fill_in_blanks(story, texts(item, StoryTranslation.fields, TRANSLATIONS)):
        story.save(update_fields=[*blank, "updated_at"])
    pairs = {pair.position: pair for pair in story.photo_pairs.all()}
    for position, pair_item in enumerate(photo_pairs(item)):
        pair = pairs.get(position)
        english = texts(pair_item, PhotoPairTranslation.fields, [ENGLISH])
        if pair and all(getattr(pair, name) == text for name, text in english.items()):
            if blank := fill_in_blanks(
                pair, texts(pair_item, PhotoPairTranslation.fields, TRANSLATIONS)
            ):
                pair.save(update_fields=blank)
