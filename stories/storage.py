from django.urls import reverse

from clinic.private_media import PrivateFileSystemStorage


class ConsentCheckedURLs:
    """Every address of a story photo goes through the view that checks the consent."""

    def url(self, name):
        return reverse("stories:photo", kwargs={"name": name})


class StoryPhotoStorage(ConsentCheckedURLs, PrivateFileSystemStorage):
    """Story photos: kept outside MEDIA_ROOT, reachable only through the consent-checking view.

    Production may use a private bucket instead (DJANGO_MEDIA_STORAGE=s3, stories.s3_storage).
    """
