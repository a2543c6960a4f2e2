"""Patients' own files (story photos, the photos and video sent with a request): kept where no
web server reaches them, under random names, and deleted with the row that holds them.

Each app serves its files through a view that checks who is asking; nothing here makes a
public address.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from clinic.images import refuse_if_larger


class PrivateFileSystemStorage(FileSystemStorage):
    """Files in PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT (which a web server may serve)."""

    @cached_property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


class PrivateFileField(models.FileField):
    """A FileField whose file goes when its row does (after the transaction commits): a
    deleted or purged request leaves nothing of the patient behind."""

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if not cls._meta.abstract:
            post_delete.connect(self._delete_file, sender=cls, weak=False)

    def deconstruct(self):
        # Where files go changes nothing in the database: migrations hold a plain FileField,
        # and no app code (which may change) runs in them.
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("storage", None)
        return name, "django.db.models.FileField", args, kwargs | {"upload_to": ""}

    def _delete_file(self, instance, **kwargs):
        file = getattr(instance, self.attname)
        if file:
            storage, name = file.storage, file.name
            transaction.on_commit(lambda: storage.delete(name))


# Video: what ffprobe names the containers browsers play, and the container each is kept in
# (a phone's MOV holds the same H.264 or HEVC an MP4 does, and MP4 plays in every browser).
VIDEO_CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2": "mp4", "matroska,webm": "webm"}
WEBM_CODECS = {"vp8", "vp9", "av1", "opus", "vorbis"}


def probed_video(path):
    """ffprobe's report on a file (format and streams), or None when it is not a media file."""
    result = subprocess.run(
        [settings.FFPROBE, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
         str(path)],
        capture_output=True, timeout=30, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        return None
    return json.loads(result.stdout or "{}")


def validate_video(file):
    """Refuses anything but a short MP4, MOV or WebM video, judged by its content; returns the
    container it is kept in ("mp4" or "webm") and its length in seconds."""
    refuse_if_larger(
        file, settings.VIDEO_MAX_UPLOAD_BYTES,
        _("This video is %(size)s. Please choose one smaller than %(limit)s."),
    )  # fmt: skip
    with local_copy(file) as path:
        report = probed_video(path)
    streams = (report or {}).get("streams", [])
    container = VIDEO_CONTAINERS.get((report or {}).get("format", {}).get("format_name"))
    has_picture = any(
        s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")
        for s in streams
    )
    if container == "webm" and not {s.get("codec_name") for s in streams} <= WEBM_CODECS:
        container = None  # Matroska that is not WebM: browsers will not play it
    if not (container and has_picture):
        raise ValidationError(
            _("This file is not an MP4, MOV or WebM video, whatever its name says."),
            code="not_a_video",
        )
    seconds = float(report["format"].get("duration") or 0)
    if seconds > settings.VIDEO_MAX_SECONDS:
        raise ValidationError(
            _("This video is %(seconds)s seconds long. Please send one of %(limit)s seconds "
              "or less.")
            % {"seconds": round(seconds), "limit": settings.VIDEO_MAX_SECONDS},
            code="too_long",
        )  # fmt: skip
    return container, seconds


def cleaned_video(file, container):
    """The video remuxed (not re-encoded: nothing lost) without any metadata: no location,
    dates, device or chapters. A ContentFile named *.mp4 or *.webm."""
    with local_copy(file) as source, tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"video.{container}"
        result = subprocess.run(
            [settings.FFMPEG, "-v", "error", "-nostdin", "-i", str(source),
             "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy",
             "-map_metadata", "-1", "-map_metadata:s:v", "-1", "-map_metadata:s:a", "-1",
             "-map_chapters", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
             "-flags:a", "+bitexact",
             *(["-movflags", "+faststart"] if container == "mp4" else []), str(target)],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            raise ValidationError(
                _("This video file is damaged or incomplete. Please try another copy."),
                code="damaged_video",
            )
        return ContentFile(target.read_bytes(), name=target.name)


class local_copy:
    """The upload's path on disk: its own when Django spooled it to a temporary file, else a
    copy (ffprobe and ffmpeg read files, not Python objects)."""

    def __init__(self, file):
        self.file, self.copy = file, None

    def __enter__(self):
        if hasattr(self.file, "temporary_file_path"):
            return Path(self.file.temporary_file_path())
        self.copy = tempfile.NamedTemporaryFile(suffix=".upload")
        self.file.seek(0)
        shutil.copyfileobj(self.file, self.copy)
        self.copy.flush()
        self.file.seek(0)
        return Path(self.copy.name)

    def __exit__(self, *exc):
        if self.copy:
            self.copy.close()
