"""Photos uploaded by staff in the admin: cleaned, or refused with a clear message."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from clinic.images import RENDITION_FORMATS, rendition_name, rendition_source, rendition_widths
from stories.models import PhotoPair, story_photo_storage
from tests.clinic.test_images import photo_with_gps, png_claiming
from tests.factories import jpeg_upload, make_story

pytestmark = pytest.mark.django_db


def inline_data(story, **pair):
    consent = story.consent
    return {
        "title_en": story.title, "slug_en": story.slug, "patient_display_name": "M. R.",
        "summary_en": "S", "body_en": "B", "status": "published", "published_on": "2026-01-01",
        "consent-TOTAL_FORMS": "1", "consent-INITIAL_FORMS": "1",
        "consent-0-id": consent.pk, "consent-0-story": story.pk,
        "consent-0-signed_on": consent.signed_on, "consent-0-expires_on": consent.expires_on,
        "consent-0-covers_text": "on", "consent-0-covers_photos": "on",
        "consent-0-document_reference": "REF",
        "photo_pairs-TOTAL_FORMS": "1", "photo_pairs-INITIAL_FORMS": "0",
        "photo_pairs-0-before_alt_en": "Before", "photo_pairs-0-before_label_en": "Before surgery",
        "photo_pairs-0-after_alt_en": "After", "photo_pairs-0-after_label_en": "After",
        "photo_pairs-0-position": "0",
    } | {f"photo_pairs-0-{key}": value for key, value in pair.items()}  # fmt: skip


def post(admin_client, story, **pair):
    return admin_client.post(f"/admin/stories/story/{story.pk}/change/", inline_data(story, **pair))


def test_an_uploaded_photo_keeps_no_metadata_in_any_stored_file(admin_client):
    story = make_story()
    response = post(admin_client, story, before_image=photo_with_gps(), after_image=jpeg_upload())
    assert response.status_code == 302, response.content.decode()[:2000]
    pair = PhotoPair.objects.get()
    storage = story_photo_storage()
    name = pair.before_image.name
    names = [name] + [rendition_name(name, w, ext) for w in rendition_widths(pair.before_width)
                      for ext in ("jpg", "webp")]  # fmt: skip
    for stored in names:
        with storage.open(stored) as file:
            data = file.read()
        assert not Image.open(io.BytesIO(data)).getexif(), stored
        assert b"Exif" not in data, stored


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_every_rendition_made_from_an_upload_is_served_by_the_photo_view(client, image_format):
    buffer = io.BytesIO()
    Image.new("RGB", (1000, 700), "teal").save(buffer, image_format)
    upload = SimpleUploadedFile(f"Face.{image_format}", buffer.getvalue())
    pair = make_story(photos=1).photo_pairs.get()
    pair.after_image = upload
    pair.save()
    storage, original = story_photo_storage(), pair.after_image.name  # named by the model
    assert client.get(storage.url(original)).status_code == 404  # only renditions are linked
    renditions = [rendition_name(original, width, extension)
                  for width in rendition_widths(pair.after_width)
                  for extension in RENDITION_FORMATS]  # fmt: skip
    assert len(renditions) == 8
    for name in renditions:
        assert rendition_source(name) == original
        response = client.get(storage.url(name))
        assert response.status_code == 200, name
        with storage.open(name) as stored:
            assert b"".join(response.streaming_content) == stored.read()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("face.jpg", b"hello, not a photo", "image/jpeg"),
            "not a JPEG, PNG, WebP or HEIC",
        ),
        (png_claiming(30_000, 30_000), "too many pixels"),
    ],
    ids=["text-named-jpg", "decompression-bomb"],
)
def test_a_bad_upload_is_refused_with_a_clear_message(admin_client, upload, message):
    story = make_story()
    response = post(admin_client, story, before_image=upload, after_image=jpeg_upload())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PhotoPair.objects.exists()


def test_an_oversized_upload_is_refused(admin_client, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 5_000
    story = make_story()
    big = jpeg_upload(size=(1600, 1200))
    response = post(admin_client, story, before_image=big, after_image=jpeg_upload(size=(10, 10)))
    assert response.status_code == 200
    assert "Please choose one smaller than" in response.content.decode()


def test_the_admin_says_why_a_story_is_hidden(admin_client):
    from django.utils import timezone

    # The site's day (TIME_ZONE), not the machine's: in the evening in Omaha, UTC is tomorrow.
    make_story(title="Withdrawn one", consent={"revoked_on": timezone.localdate()})
    content = admin_client.get("/admin/stories/story/").content.decode()
    assert "Hidden: Consent revoked on" in content


def test_the_admin_records_who_entered_the_consent(admin_client, admin_user):
    story = make_story(consent=False)
    response = admin_client.post(
        f"/admin/stories/story/{story.pk}/change/",
        {
            "title_en": story.title, "slug_en": story.slug, "patient_display_name": "M. R.",
            "summary_en": "S", "body_en": "B", "status": "published", "published_on": "2026-01-01",
            "consent-TOTAL_FORMS": "1", "consent-INITIAL_FORMS": "0",
            "consent-0-signed_on": "2026-01-01", "consent-0-expires_on": "2027-01-01",
            "consent-0-covers_text": "on", "consent-0-document_reference": "REF-9",
            "photo_pairs-TOTAL_FORMS": "0", "photo_pairs-INITIAL_FORMS": "0",
        },
    )  # fmt: skip
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.consent.recorded_by == admin_user
