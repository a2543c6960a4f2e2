"""The specialist directory: specialists, where they work, and the words patients search with."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.cache import cache
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from clinic.images import ResponsiveImageField
from clinic.languages import in_page_language
from clinic.models import Publishable, PublishableQuerySet, TranslatedQuerySet, TranslationTracked
from clinic.phone import tel_href
from clinic.search.postgresql import SearchVectorIndex, TrigramIndex
from clinic.search.text import parse_query, search_language
from services.models import MARKDOWN_HELP, Cause, Condition, Treatment

from .search import SEARCH_COLUMNS, SEARCH_TEXT_COLUMNS, SearchMixin


def certification_lines(text):
    """Board certifications are written one per line; blank lines and spaces are no part."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class LinkedToSpecialistsQuerySet(TranslatedQuerySet):
    def with_published_specialists(self, real_only=False):
        """Only the rows some published specialist is linked to: one EXISTS, no duplicates.
        With real_only, the fictional sample profiles do not count."""
        relation = self.model.specialists.field.name
        specialists = Specialist.objects.published().filter(**{relation: OuterRef("pk")})
        if real_only:
            specialists = specialists.real()
        return self.filter(Exists(specialists))


class Expertise(TranslationTracked):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("web address"), max_length=100, unique=True)

    objects = LinkedToSpecialistsQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("area of expertise")
        verbose_name_plural = _("areas of expertise")

    def __str__(self):
        return self.name


class Language(TranslationTracked):
    name = models.CharField(_("name"), max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name


class Location(TranslationTracked):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("web address"), max_length=120, unique=True)
    street_address = models.CharField(_("street address"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    state = models.CharField(_("state"), max_length=2, help_text=_("Two letters, e.g. NE."))
    postal_code = models.CharField(_("ZIP code"), max_length=10)
    phone = models.CharField(_("phone"), max_length=20, help_text=_("As patients should dial it."))
    hours = models.TextField(_("hours"), blank=True, help_text=_("One line per day or range."))
    directions = models.TextField(
        _("directions"),
        blank=True,
        help_text=_("How to get there and where to park, in a few plain sentences."),
    )
    is_sample = models.BooleanField(
        _("fictional sample address"),
        default=False,
        db_default=False,
        help_text=_("Demo content: the page says the address is made up."),
    )

    objects = LinkedToSpecialistsQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def full_address(self):
        return f"{self.street_address}, {self.city}, {self.state} {self.postal_code}"

    @property
    def map_url(self):
        # A plain link: no map is embedded, so no third party sees who reads the page.
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.full_address})

    @property
    def phone_href(self):
        return tel_href(self.phone)


class SynonymQuerySet(models.QuerySet):
    def pairs(self):
        """[(patient words, clinical terms)] of the page's language: cached, cleared when staff
        edit the list."""
        return cache.get_or_set(
            in_page_language(SYNONYMS_CACHE_KEY),
            lambda: list(self.filter(language=search_language()).values_list("phrase", "terms")),
            timeout=3600,
        )


SYNONYMS_CACHE_KEY = "specialists:synonyms"


class Synonym(models.Model):
    """Words patients use, mapped to the clinical terms the directory knows, per language."""

    language = models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The search in this language uses it: on English or on Spanish pages."),
    )
    phrase = models.CharField(
        _("patient words"),
        max_length=100,
        help_text=_("What a patient might type, e.g. “bells palsy” or “eye won’t close”."),
    )
    terms = models.CharField(
        _("clinical terms"),
        max_length=200,
        help_text=_("Comma-separated terms searched for instead, e.g. “eyelid procedures”."),
    )

    objects = SynonymQuerySet.as_manager()

    class Meta:
        ordering = ["language", "phrase"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "phrase"],
                name="synonym_unique_phrase_per_language",
                violation_error_message=_("These patient words are already in the list."),
            )
        ]

    def __str__(self):
        return f"{self.phrase} → {self.terms}"


class SpecialistQuerySet(SearchMixin, PublishableQuerySet, TranslatedQuerySet):
    def filter_by(
        self,
        *,
        expertise=None,
        cause=None,
        treatment=None,
        location=None,
        language=None,
        accepts_new_patients=False,
        offers_video_visits=False,
    ):
        """Narrows by the directory's filters; each argument is a model instance or None."""
        filters = {
            "expertise": expertise,
            "causes": cause,
            "treatments": treatment,
            "locations": location,
            "languages": language,
        }
        queryset = self.filter(**{name: value for name, value in filters.items() if value})
        if accepts_new_patients:
            queryset = queryset.filter(accepts_new_patients=True)
        if offers_video_visits:
            queryset = queryset.filter(offers_video_visits=True)
        return queryset

    def best_matches(self, typed, limit):
        """The `limit` specialists that best match what a patient typed (a name, even misspelt,
        or the words the directory's search knows), best first: one search, whatever the size
        of the directory."""
        return list(self.search(parse_query(typed, Synonym.objects.pairs()), best=limit)[:limit])

    def real(self):
        """Real people only, without the fictional sample profiles: what the clinic may say
        of its team."""
        return self.filter(is_sample=False)

    def for_cards(self):
        """What a list of specialist cards shows, in one query: the card's facts are kept on
        the row (Specialist.card). The long text columns stay behind: a ranked search sorts
        every matching row."""
        vectors = [columns.vector for columns in SEARCH_COLUMNS.values()]
        return self.defer("bio", "board_certifications", *SEARCH_TEXT_COLUMNS, *vectors)

    def certification_names(self, limit=8):
        """Up to `limit` different board certifications these specialists list, alphabetical.

        One query returning at most 4 × limit texts (the database still sorts them all to find
        the distinct ones; the home page that shows them is cached).
        """
        texts = (
            self.exclude(board_certifications="")
            .order_by("board_certifications")
            .values_list("board_certifications", flat=True)
            .distinct()[: limit * 4]
        )
        names = {}
        for text in texts:
            for line in certification_lines(text):
                names.setdefault(line.casefold(), line)
        return sorted(names.values(), key=str.casefold)[:limit]


class Specialist(Publishable, TranslationTracked):
    name = models.CharField(_("name"), max_length=120, help_text=_("Full name, no title."))
    slug = models.SlugField(_("web address"), max_length=120, unique=True)
    credentials = models.CharField(
        _("credentials"), max_length=60, blank=True, help_text=_("e.g. MD, DO, PT, DPT, PhD.")
    )
    title = models.CharField(
        _("title"), max_length=150, help_text=_("e.g. Facial plastic and reconstructive surgeon.")
    )
    photo = ResponsiveImageField(
        _("photo"),
        upload_to="specialists/",
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
        help_text=_(
            "JPEG, PNG, WebP or HEIC. Location data and other metadata are removed on upload."
        ),
    )
    photo_width = models.PositiveIntegerField(editable=False, null=True)
    photo_height = models.PositiveIntegerField(editable=False, null=True)
    photo_alt = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("Required with a photo: what it shows, for people who cannot see it."),
    )
    bio = models.TextField(_("biography"), blank=True, help_text=MARKDOWN_HELP)
    board_certifications = models.TextField(
        _("board certifications"), blank=True, help_text=_("One per line.")
    )
    expertise = models.ManyToManyField(
        Expertise, blank=True, related_name="specialists", verbose_name=_("areas of expertise")
    )
    conditions = models.ManyToManyField(
        Condition, blank=True, related_name="specialists", verbose_name=_("conditions")
    )
    causes = models.ManyToManyField(
        Cause, blank=True, related_name="specialists", verbose_name=_("causes")
    )
    treatments = models.ManyToManyField(
        Treatment, blank=True, related_name="specialists", verbose_name=_("treatments")
    )
    locations = models.ManyToManyField(
        Location, blank=True, related_name="specialists", verbose_name=_("locations")
    )
    languages = models.ManyToManyField(
        Language, blank=True, related_name="specialists", verbose_name=_("languages spoken")
    )
    accepts_new_patients = models.BooleanField(
        _("accepting new patients"), null=True, blank=True, help_text=_("Leave unknown if unsure.")
    )
    offers_video_visits = models.BooleanField(
        _("offers video visits"), null=True, blank=True, help_text=_("Leave unknown if unsure.")
    )
    is_sample = models.BooleanField(
        _("fictional sample profile"),
        default=False,
        help_text=_("Demo content: the page says the person is fictional."),
    )
    # Filled from the fields above by refresh_denormalised(); searched instead of joining.
    # The terms and biography in each language (search.SEARCH_COLUMNS), the name in all.
    search_name = models.CharField(max_length=200, editable=False, default="")
    search_terms = models.TextField(editable=False, default="")
    search_bio = models.TextField(editable=False, default="")
    search_terms_es = models.TextField(editable=False, default="")
    search_bio_es = models.TextField(editable=False, default="")
    # Weighted tsvector of the name, terms and biography, PostgreSQL only (GIN-indexed there;
    # unused on SQLite).
    search_vector = SearchVectorField(null=True, editable=False)
    search_vector_es = SearchVectorField(null=True, editable=False)
    # What the specialist's card lists, per language: {language: {"languages": [names],
    # "locations": [[name, city]], "expertise": [names]}}, from refresh_denormalised().
    card_facts = models.JSONField(default=dict, editable=False)

    translated_children = ("education",)

    objects = SpecialistQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]  # pk: people share names, and pages must not repeat or skip
        verbose_name = _("specialist")

        verbose_name_plural = _("specialists")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(photo="") | ~models.Q(photo_alt=""),
                name="specialist_photo_has_alt_text",
                violation_error_message=_(
                    "A photo needs a description for people who cannot see it."
                ),
            )
        ]
        indexes = [
            *(SearchVectorIndex(fields=[c.vector], name=f"specialist_{c.vector}_gin")
              for c in SEARCH_COLUMNS.values()),
            TrigramIndex(fields=["search_name"], name="specialist_search_name_trgm"),
            # The directory's order: a page of 10 is read off it, not sorted from all rows.
            models.Index(fields=["name", "id"], name="specialist_directory_order"),
        ]  # fmt: skip

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def card(self):
        """The card's facts in the page's language (English where it has none yet)."""
        facts = self.card_facts
        return facts.get(get_language()) or facts.get(
            settings.MODELTRANSLATION_DEFAULT_LANGUAGE, {}
        )

    @property
    def initials(self):
        """First and last names' first letters, for a monogram: "Siobhan O’Neill" → "SO"."""
        words = self.name.split()
        return "".join(word[0] for word in (words[:1] + words[1:][-1:])).upper()

    def get_absolute_url(self):
        return reverse("specialists:detail", kwargs={"slug": self.slug})

    def get_appointment_url(self):
        # The appointment form's contract: ?specialist=<slug> preselects this specialist.
        return reverse("appointments:request") + "?" + urlencode({"specialist": self.slug})

    @property
    def certification_list(self):
        return certification_lines(self.board_certifications)


class Education(TranslationTracked):
    class Kind(models.TextChoices):
        DEGREE = "degree", _("Degree")
        RESIDENCY = "residency", _("Residency")
        FELLOWSHIP = "fellowship", _("Fellowship")
        TRAINING = "training", _("Training")

    specialist = models.ForeignKey(
        Specialist, on_delete=models.CASCADE, related_name="education", verbose_name=_("specialist")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind)
    institution = models.CharField(_("institution"), max_length=200)
    detail = models.CharField(
        _("detail"), max_length=200, blank=True, help_text=_("e.g. Doctor of Medicine.")
    )
    year = models.PositiveSmallIntegerField(_("year completed"), null=True, blank=True)

    class Meta:
        ordering = ["specialist", "year", "pk"]
        verbose_name = _("education or training")
        verbose_name_plural = _("education and training")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.institution}"
