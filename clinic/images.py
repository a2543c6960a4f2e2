"""Uploaded images: judged by content, stripped of metadata and made into renditions, once.

ResponsiveImageField does all of it when its model is saved, through Django's storage API (so
object storage works too); templates then render `{% picture %}` without touching storage.
"""

import io
import re
import uuid
from functools import lru_cache
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models.signals import post_delete, post_init, post_save
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

# iPhones' photos (HEIC) open like any other image; browsers cannot show them, so they are
# stored as JPEG. MPO is how Pillow sees many phone cameras' JPEGs; stored as a plain JPEG too.
register_heif_opener()
ACCEPTED_FORMATS = {"JPEG": "jpg", "MPO": "jpg", "HEIF": "jpg", "PNG": "png", "WEBP": "webp"}
SAVED_AS = {"MPO": "JPEG", "HEIF": "JPEG"}
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
RENDITION_WIDTHS = (240, 480, 960, 1600)
RENDITION_FORMATS = {"webp": "WEBP", "jpg": "JPEG"}


def refuse_if_larger(file, max_bytes, message):
    """Refuses an upload over max_bytes before anything reads it; message names both sizes."""
    if file.size > max_bytes:
        raise ValidationError(
            message % {"size": filesizeformat(file.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )


def validate_image(file):
    """Refuses anything but a sound JPEG, PNG, WebP or HEIC of reasonable size, whatever its
    name."""
    if getattr(file, "_committed", False):
        return  # already stored, so already checked: not decoded again on every full_clean()
    refuse_if_larger(
        file, settings.IMAGE_MAX_UPLOAD_BYTES,
        _("This image is %(size)s. Please choose one smaller than %(limit)s."),
    )  # fmt: skip
    file.seek(0)
    try:
        with Image.open(file) as image:
            pixels = image.width * image.height
            if image.format not in ACCEPTED_FORMATS:
                raise ValidationError(
                    _(
                        "This file is a %(format)s image. "
                        "Please upload a JPEG, PNG, WebP or HEIC photo."
                    )  # fmt: skip
                    % {"format": image.format},
                    code="unsupported_format",
                )
            # Checked from the header, before decoding: a decompression bomb is never expanded.
            if pixels > settings.IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _(
                        "This image is %(width)s × %(height)s pixels, too large to process. "
                        "Please resize it to under %(limit)s million pixels."
                    )  # fmt: skip
                    % {
                        "width": image.width,
                        "height": image.height,
                        "limit": settings.IMAGE_MAX_PIXELS // 1_000_000,
                    },  # fmt: skip
                    code="too_many_pixels",
                )
            image.load()
    except Image.DecompressionBombError:
        raise ValidationError(
            _("This image has too many pixels to process. Please resize it and try again."),
            code="too_many_pixels",
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(
            _("This file is not a JPEG, PNG, WebP or HEIC photo, whatever its name says."),
            code="not_an_image",
        ) from None
    except OSError:
        raise ValidationError(
            _("This image file is damaged or incomplete. Please try another copy."),
            code="damaged_image",
        ) from None
    finally:
        file.seek(0)


def cleaned_copy(file):
    """The image upright (EXIF orientation applied), in sRGB, and re-encoded with no metadata
    at all."""
    file.seek(0)
    with Image.open(file) as original:
        image_format = SAVED_AS.get(original.format, original.format)
        image = in_srgb(ImageOps.exif_transpose(original))
    if image.mode == "P":  # a palette would be lost in the copy below
        image = image.convert("RGBA")
    if image_format == "JPEG" and image.mode not in {"RGB", "L", "CMYK"}:
        image = image.convert("RGB")  # a HEIC with transparency, say
    # Copying only the pixels leaves EXIF, GPS, XMP, ICC and comments behind.
    pixels_only = Image.new(image.mode, image.size)
    pixels_only.paste(image)
    buffer = io.BytesIO()
    pixels_only.save(buffer, format=image_format, **ENCODER_OPTIONS[image_format])
    stem = PurePosixPath(file.name).stem
    return ContentFile(buffer.getvalue(), name=f"{stem}.{ACCEPTED_FORMATS[image_format]}")


def in_srgb(image):
    """Colours converted from an embedded profile (an iPhone's Display P3, say) to sRGB, which
    the copy without metadata is read as; the image as it is when there is nothing to convert."""
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in {"RGB", "RGBA"}:
        return image
    try:
        return ImageCms.profileToProfile(
            image, ImageCms.ImageCmsProfile(io.BytesIO(profile)), SRGB, outputMode=image.mode
        )
    except (ImageCms.PyCMSError, OSError):  # a damaged profile: the pixels as they are
        return image


ENCODER_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "WEBP": {"quality": 80, "method": 4},
    "PNG": {"optimize": True},
}


def rendition_widths(original_width):
    """The widths made for an image: each standard width it exceeds, then its own."""
    return sorted({min(width, original_width) for width in RENDITION_WIDTHS})


# The file names, written once: a rendition served under one name and looked for under
# another would be a photo that quietly 404s.
RENDITIONS_FOLDER = "renditions"


def random_name(folder, filename):
    """A random name in folder, with the upload's extension: nothing about anyone in it."""
    return f"{folder}/{uuid.uuid4().hex}{PurePosixPath(filename).suffix.lower()}"


def rendition_name(name, width, extension):
    # The source's own extension is kept: smith.png and smith.jpg must not share renditions.
    path = PurePosixPath(name)
    source_type = path.suffix.lstrip(".")
    return str(path.parent / RENDITIONS_FOLDER / f"{path.stem}-{source_type}-{width}w.{extension}")


# What rendition_name() makes, read back. No dots in folders, so nothing climbs out of one.
RENDITION_NAME = re.compile(
    rf"(?P<folder>(?:[\w-]+/)*){RENDITIONS_FOLDER}/(?P<stem>[\w.-]+)"
    rf"-(?P<source_type>{'|'.join(sorted(set(ACCEPTED_FORMATS.values())))})"
    rf"-(?P<width>\d+)w\.(?P<extension>{'|'.join(RENDITION_FORMATS)})"
)


def rendition_source(name):
    """The name of the image a rendition was made from, or None if name is not a rendition's."""
    if match := RENDITION_NAME.fullmatch(name):
        return f"{match['folder']}{match['stem']}.{match['source_type']}"
    return None


def make_renditions(storage, name):
    with storage.open(name) as source, Image.open(source) as image:
        image.load()
        flat = image.convert("RGB") if image.mode != "RGB" else image
        for width in rendition_widths(image.width):
            height = round(image.height * width / image.width)
            resized = flat.resize((width, height), Image.Resampling.LANCZOS)
            for extension, image_format in RENDITION_FORMATS.items():
                buffer = io.BytesIO()
                resized.save(buffer, format=image_format, **ENCODER_OPTIONS[image_format])
                target = rendition_name(name, width, extension)
                if storage.exists(target):
                    storage.delete(target)
                storage.save(target, ContentFile(buffer.getvalue()))


def delete_with_renditions(storage, name, width):
    names = [name] + [
        rendition_name(name, w, extension)
        for w in rendition_widths(width or max(RENDITION_WIDTHS))
        for extension in RENDITION_FORMATS
    ]
    for stale in names:
        storage.delete(stale)


def stored_size(field_file):
    """(width, height) from the model's dimension fields: reading field_file.width would open
    the file from storage on every page."""
    field = field_file.field
    return getattr(field_file.instance, field.width_field), getattr(
        field_file.instance, field.height_field
    )


def thumbnail_url(field_file):
    """The smallest rendition, for admin lists."""
    smallest = rendition_widths(stored_size(field_file)[0])[0]
    return field_file.storage.url(rendition_name(field_file.name, smallest, "jpg"))


def responsive_sources(field_file):
    """What a <picture> needs: srcset per format, a fallback src, and the intrinsic size."""
    width, height = stored_size(field_file)
    storage = field_file.storage
    # A name's addresses never change (a new image gets a new name), save for the language
    # prefix a view's address may carry: worked out once per process, not per card. Signed
    # addresses expire, so those are asked for every time.
    signed = getattr(storage, "querystring_auth", False)
    sources = _responsive_sources.__wrapped__ if signed else _responsive_sources
    return sources(storage, field_file.name, width, height, get_language())


@lru_cache(maxsize=4096)
def _responsive_sources(storage, name, width, height, language):
    widths = rendition_widths(width)
    srcsets = {
        extension: ", ".join(
            f"{storage.url(rendition_name(name, w, extension))} {w}w" for w in widths
        )
        for extension in RENDITION_FORMATS
    }
    fallback_width = widths[min(1, len(widths) - 1)]
    return {
        "webp_srcset": srcsets["webp"],
        "jpeg_srcset": srcsets["jpg"],
        "src": storage.url(rendition_name(name, fallback_width, "jpg")),
        "width": width,
        "height": height,
    }


class ResponsiveImageFormField(forms.ImageField):
    """Runs validate_image before Django's own check, whose message is vaguer and which a
    decompression bomb would trip first."""

    def to_python(self, data):
        if data:
            validate_image(data)
        return super().to_python(data)


class ResponsiveImageField(models.ImageField):
    """An ImageField whose uploads are validated, cleaned and rendered when the model is saved.

    Needs width_field and height_field: the stored size lets templates build srcset lists
    without asking the storage. A replaced or deleted image takes its renditions with it.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ResponsiveImageFormField, **kwargs})

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if not cls._meta.abstract:
            post_init.connect(self._remember_saved_file, sender=cls, weak=False)
            post_save.connect(self._delete_replaced_file, sender=cls, weak=False)
            post_delete.connect(self._delete_files, sender=cls, weak=False)

    def _saved_key(self):
        return f"_saved_{self.attname}"

    def _remember_saved_file(self, instance, **kwargs):
        file = instance.__dict__.get(self.attname)
        name = getattr(file, "name", file) or ""
        # Only with a file: a row loaded without it (.only(), say) must not cost a query here.
        width = getattr(instance, self.width_field, None) if name and self.width_field else None
        instance.__dict__[self._saved_key()] = (name, width)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            cleaned = cleaned_copy(file)
            file.save(cleaned.name, cleaned, save=False)
            make_renditions(file.storage, file.name)
        return super().pre_save(model_instance, add)

    def _delete_replaced_file(self, instance, **kwargs):
        # Only once the row points at the new file, and only if the transaction commits.
        saved_name, saved_width = instance.__dict__.get(self._saved_key(), ("", None))
        if saved_name and saved_name != (getattr(instance, self.attname).name or ""):
            storage = self.storage
            transaction.on_commit(lambda: delete_with_renditions(storage, saved_name, saved_width))
        self._remember_saved_file(instance)

    def _delete_files(self, instance, **kwargs):
        file = getattr(instance, self.attname)
        if file:
            width = getattr(instance, self.width_field, None)
            storage, name = file.storage, file.name
            transaction.on_commit(lambda: delete_with_renditions(storage, name, width))
