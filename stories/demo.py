"""Loads the fictional sample stories with drawn illustrations; never overwrites edits."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from clinic.illustrations import face_illustration
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
        if Story.objects.filter(slug=fields["slug"]).exists():
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
                **pair,
            )
        created += 1
    return created
