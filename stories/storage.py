from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse
from django.utils.functional import cached_property


class ConsentCheckedURLs:
    """Every address of a story photo goes through the view that checks the consent."""

    def url(self, name):
        return reverse("stories:photo", kwargs={"name": name})


class StoryPhotoStorage(ConsentCheckedURLs, FileSystemStorage):
    """Story photos: kept outside MEDIA_ROOT, reachable only through the consent-checking view.

    Production may use a private bucket instead (DJANGO_MEDIA_STORAGE=s3, stories.s3_storage).
    """

    @cached_property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)
