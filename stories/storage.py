from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse
from django.utils.functional import cached_property


class StoryPhotoStorage(FileSystemStorage):
    """Story photos: kept outside MEDIA_ROOT, reachable only through the consent-checking view.

    Production may swap in a private object-storage bucket through STORAGES["story_photos"].
    """

    @cached_property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    def url(self, name):
        return reverse("stories:photo", kwargs={"name": name})

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)
