"""A parsed query ranked against rows: on PostgreSQL by weighted full-text search, elsewhere
(SQLite, for development) in Python with the same weights. Either way the caller gets a
QuerySet in rank order, to filter, count and slice alike."""

from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import Case, IntegerField, Value, When

from .text import content_words, search_language, stopwords, word_matches

# PostgreSQL text-search configurations (stemming, stop words) by the page's language. Spanish
# stems after unaccent, so "parálisis" and "paralisis" are one (clinic.search.postgresql).
TEXT_SEARCH_CONFIGS = {"en": "english", "es": "spanish_unaccent"}
# ts_rank_cd weights for the D, C, B and A parts of a vector: A is a title or a name.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]


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
