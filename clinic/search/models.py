"""The site search's index: one entry per public page and language, kept by clinic.search.index
from what each content app registers (clinic.search.registry)."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .postgresql import SearchVectorIndex, TrigramIndex
from .ranking import (
    full_text_ranked,
    in_rank_order,
    python_relevance,
    uses_full_text_search,
)
from .text import search_language

# Title above summary above body, as the vector's A, B and C parts weigh them.
WEIGHTS = {"title": 10.0, "summary": 4.0, "body": 1.0}
# A misspelt title word: pg_trgm word similarity needed, and titles considered, per search.
TITLE_SIMILARITY = 0.5
TITLE_CANDIDATES = 20
RESULT_FIELDS = [
    "content_type_id", "object_id", "group", "title", "summary", "text", "url",
    "title_language", "text_language",
]  # fmt: skip


class SearchEntryQuerySet(models.QuerySet):
    def visible(self, today=None):
        """The entries of the page's language that patients may see today (a story's dates
        come from its consent and publication date; drafts have no entry at all)."""
        today = today or timezone.localdate()
        return self.filter(
            Q(shown_from__isnull=True) | Q(shown_from__lte=today),
            Q(shown_until__isnull=True) | Q(shown_until__gte=today),
            language=search_language(),
        )

    def for_results(self):
        """What a results page shows, as plain rows: sixty model instances a search took
        longer to build than the database to find them; and not what is only searched (the
        vector alone is larger than the text a snippet comes from)."""
        return self.values_list(*RESULT_FIELDS, named=True)

    def search(self, parsed, best=None):
        """The entries that match, best first: a QuerySet on every database. With `best`, at
        least that many of the best, which costs less at scale (ranking.full_text_ranked)."""
        if not parsed:
            return self.none()
        if uses_full_text_search():
            return self._search_postgresql(parsed, best)
        rows = self.values_list("pk", "search_title", "search_summary", "search_body")
        return in_rank_order(
            self,
            [
                (python_relevance(parsed, dict(zip(WEIGHTS, texts, strict=True)), WEIGHTS), pk, pk)
                for pk, *texts in rows
            ],
        )

    def _search_postgresql(self, parsed, best):
        return full_text_ranked(
            self, parsed, vector="vector", trigram="search_title",
            similarity=(TITLE_CANDIDATES, TITLE_SIMILARITY, 1), order_by=["position", "pk"],
            best=best,
        )  # fmt: skip


class SearchEntry(models.Model):
    """A page as site search finds and shows it, in one language."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=7)
    group = models.CharField(max_length=30)  # which heading of the results it comes under
    position = models.PositiveIntegerField(default=0)  # among equally good matches

    # Shown on the results page.
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)  # plain text, where snippets come from
    url = models.CharField(max_length=300)
    title_language = models.CharField(max_length=7, blank=True)
    text_language = models.CharField(max_length=7, blank=True)

    # Searched: normalised (clinic.search.text.normalize), and on PostgreSQL a weighted vector.
    search_title = models.CharField(max_length=200)
    search_summary = models.TextField(blank=True)
    search_body = models.TextField(blank=True)
    # Not a GeneratedField: its configuration follows the row's language, and a generated
    # column's expression can't pick one per row (nor run on SQLite). Filled by the index.
    vector = SearchVectorField(null=True)

    # Dates outside which patients may not see the page (a story's consent), if any.
    shown_from = models.DateField(null=True)
    shown_until = models.DateField(null=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_search_entry_per_page"
            )
        ]
        indexes = [
            SearchVectorIndex(fields=["vector"], name="search_entry_vector"),
            TrigramIndex(fields=["search_title"], name="search_entry_title_trgm"),
        ]

    def __str__(self):
        return self.title
