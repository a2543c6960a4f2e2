"""The face photos and short video a patient may send with a request (issue 15)."""

import io
import json
import subprocess
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.files.storage import InMemoryStorage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from PIL import ExifTags, Image, ImageCms

from appointments.models import AppointmentRequest, MediaAccess, PatientMedia
from clinic.roles import APPOINTMENT_COORDINATORS, CLINIC_MANAGERS, CONTENT_EDITORS
from tests.appointments.conftest import MEMORY, run_worker
from tests.factories import make_staff

pytestmark = pytest.mark.django_db
URL = "/appointments/request/"
TOKEN = "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a11"  # form_data's


def gps_exif():
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone camera"
    exif[ExifTags.Base.Orientation] = 6  # stored on its side: the copy must stand upright
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (41.0, 15.0, 30.0)
    return exif


def image_upload(image_format, name, size=(300, 200), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, image_format, **save_options)
    return SimpleUploadedFile(name, buffer.getvalue())


def embedded_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


UPLOADS = {
    "JPEG with GPS": lambda: image_upload(
        "JPEG",
        "IMG_0001.jpg",
        exif=gps_exif(),
        comment=b"home address",
        icc_profile=embedded_profile(),
    ),
    "PNG with text": lambda: image_upload("PNG", "face.png", pnginfo=png_text()),
    "WebP with EXIF and XMP": lambda: image_upload(
        "WEBP", "face.webp", exif=gps_exif(), xmp=b"<x:xmpmeta>Clinic visit</x:xmpmeta>"
    ),
    "HEIC with EXIF": lambda: image_upload("HEIF", "IMG_0002.HEIC", exif=gps_exif()),
}


def png_text():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Siobhán O’Brien")
    info.add_text("GPS", "41.25, -95.93")
    return info


def video_upload(name="clip.mov", seconds=2, container="mov", codec="mpeg4"):
    """A small generated clip carrying a title, a creation date and a location."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        make_video(path, seconds, container, codec)
        return SimpleUploadedFile(name, path.read_bytes())


def make_video(path, seconds, container, codec):
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi",
         "-i", f"testsrc=duration={seconds}:size=64x48:rate=5",
         "-c:v", codec, "-metadata", "title=Siobhán at home", "-metadata",
         "location=+41.2565-095.9345/", "-metadata", "creation_time=2026-11-01T10:00:00Z",
         "-f", container, str(path)],
        capture_output=True, check=True,
    )  # fmt: skip


def send(client, data, **files):
    return client.post(URL, {**data, **files})


def pending():
    return PatientMedia.objects.filter(request=None)


def stored_bytes(media):
    with storages["patient_media"].open(media.file.name) as file:
        return file.read()


@pytest.mark.parametrize("kind", UPLOADS)
def test_each_accepted_format_is_stored_upright_without_any_metadata(client, form_data, kind):
    response = send(client, form_data, photo_big_smile=UPLOADS[kind]())
    assert response.status_code == 302
    media = AppointmentRequest.objects.get().media.get()
    assert media.slot == "big_smile" and media.file.name.startswith("requests/")
    data = stored_bytes(media)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format in {"JPEG", "PNG", "WEBP"}  # HEIC becomes a JPEG browsers show
        assert not image.getexif()
        assert not {"exif", "icc_profile", "xmp", "comment", "Author", "GPS"} & set(image.info)
        if "GPS" in kind:
            assert image.size == (200, 300)  # turned upright by its orientation tag
    for trace in [b"Exif", b"GPS", b"xmpmeta", b"home address", b"Phone camera", b"Clinic visit",
                  "O’Brien".encode(), b"41.25"]:  # fmt: skip
        assert trace not in data, trace
    assert media.content_type == {"PNG": "image/png", "WebP": "image/webp"}.get(
        kind.split()[0], "image/jpeg"
    )


REFUSALS = {
    "a text file named .jpg": (
        lambda: SimpleUploadedFile("face.jpg", b"just some text, not a photo"),
        "not a JPEG, PNG, WebP or HEIC photo",
    ),
    "a truncated JPEG": (
        lambda: SimpleUploadedFile("face.jpg", image_upload("JPEG", "x.jpg").read()[:400]),
        "damaged or incomplete",
    ),
    "a decompression bomb": (
        lambda: image_upload("PNG", "bomb.png", size=(9000, 9000)),
        "too large to process",
    ),
    "an oversized file": (
        lambda: image_upload("PNG", "big.png", size=(1200, 1200)),  # over the 5 KB set below
        "Please choose one smaller than",
    ),
}


@pytest.mark.parametrize("refusal", REFUSALS)
def test_a_refused_photo_gets_its_own_message_and_everything_else_stays(
    client, form_data, settings, refusal
):
    settings.IMAGE_MAX_PIXELS = 50_000_000
    if refusal == "an oversized file":
        settings.IMAGE_MAX_UPLOAD_BYTES = 5_000
    make_file, message = REFUSALS[refusal]
    response = send(
        client, form_data, photo_rest=image_upload("JPEG", "rest.jpg"), photo_big_smile=make_file()
    )
    assert response.status_code == 200 and not AppointmentRequest.objects.exists()
    content = response.content.decode()
    assert message in content
    assert 'href="#id_photo_big_smile"' in content  # in the summary, linked to its input
    assert 'aria-describedby="id_photo_big_smile_helptext id_photo_big_smile_error"' in content
    assert 'value="Siobhán O’Brien"' in content and "My left eye will not close" in content
    # The accepted photo is kept, and said to be: the patient need not choose it again.
    assert list(pending().values_list("slot", flat=True)) == ["rest"]
    assert "Photo added" in content and 'name="remove_rest"' in content
    # Sent again without the refused file: the request takes the photo kept.
    assert send(client, form_data).status_code == 302
    assert list(AppointmentRequest.objects.get().media.values_list("slot", flat=True)) == ["rest"]


def test_a_decompression_bomb_is_refused_from_its_header_before_decoding(client, form_data):
    # 40 million pixels is the limit; a 9,000 × 9,000 PNG (81 million) is never expanded.
    response = send(client, form_data, photo_rest=image_upload("PNG", "bomb.png", (9000, 9000)))
    assert "too large to process" in response.content.decode() and not PatientMedia.objects.exists()


def test_a_kept_photo_can_be_removed_or_replaced(
    client, form_data, django_capture_on_commit_callbacks
):
    incomplete = form_data | {"patient_name": ""}
    storage = storages["patient_media"]
    with django_capture_on_commit_callbacks(execute=True):
        send(client, incomplete, photo_rest=image_upload("JPEG", "a.jpg"))
        first = pending().get()
        send(client, incomplete, photo_rest=image_upload("PNG", "b.png"))
    replaced = pending().get()
    assert replaced.content_type == "image/png"
    assert not storage.exists(first.file.name)  # the old file went with it
    with django_capture_on_commit_callbacks(execute=True):
        send(client, incomplete | {"remove_rest": "on"})
    assert not pending().exists() and not storage.exists(replaced.file.name)


def test_a_video_is_kept_without_metadata_and_a_long_or_false_one_is_refused(
    client, form_data, settings
):
    settings.VIDEO_MAX_SECONDS = 3
    refused = send(
        client, form_data,
        photo_video=video_upload(seconds=5), photo_rest=SimpleUploadedFile("x.jpg", b"\xff\xd8"),
    )  # fmt: skip
    content = refused.content.decode()
    assert "This video is 5 seconds long. Please send one of 3 seconds or less." in content
    assert 'value="Siobhán O’Brien"' in content and not PatientMedia.objects.exists()
    not_a_video = send(client, form_data, photo_video=SimpleUploadedFile("clip.mp4", b"\x00" * 999))
    assert "not an MP4, MOV or WebM video" in not_a_video.content.decode()

    assert send(client, form_data, photo_video=video_upload()).status_code == 302
    media = AppointmentRequest.objects.get().media.get()
    assert media.slot == "video" and media.content_type == "video/mp4"
    path = storages["patient_media"].path(media.file.name)
    report = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
        capture_output=True, check=True,
    ).stdout)  # fmt: skip
    tags = report["format"].get("tags", {}) | {
        key: value for stream in report["streams"] for key, value in stream.get("tags", {}).items()
    }
    assert not {"title", "location", "creation_time", "com.apple.quicktime.location.ISO6709"} & set(
        tags
    ), tags
    data = stored_bytes(media)
    assert b"+41.2565" not in data and "Siobhán".encode() not in data
    assert float(report["format"]["duration"]) == pytest.approx(2, abs=0.5)


def test_a_webm_video_stays_webm(client, form_data):
    upload = video_upload("clip.webm", container="webm", codec="libvpx")
    assert send(client, form_data, photo_video=upload).status_code == 302
    assert AppointmentRequest.objects.get().media.get().content_type == "video/webm"


def test_uploads_from_one_client_are_limited_in_number_and_bytes(client, form_data, settings):
    settings.APPOINTMENT_UPLOAD_FILES_PER_CLIENT = 2
    incomplete = form_data | {"patient_name": ""}
    send(client, incomplete, photo_rest=image_upload("JPEG", "a.jpg"),
         photo_big_smile=image_upload("JPEG", "b.jpg"))  # fmt: skip
    response = send(client, incomplete, photo_lips_puckered=image_upload("JPEG", "c.jpg"))
    assert "We cannot take more files from this network right now" in response.content.decode()
    assert sorted(pending().values_list("slot", flat=True)) == ["big_smile", "rest"]

    settings.APPOINTMENT_UPLOAD_FILES_PER_CLIENT = 100
    settings.APPOINTMENT_UPLOAD_BYTES_PER_CLIENT = 1  # every byte counted is over
    other = Client(REMOTE_ADDR="192.0.2.7")
    response = send(other, incomplete, photo_rest=image_upload("JPEG", "a.jpg"))
    assert "We cannot take more files" in response.content.decode()


def test_a_client_over_the_forms_limit_sends_no_more_files(client, form_data, settings):
    settings.APPOINTMENT_RATE_LIMIT = 1
    send(client, form_data)  # the one request allowed
    another_form = form_data | {"submission_token": "1b6f2a5e-8f0e-4b1c-9a43-6a2b1c0e9d22"}
    response = send(client, another_form, photo_rest=image_upload("JPEG", "a.jpg"))
    assert response.status_code == 429 and not pending().exists()


def test_a_double_click_with_photos_stores_one_request_with_its_photos_once(client, form_data):
    send(client, form_data, photo_rest=image_upload("JPEG", "a.jpg"))
    send(client, form_data)
    request = AppointmentRequest.objects.get()
    assert request.media.count() == 1


# Committed for real: the worker's own connection handling needs it (as test_email_language's).
@pytest.mark.django_db(transaction=True)
def test_the_clinic_email_counts_the_photos_and_carries_no_link_to_them(
    client, form_data, settings
):
    settings.MAILERS = MEMORY
    send(client, form_data, photo_rest=image_upload("JPEG", "a.jpg"),
         photo_big_smile=image_upload("JPEG", "b.jpg"), photo_video=video_upload())  # fmt: skip
    run_worker()
    clinic = next(m for m in mail.outbox if m.to == [settings.APPOINTMENT_NOTIFY_EMAIL])
    html = clinic.alternatives[0].content
    for body in [clinic.body, html]:
        assert "2 photos of the face attached. A short video attached." in body
        assert "/media/" not in body and "requests/" not in body
    media_ids = PatientMedia.objects.values_list("pk", flat=True)
    assert not any(f"media/{pk}/" in clinic.body + html for pk in media_ids)


@pytest.fixture
def sent_with_photos(client, form_data):
    send(client, form_data, photo_rest=image_upload("JPEG", "a.jpg"), photo_video=video_upload())
    return AppointmentRequest.objects.get()


def media_url(media):
    return f"/admin/appointments/appointmentrequest/media/{media.pk}/"


def test_only_staff_allowed_see_a_patients_photo_and_each_look_is_logged(sent_with_photos):
    photo = sent_with_photos.media.get(slot="rest")
    anonymous = Client().get(media_url(photo))
    editor = Client()
    editor.force_login(make_staff("editor", CONTENT_EDITORS))
    assert anonymous.status_code == 404 and editor.get(media_url(photo)).status_code == 404
    assert not MediaAccess.objects.exists()

    coordinator = make_staff("coordinator", APPOINTMENT_COORDINATORS)
    staff = Client()
    staff.force_login(coordinator)
    response = staff.get(media_url(photo))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == stored_bytes(photo)
    access = MediaAccess.objects.get()
    assert (access.user, access.request, access.reference, access.slot) == (
        coordinator,
        sent_with_photos,
        sent_with_photos.reference,
        "rest",
    )
    # A pending upload (no request yet) is nobody's to look at.
    pending_upload = PatientMedia.objects.create(
        submission_token=TOKEN, slot="rest", file="requests/x.jpg", content_type="image/jpeg",
        size=1,
    )  # fmt: skip
    assert staff.get(media_url(pending_upload)).status_code == 404


def test_the_request_page_shows_the_photos_in_order_and_the_video(sent_with_photos):
    staff = Client()
    staff.force_login(make_staff("coordinator", APPOINTMENT_COORDINATORS))
    url = f"/admin/appointments/appointmentrequest/{sent_with_photos.pk}/change/"
    content = staff.get(url).content.decode()
    photo, video = (sent_with_photos.media.get(slot=slot) for slot in ["rest", "video"])
    assert f'<img src="{media_url(photo)}" alt="Photo: Face at rest"' in content
    assert f'<video src="{media_url(video)}" controls preload="none">' in content
    assert content.index(media_url(photo)) < content.index(media_url(video))
    assert not MediaAccess.objects.exists()  # the page itself is not a look at the photos


def test_managers_read_the_access_log_and_nobody_edits_it(sent_with_photos):
    coordinator = Client()
    coordinator.force_login(make_staff("coordinator", APPOINTMENT_COORDINATORS))
    coordinator.get(media_url(sent_with_photos.media.get(slot="rest")))
    log = "/admin/appointments/mediaaccess/"
    assert coordinator.get(log).status_code == 403
    manager = Client()
    manager.force_login(make_staff("manager", CLINIC_MANAGERS))
    content = manager.get(log).content.decode()
    assert sent_with_photos.reference in content and "coordinator" in content
    access = MediaAccess.objects.get()
    assert manager.post(f"{log}{access.pk}/delete/", {"post": "yes"}).status_code == 403


def test_deleting_or_purging_a_request_deletes_its_files(
    sent_with_photos, django_capture_on_commit_callbacks
):
    storage = storages["patient_media"]
    names = [media.file.name for media in sent_with_photos.media.all()]
    assert len(names) == 2 and all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        sent_with_photos.set_status(AppointmentRequest.Status.CLOSED)
        sent_with_photos.save()
        AppointmentRequest.objects.filter(pk=sent_with_photos.pk).update(
            closed_at=timezone.now() - timedelta(days=400)
        )
        call_command("purge_appointment_requests", stdout=io.StringIO())
    assert not AppointmentRequest.objects.exists() and not PatientMedia.objects.exists()
    assert not any(storage.exists(name) for name in names)
    assert not any(path.is_file() for path in storage.base_location.rglob("*"))


def test_deleting_a_request_deletes_its_files_through_the_storage_api(
    client, form_data, monkeypatch, django_capture_on_commit_callbacks
):
    # Object storage (S3) has no folders to look in: only its API says a file is gone.
    storage = InMemoryStorage()
    monkeypatch.setattr(PatientMedia._meta.get_field("file"), "storage", storage)
    send(client, form_data, photo_rest=image_upload("JPEG", "a.jpg"))
    request = AppointmentRequest.objects.get()
    name = request.media.get().file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        request.delete()
    assert not storage.exists(name)


def test_uploads_of_forms_never_sent_are_cleared_after_a_day(
    client, form_data, django_capture_on_commit_callbacks
):
    with time_machine.travel(timezone.now() - timedelta(hours=25), tick=False):
        send(client, form_data | {"patient_name": ""}, photo_rest=image_upload("JPEG", "a.jpg"))
    another_form = {"patient_name": "", "submission_token": "5c0b0c1e-52a3-4a6e-8b1b-2f0f3d5f7a10"}
    send(Client(), form_data | another_form, photo_rest=image_upload("JPEG", "b.jpg"))
    old, recent = pending().order_by("uploaded_at")
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("clear_abandoned_uploads", stdout=out)
    assert "Deleted 1 upload(s)" in out.getvalue()
    assert list(pending()) == [recent] and not storages["patient_media"].exists(old.file.name)


def test_photos_are_never_stored_where_the_web_server_serves_files(client, form_data, settings):
    send(client, form_data, photo_rest=image_upload("JPEG", "a.jpg"))
    media = PatientMedia.objects.get()
    assert (
        storages["patient_media"].path(media.file.name).startswith(str(settings.PRIVATE_MEDIA_ROOT))
    )
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))
    assert client.get(f"/media/{media.file.name}").status_code == 404


def test_the_photo_setting_chooses_the_expressions_asked_for(client, settings):
    settings.APPOINTMENT_PHOTO_EXPRESSIONS = ["big_smile", "rest"]
    content = client.get(URL).content.decode()
    assert content.index('name="photo_big_smile"') < content.index('name="photo_rest"')
    assert 'name="photo_lips_puckered"' not in content
    settings.APPOINTMENT_PHOTO_EXPRESSIONS = ["none"]
    settings.APPOINTMENT_VIDEO = False
    assert 'type="file"' not in client.get(URL).content.decode()


def test_an_unknown_expression_in_the_setting_stops_the_checks(settings):
    from django.core.checks import run_checks

    settings.APPOINTMENT_PHOTO_EXPRESSIONS = ["rest", "wink"]
    assert [error.id for error in run_checks()] == ["appointments.E001"]


def test_the_error_summary_lists_a_photo_where_the_page_has_it(client, form_data):
    del form_data["consent_to_contact"]  # the one question after the photos
    content = send(
        client, form_data | {"patient_name": ""}, photo_rest=SimpleUploadedFile("a.jpg", b"no")
    ).content.decode()
    start = content.index('class="error-summary"')
    summary = content[start : content.index("</ul>", start)]
    order = ['href="#id_patient_name"', 'href="#id_photo_rest"', 'href="#id_consent_to_contact"']
    assert sorted(order, key=summary.index) == order


def test_a_double_clicks_other_sending_keeping_the_same_photo_meanwhile_is_no_error(
    client, form_data, monkeypatch, django_capture_on_commit_callbacks
):
    """The other sending keeps its file between this one's clearing the slot and saving."""
    from appointments import actions

    real_save, raced = PatientMedia.save, []

    def save_after_the_other_sending(media, *args, **kwargs):
        if not raced:
            raced.append(media)
            raced[0] = PatientMedia.objects.create(
                submission_token=media.submission_token, slot=media.slot, file="requests/o.jpg",
                content_type="image/jpeg", size=1,
            )  # fmt: skip
        return real_save(media, *args, **kwargs)

    monkeypatch.setattr(actions.PatientMedia, "save", save_after_the_other_sending)
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, form_data, photo_rest=image_upload("JPEG", "a.jpg"))
    assert response.status_code == 302
    kept = AppointmentRequest.objects.get().media.get()
    assert kept.file.name != "requests/o.jpg" and storages["patient_media"].exists(kept.file.name)


def test_a_photo_sent_with_a_specialist_look_up_is_kept(client, form_data):
    response = send(
        client, form_data | {"specialist_name": "Example", "find_specialist": "Find"},
        photo_rest=image_upload("JPEG", "a.jpg"),
    )  # fmt: skip
    assert response.status_code == 200 and not AppointmentRequest.objects.exists()
    assert "Photo added" in response.content.decode()
    assert send(client, form_data).status_code == 302
    assert AppointmentRequest.objects.get().media.get().slot == "rest"
