"""Story photos in a private S3-compatible bucket (imported only when settings choose S3)."""

from storages.backends.s3 import S3Storage

from .storage import ConsentCheckedURLs


class StoryPhotoS3Storage(ConsentCheckedURLs, S3Storage):
    default_acl = "private"
