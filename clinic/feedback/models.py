from datetime import timedelta

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500
# The periods editors compare (the last 30 and 90 days); lists rank pages by the longer one.
PERIODS = (30, 90)


class PageFeedbackQuerySet(models.QuerySet):
    def about(self, page):
        content_type = ContentType.objects.get_for_model(page)
        return self.filter(content_type=content_type, object_id=page.pk)

    def since(self, days):
        return self.filter(created_at__gte=timezone.now() - timedelta(days=days))

    def tally(self):
        """{days: (yes, no)} for each of PERIODS, in one query."""
        counts = self.aggregate(**{
            f"{answer}_{days}": Count("pk", filter=Q(
                helpful=answer == "yes",
                created_at__gte=timezone.now() - timedelta(days=days),
            ))
            for days in PERIODS for answer in ("yes", "no")
        })  # fmt: skip
        return {days: (counts[f"yes_{days}"], counts[f"no_{days}"]) for days in PERIODS}


def with_helpfulness(pages, days=PERIODS[-1]):
    """Pages (a QuerySet of one model) with `helpful_percent` (None without votes) and
    `feedback_votes` over the last `days`: for a sortable column, in the list's one query."""
    votes = (
        PageFeedback.objects.since(days)
        .filter(
            content_type=ContentType.objects.get_for_model(pages.model), object_id=OuterRef("pk")
        )
        .order_by()
        .values("object_id")
    )

    def counted(**only):
        return Coalesce(
            Subquery(votes.filter(**only).annotate(n=Count("pk")).values("n")[:1]),
            0,
            output_field=IntegerField(),
        )

    return pages.annotate(feedback_votes=counted(), feedback_yes=counted(helpful=True)).annotate(
        helpful_percent=models.Case(
            models.When(feedback_votes=0, then=None),
            default=models.F("feedback_yes") * 100 / models.F("feedback_votes"),
            output_field=IntegerField(),
        )
    )


class PageFeedback(models.Model):
    """One visitor's answer to “Was this page helpful?” about one page, in one language."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    page = GenericForeignKey()
    language = models.CharField(_("language"), max_length=7)
    helpful = models.BooleanField(_("helpful"))
    # Contact details already masked (clinic.feedback.masking): it is not a way to reach anyone.
    comment = models.TextField(
        _("what they were looking for"), max_length=COMMENT_MAX_LENGTH, blank=True
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "created_at"], name="feedback_by_page"
            )
        ]

    def __str__(self):
        return str(_("Helpful") if self.helpful else _("Not helpful"))
