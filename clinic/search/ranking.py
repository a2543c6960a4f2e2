"""A parsed query ranked against rows: on PostgreSQL by weighted full-text search, elsewhere
(SQLite, for development) in Python with the same weights. Either way the caller gets a
QuerySet in rank order, to filter, count and slice alike."""

from functools import reduce
from operator import add, or_

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When

from .text import content_words, search_language, stopwords, word_matches

# PostgreSQL text-search configurations (stemming, stop words) by the page's language. Spanish
# stems after unaccent, so "parálisis" and "paralisis" are one (clinic.search.postgresql).
TEXT_SEARCH_CONFIGS = {"en": "english", "es": "spanish_unaccent"}
# ts_rank_cd weights for the D, C, B and A parts of a vector: A is a title or a name.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]
# How many of the best rows by ts_rank are ranked again by cover density, and by how much
# those rank above all others (more than any ts_rank plus name likeness).
RERANKED = 60
ABOVE_THE_REST = 100.0


def uses_full_text_search():
    return connection.vendor == "postgresql"


def text_search_config():
    return TEXT_SEARCH_CONFIGS[search_language()]


def full_text_query(parsed):
    """Any of the query's phrases (what was typed, and the clinical terms it stands for), each
    read as a web search would: every word of a phrase must be found."""
    from django.contrib.postgres.search import SearchQuery

    config = text_search_config()
    return reduce(
        or_, (SearchQuery(p, search_type="websearch", config=config) for p in parsed.phrases)
    )


def weighted_vector(config, *columns):
    """PostgreSQL: a tsvector of these columns, weighted A, B, C… in turn (A counts most)."""
    from django.contrib.postgres.search import SearchVector

    return reduce(
        add,
        (SearchVector(c, weight=w, config=config) for c, w in zip(columns, "ABCD", strict=False)),
    )


def full_text_ranked(queryset, parsed, *, vector, trigram, similarity, order_by, best=None):
    """PostgreSQL: the rows whose `vector` matches the query, or whose `trigram` column is like
    its words (a misspelt name or title), best first. `similarity` is (how many nearest rows
    to consider, the least word similarity that counts, its weight in the rank). With `best`,
    only that many of the best rows (at least): a results list that shows no more is cheaper."""
    from django.contrib.postgres.search import SearchRank

    candidates, threshold, weight = similarity
    query = full_text_query(parsed)
    # Misspellings first, in a query of their own, so the main query needs only indexable
    # conditions.
    similar = nearest_by_trigram(queryset, parsed, trigram, candidates, threshold)
    # Worked out again in SQL for those rows: one CASE branch, where one per row took the ORM
    # longer to build than the database to run.
    likeness = (
        Case(
            When(pk__in=list(similar), then=trigram_similarity(parsed, trigram) * float(weight)),
            default=Value(0.0),
        )
        if similar
        else Value(0.0)
    )
    found = queryset.filter(Q(**{vector: query}) | Q(pk__in=similar))
    # Every row ranked by ts_rank, then the best of them again by cover density (ts_rank_cd:
    # the words of a phrase near one another count most, so "parálisis de Bell" in a text
    # beats "parálisis" said twice), placed above the rest. Cover density costs four times as
    # much per row, and a broad query ("droopy face" adds "stroke") matches most of a
    # directory of 10,000; ranking all of them so took 76 ms, against 21 ms.
    rough = SearchRank(F(vector), query, weights=RANK_WEIGHTS) + likeness
    reranked = max(RERANKED, best or 0)
    leaders = found.alias(rough=rough).order_by("-rough", *order_by).values("pk")[:reranked]
    close = SearchRank(F(vector), query, weights=RANK_WEIGHTS, cover_density=True) + likeness
    if best is not None:
        return found.filter(pk__in=leaders).alias(relevance=close).order_by("-relevance", *order_by)
    return found.alias(
        relevance=Case(When(pk__in=leaders, then=close + ABOVE_THE_REST), default=rough)
    ).order_by("-relevance", *order_by)


def nearest_by_trigram(queryset, parsed, trigram, candidates, threshold):
    """PostgreSQL: {pk: word similarity} of the rows whose `trigram` column is most like the
    query's words (a misspelt name or title), at most `candidates` of them, each at least
    `threshold` alike. The GiST trigram index yields the nearest rows and stops. None for a
    query of the site's own words (a spelling suggestion): it has no misspelling to find."""
    if parsed.known_words:
        return {}
    nearest = _most_alike(queryset, parsed, trigram, threshold).values_list("pk", "similarity")
    return {pk: value for pk, value in nearest[:candidates] if value >= threshold}


def nearest_rows(queryset, parsed, trigram, candidates, threshold):
    """The same rows themselves, nearest first, each with its `similarity`."""
    if parsed.known_words:
        return []
    nearest = _most_alike(queryset, parsed, trigram, threshold)[:candidates]
    return [row for row in nearest if row.similarity >= threshold]


def _most_alike(queryset, parsed, trigram, threshold):
    """Nearest first, only rows at least as alike as the connection's floor (settings:
    pg_trgm.word_similarity_threshold): the GiST index skips the others itself. Ordering
    alone made it visit most of the index when nothing is close ("inyecciones" among
    2,000 English titles: 14 ms, against 1 ms)."""
    from django.contrib.postgres.search import TrigramWordDistance

    if threshold < settings.TRIGRAM_WORD_SIMILARITY_FLOOR:
        raise ValueError(f"{threshold} is below the connection's word similarity floor")
    words = trigram_words(parsed)
    return (
        queryset.filter(**{f"{trigram}__trigram_word_similar": words})
        .annotate(similarity=trigram_similarity(parsed, trigram))
        .order_by(TrigramWordDistance(words, trigram))
    )


def trigram_words(parsed):
    return " ".join(content_words(parsed.text)) or parsed.text


def trigram_similarity(parsed, column):
    """PostgreSQL: how alike (0 to 1) the query's words and the words of `column` are."""
    from django.contrib.postgres.search import TrigramWordSimilarity

    return TrigramWordSimilarity(trigram_words(parsed), column)


def python_relevance(parsed, fields, weights):
    """How well texts (field name → normalised text) match the query, by the same rule as
    full-text search: a phrase counts only when each of its words is found somewhere, and a
    word found in a heavier field counts more."""
    # Without stop words, which must not match as stems either ("para" in "paralisis").
    common = stopwords()
    documents = {key: set(text.split()) - common for key, text in fields.items()}
    score = 0.0
    for phrase in parsed.phrases:
        words = content_words(phrase)
        if not words:
            continue
        if all(any(word_matches(w, document) for document in documents.values()) for w in words):
            hits = sum(
                weights[key] * sum(word_matches(w, document) for w in words)
                for key, document in documents.items()
            )
            score += hits / len(words)
    return score


def in_rank_order(queryset, scored):
    """The rows of `scored` ([(score, tiebreak, pk)], best score highest) that scored above
    zero, as a QuerySet in that order; an empty QuerySet when none did."""
    best_first = sorted(scored, key=lambda row: (-row[0], *row[1:]))
    ranked = [pk for score, _tiebreak, pk in best_first if score > 0]
    if not ranked:
        return queryset.none()
    rank = Case(
        *(When(pk=pk, then=Value(place)) for place, pk in enumerate(ranked)),
        output_field=IntegerField(),
    )
    return queryset.filter(pk__in=ranked).alias(rank=rank).order_by("rank")
