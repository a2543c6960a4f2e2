import io
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from clinic.images import (
    ACCEPTED_FORMATS,
    RENDITION_FORMATS,
    RENDITION_WIDTHS,
    random_name,
    rendition_name,
    rendition_source,
    rendition_widths,
    responsive_sources,
)
from specialists.models import Specialist
from tests.factories import make_specialist

pytestmark = pytest.mark.django_db


def photo_with_gps(size=(1200, 800), orientation=1):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone camera"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (41.0, 15.0, 30.0)
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "JPEG", exif=exif, comment=b"secret note")
    return SimpleUploadedFile("IMG_0001.jpg", buffer.getvalue(), content_type="image/jpeg")


def png_claiming(width, height):
    """A tiny PNG whose header claims a huge image: a decompression bomb in miniature."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    body += chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + chunk(b"IEND", b"")
    return SimpleUploadedFile("bomb.png", body, content_type="image/png")


def stored_files(specialist):
    name, width = specialist.photo.name, specialist.photo_width
    renditions = [
        rendition_name(name, w, ext) for w in rendition_widths(width) for ext in ("webp", "jpg")
    ]
    return [name, *renditions]


def test_every_stored_file_has_no_metadata_at_all():
    specialist = make_specialist(photo=photo_with_gps(), photo_alt="A photo")
    for name in stored_files(specialist):
        with default_storage.open(name) as stored:
            data = stored.read()
        image = Image.open(io.BytesIO(data))
        assert not image.getexif(), name
        assert b"Exif" not in data and b"secret note" not in data, name
        assert "comment" not in image.info and "xmp" not in image.info, name


def test_the_camera_orientation_is_applied_before_it_is_stripped():
    specialist = make_specialist(
        photo=photo_with_gps(size=(300, 200), orientation=6), photo_alt="x"
    )
    assert (specialist.photo_width, specialist.photo_height) == (200, 300)


def test_renditions_come_in_webp_and_jpeg_at_each_width_up_to_the_original():
    specialist = make_specialist(photo=photo_with_gps(size=(1200, 800)), photo_alt="x")
    for name in stored_files(specialist):
        assert default_storage.exists(name), name
    assert not default_storage.exists(rendition_name(specialist.photo.name, 1600, "webp"))
    sources = responsive_sources(specialist.photo)
    assert sources["width"] == 1200 and sources["height"] == 800
    assert sources["webp_srcset"].endswith("-1200w.webp 1200w")


def test_a_photos_addresses_are_worked_out_once_not_on_every_card(monkeypatch):
    specialist = make_specialist(photo=photo_with_gps(), photo_alt="x")
    first = responsive_sources(specialist.photo)
    asked = []
    monkeypatch.setattr(type(storages["default"]), "url", lambda _, name: asked.append(name))
    assert responsive_sources(Specialist.objects.get(pk=specialist.pk).photo) == first
    assert asked == []


def test_signed_addresses_are_never_reused(monkeypatch):
    specialist = make_specialist(photo=photo_with_gps(), photo_alt="x")
    responsive_sources(specialist.photo)
    storage = storages["default"]
    monkeypatch.setattr(storage, "querystring_auth", True, raising=False)
    monkeypatch.setattr(type(storage), "url", lambda _, name: f"{name}?signature=new")
    assert "?signature=new" in responsive_sources(specialist.photo)["src"]


def test_a_replaced_photo_takes_its_renditions_with_it(django_capture_on_commit_callbacks):
    specialist = make_specialist(photo=photo_with_gps(), photo_alt="x")
    old_files = stored_files(specialist)
    with django_capture_on_commit_callbacks(execute=True):
        specialist.photo = photo_with_gps(size=(600, 400))
        specialist.save()
    assert not any(default_storage.exists(name) for name in old_files)
    assert all(default_storage.exists(name) for name in stored_files(specialist))


def test_a_deleted_specialist_takes_its_photo_files_with_it(django_capture_on_commit_callbacks):
    specialist = make_specialist(photo=photo_with_gps(), photo_alt="x")
    files = stored_files(specialist)
    with django_capture_on_commit_callbacks(execute=True):
        specialist.delete()
    assert not any(default_storage.exists(name) for name in files)


def refusal(upload):
    """The error a member of staff sees when uploading this file in the admin."""
    with pytest.raises(ValidationError) as error:
        Specialist._meta.get_field("photo").formfield().clean(upload)
    return error.value.error_list[0]


def test_a_text_file_named_jpg_is_refused():
    upload = SimpleUploadedFile("photo.jpg", b"just some text, not an image", "image/jpeg")
    assert refusal(upload).code == "not_an_image"


def test_a_gif_is_refused_by_its_content():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    error = refusal(SimpleUploadedFile("photo.png", buffer.getvalue(), "image/png"))
    assert error.code == "unsupported_format"
    assert "This file is a GIF image" in error.message


def test_an_oversized_file_is_refused(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 2_000
    error = refusal(photo_with_gps())
    assert error.code == "too_large"
    assert "Please choose one smaller than 2.0\xa0KB." in error.message


def test_a_decompression_bomb_is_refused_without_decoding_it():
    assert refusal(png_claiming(30_000, 30_000)).code == "too_many_pixels"


def test_an_image_over_the_pixel_limit_is_refused_with_its_size():
    error = refusal(png_claiming(8_000, 6_000))
    assert error.code == "too_many_pixels"
    assert "8000 × 6000 pixels" in error.message


def test_a_truncated_image_is_refused():
    data = photo_with_gps().read()
    error = refusal(SimpleUploadedFile("cut.jpg", data[: len(data) // 2], "image/jpeg"))
    assert error.code == "damaged_image"


def test_the_model_refuses_a_bad_file_too():
    specialist = make_specialist()
    specialist.photo = SimpleUploadedFile("photo.jpg", b"not an image", "image/jpeg")
    with pytest.raises(ValidationError):
        specialist.full_clean()


def test_a_photo_needs_alt_text():
    specialist = make_specialist()
    specialist.photo, specialist.photo_alt = photo_with_gps(), ""
    with pytest.raises(ValidationError, match="needs a description"):
        specialist.full_clean()


def test_a_failed_save_keeps_the_photo_the_database_still_uses():
    from django.db import IntegrityError, transaction

    specialist = make_specialist(photo=photo_with_gps(), photo_alt="x")
    make_specialist(slug="taken")
    old_files = stored_files(specialist)
    specialist.photo = photo_with_gps(size=(600, 400))
    specialist.slug = "taken"
    with pytest.raises(IntegrityError), transaction.atomic():
        specialist.save()
    assert all(default_storage.exists(name) for name in old_files)


def test_photos_with_the_same_name_and_different_types_keep_their_own_renditions():
    def upload(name, image_format):
        buffer = io.BytesIO()
        Image.new("RGB", (500, 400), "red").save(buffer, image_format)
        return SimpleUploadedFile(name, buffer.getvalue())

    jpeg = make_specialist(photo=upload("smith.jpg", "JPEG"), photo_alt="x")
    png = make_specialist(photo=upload("smith.png", "PNG"), photo_alt="x")
    assert not set(stored_files(jpeg)) & set(stored_files(png))


def test_a_palette_png_keeps_its_colours():
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 30, 30)).convert("P").save(buffer, "PNG")
    specialist = make_specialist(
        photo=SimpleUploadedFile("p.png", buffer.getvalue()), photo_alt="x"
    )
    with default_storage.open(specialist.photo.name) as stored:
        red, green, blue, *_ = Image.open(stored).convert("RGBA").getpixel((10, 10))
    assert red > 150 and green < 80


def test_pages_render_photos_without_opening_the_files(client, settings):
    specialist = make_specialist(photo=photo_with_gps(), photo_alt="x", slug="ana")
    default_storage.delete(specialist.photo.name)  # only the renditions are ever linked
    assert client.get("/specialists/ana/").status_code == 200
    assert client.get("/specialists/").status_code == 200


@pytest.mark.parametrize(
    "source",
    [f"stories/{'0123456789abcdef' * 2}.{source_type}"  # as random_name() makes them
     for source_type in sorted(set(ACCEPTED_FORMATS.values()))]
    + ["specialists/wes-heckman.v2.jpg", "portrait.png", "a/b-c/d_e.webp"],
)  # fmt: skip
def test_every_rendition_name_reads_back_as_its_source(source):
    for width in [*RENDITION_WIDTHS, 1234]:
        for extension in RENDITION_FORMATS:
            assert rendition_source(rendition_name(source, width, extension)) == source


@pytest.mark.parametrize(
    "name",
    ["stories/" + "0" * 32 + ".jpg",  # an original: never linked
     "stories/renditions/x-gif-240w.jpg", "stories/renditions/x-jpg-240w.png",
     "stories/renditions/x-jpg-240.jpg", "stories/../renditions/x-jpg-240w.jpg",
     "/etc/renditions/x-jpg-240w.jpg", "stories/renditions/x-jpg-240w.jpg\n"],
)  # fmt: skip
def test_a_name_that_is_not_a_rendition_has_no_source(name):
    assert rendition_source(name) is None


def test_a_random_name_keeps_only_the_folder_and_the_extension():
    name = random_name("stories", "Maya Smith face.JPEG")
    assert re.fullmatch(r"stories/[0-9a-f]{32}\.jpeg", name)
    assert random_name("stories", "x.jpg") != random_name("stories", "x.jpg")
