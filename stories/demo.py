"""Loads the fictional sample stories with drawn illustrations; never overwrites edits."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from clinic.illustrations import face_illustration, has_label_band
from clinic.models import PublicationStatus
from services.models import Cause, Treatment
from specialists.models import Specialist

from . import demo_content
from .models import Consent, PhotoPair, Story


def drawing(variant, stage):
    # 960 px wide is plenty for a demo, and spares the largest rendition.
    return face_illustration(variant, stage, size=(960, 720))


def load_demo_content():

    today = timezone.localdate()
    created = 0
    for variant, fields in enumerate(demo_content.STORIES):
        if existing := Story.objects.filter(slug=fields["slug"]).first():
            redraw_old_drawings(existing, variant)
            continue
        story = Story.objects.create(
            slug=fields["slug"],
            title=fields["title"],
            patient_display_name=fields["patient_display_name"],
            summary=fields["summary"],
            body=fields["body"],
            cause=Cause.objects.filter(slug=fields["cause"]).first(),
            is_featured=fields["featured"],
            published_on=today - timedelta(days=fields["published_days_ago"]),
            status=PublicationStatus.PUBLISHED,
        )
        story.treatments.set(Treatment.objects.filter(slug__in=fields["treatments"]))
        story.specialists.set(Specialist.objects.filter(slug__in=fields["specialists"]))
        consent = fields["consent"]
        revoked = consent["revoked_days_ago"]
        Consent.objects.create(
            story=story,
            signed_on=today - timedelta(days=consent["signed_days_ago"]),
            expires_on=today + timedelta(days=consent["expires_in_days"]),
            revoked_on=today - timedelta(days=revoked) if revoked is not None else None,
            covers_text=consent["covers_text"],
            covers_photos=consent["covers_photos"],
            document_reference=consent["document_reference"],
        )
        for position, pair in enumerate(fields["photo_pairs"]):
            PhotoPair.objects.create(
                story=story,
                position=position,
                before_image=ContentFile(drawing(variant, "before"), name="before.jpg"),
                after_image=ContentFile(drawing(variant, "after"), name="after.jpg"),
                is_illustration=True,
                **pair,
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
