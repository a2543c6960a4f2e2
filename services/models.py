"""The program's content: the condition it treats, its causes, its treatments, guide pages."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from clinic.languages import shown_language
from clinic.models import (
    TEXT_GRADING,
    Grading,
    PublicationStatus,
    Publishable,
    Reviewed,
    ReviewedContentQuerySet,
    TranslationTracked,
)
from clinic.search.index import plain_text
from clinic.search.registry import SearchDocument

MARKDOWN_HELP = _(
    "Markdown: a blank line starts a new paragraph, ## starts a heading, "
    "* starts a list item, [words](/link/) makes a link."
)

# "In short" is the page in the plainest words, for readers who find the full text hard.
IN_SHORT_GRADING = Grading(
    "in_short_grade", ("in_short",), 6, "in-short-hard", _("“In short” above grade %(grade)d")
)


class ContentPage(Publishable, Reviewed, TranslationTracked):
    """Fields every staff-written page has."""

    title = models.CharField(_("title"), max_length=120)
    slug = models.SlugField(
        _("web address"),
        max_length=120,
        unique=True,
        help_text=_("The last part of the page's address. Changing it breaks old links."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One or two plain sentences, shown in lists and to search engines."),
    )
    in_short = models.TextField(
        _("in short"),
        blank=True,
        help_text=_(
            "The page in the plainest words, shown in a box at the top: three to five short "
            "sentences, grade 6 or lower. Say only what the page says. Plain text; a blank line "
            "starts a new paragraph. Left blank, no box is shown."
        ),
    )
    in_short_grade = models.DecimalField(
        _("“In short” reading grade"),
        max_digits=3,
        decimal_places=1,
        null=True,
        editable=False,
        help_text=_(
            "Worked out on save, in each language as for the reading grade. Aim for 6 or lower."
        ),
    )
    body = models.TextField(_("body"), blank=True, help_text=MARKDOWN_HELP)
    is_sample_copy = models.BooleanField(
        _("sample copy awaiting clinical review"),
        default=False,
        help_text=_("Untick once a clinician has reviewed and approved this text."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first in lists.")
    )

    gradings = (TEXT_GRADING, IN_SHORT_GRADING)

    objects = ReviewedContentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["position", "title"]

    def __str__(self):
        return self.title

    def search_document(self):
        return SearchDocument(
            self.title,
            self.summary,
            " ".join([*self.in_short.split(), plain_text(self.body)]),
            title_language=shown_language(self, "title"),
            text_language=shown_language(self, "body"),
        )


class ConditionQuerySet(ReviewedContentQuerySet):
    def with_published_causes(self):
        """Each condition's `causes` fetched at once, only those patients may see."""
        return self.prefetch_related(models.Prefetch("causes", queryset=Cause.objects.published()))


class Condition(ContentPage):
    # Only a person knows whether a name keeps its capital inside a sentence ("facial
    # paralysis", but "Bell’s palsy"), so it is written down rather than guessed.
    title_in_sentence = models.CharField(
        _("title within a sentence"),
        max_length=120,
        blank=True,
        help_text=_(
            "The title as written in the middle of a sentence, such as “A cause of facial "
            "paralysis”: usually in lower case, but a name keeps its capital (“Bell’s palsy”). "
            "Left blank, the title is used as it is."
        ),
    )

    objects = ConditionQuerySet.as_manager()

    class Meta(ContentPage.Meta):
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    @property
    def name_in_sentence(self):
        return self.title_in_sentence or self.title

    def get_absolute_url(self):
        return reverse("services:condition_detail", kwargs={"slug": self.slug})


class CauseQuerySet(ReviewedContentQuerySet):
    def public(self):
        """Published causes of a published condition: what patients may see."""
        return self.published().filter(condition__status=PublicationStatus.PUBLISHED)

    def by_condition(self):
        """Each cause with its condition, in the conditions' order and then their own, in one
        query: for `{% regroup %}` by condition."""
        return self.select_related("condition").order_by(
            *(f"condition__{name}" for name in Condition._meta.ordering), "condition",
            *Cause._meta.ordering,
        )  # fmt: skip


class Cause(ContentPage):
    condition = models.ForeignKey(
        Condition, on_delete=models.PROTECT, related_name="causes", verbose_name=_("condition")
    )

    objects = CauseQuerySet.as_manager()

    class Meta(ContentPage.Meta):
        verbose_name = _("cause")
        verbose_name_plural = _("causes")

    def get_absolute_url(self):
        return reverse("services:cause_detail", kwargs={"slug": self.slug})


class TreatmentQuerySet(ReviewedContentQuerySet):
    def grouped_by_category(self):
        """[(category label, [treatments])], nonsurgical first, leaving out empty groups."""
        treatments = list(self)
        groups = [
            (label, [t for t in treatments if t.category == value])
            for value, label in Treatment.Category.choices
        ]
        return [(label, items) for label, items in groups if items]


class Treatment(ContentPage):
    class Category(models.TextChoices):
        NONSURGICAL = "nonsurgical", _("Nonsurgical treatments")
        SURGICAL = "surgical", _("Surgical treatments")

    category = models.CharField(_("category"), max_length=12, choices=Category)
    conditions = models.ManyToManyField(
        Condition, related_name="treatments", verbose_name=_("conditions treated")
    )
    # Key facts, in a box at the top of the page; each is shown only when filled in.
    used_for = models.CharField(
        _("what it is for"),
        max_length=200,
        blank=True,
        help_text=_("A short phrase, such as “Lifting the corner of the mouth at rest”."),
    )
    duration = models.CharField(
        _("how long it takes"),
        max_length=200,
        blank=True,
        help_text=_(
            "The visit or surgery, and any hospital stay, as the page describes them. Write "
            "“Varies; your surgeon will explain” rather than guess."
        ),
    )
    recovery = models.CharField(
        _("recovery time"),
        max_length=200,
        blank=True,
        help_text=_("How long recovery usually takes, as the page describes it."),
    )

    objects = TreatmentQuerySet.as_manager()

    class Meta(ContentPage.Meta):
        verbose_name = _("treatment")
        verbose_name_plural = _("treatments")

    @property
    def is_surgical(self):
        return self.category == self.Category.SURGICAL

    @property
    def kind(self):
        """The category as a key fact: "Surgical" rather than the heading "Surgical treatments"."""
        return _("Surgical") if self.is_surgical else _("Nonsurgical")

    def get_absolute_url(self):
        return reverse("services:treatment_detail", kwargs={"slug": self.slug})


class Page(ContentPage):
    """A guide page such as "What to expect at your first visit"."""

    class Meta(ContentPage.Meta):
        verbose_name = _("guide page")
        verbose_name_plural = _("guide pages")

    def get_absolute_url(self):
        return reverse("services:page_detail", kwargs={"slug": self.slug})
