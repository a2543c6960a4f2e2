"""Abstract pieces that several apps' models share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)


class Publishable(models.Model):
    """Content that patients see only once staff publish it."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        help_text=_("Patients see only published content."),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED
