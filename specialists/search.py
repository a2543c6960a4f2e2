"""Directory search: the words patients type, matched to specialists.

A query is normalised and expanded with the staff's synonym list (clinic.search.text), then
matched against text denormalised onto each specialist. PostgreSQL ranks
with weighted full-text search plus trigram similarity for misspelt names; SQLite (development)
ranks in Python with the same weights and passes the same search-quality table.

Each language of the site has its own synonyms and search text (the specialist's texts and
linked titles in that language); a page searches in its own language.
"""

import difflib
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from clinic.search.ranking import (
    TEXT_SEARCH_CONFIGS,
    full_text_query,
    full_text_ranked,
    in_rank_order,
    nearest_rows,
    python_relevance,
    uses_full_text_search,
    weighted_vector,
)
from clinic.search.text import (
    add_display_words,
    content_words,
    normalize,
    search_language,
    stopwords,
)

# How alike a misspelt name must be (pg_trgm word similarity, 0 to 1): "hekman" is 0.5 like
# Heckman, unrelated names 0. At most this many near names are considered per search.
NAME_SIMILARITY = 0.45
NAME_CANDIDATES = 50
WEIGHTS = {"name": 10.0, "terms": 4.0, "bio": 1.0}
# How alike (difflib's ratio) a typed word and a word of a name must be to count as the name.
NAME_LIKENESS = 0.75


@dataclass(frozen=True)
class SearchColumns:
    """Where a language's search text is kept, and how PostgreSQL reads it."""

    terms: str
    bio: str
    vector: str
    config: str  # the PostgreSQL text-search configuration: stemming and stop words

    @property
    def text(self):
        return [self.terms, self.bio]


SEARCH_COLUMNS = {
    "en": SearchColumns("search_terms", "search_bio", "search_vector", TEXT_SEARCH_CONFIGS["en"]),
    "es": SearchColumns(
        "search_terms_es", "search_bio_es", "search_vector_es", TEXT_SEARCH_CONFIGS["es"]
    ),
}
# What a specialist's card lists (Specialist.card), kept on the row by refresh_denormalised().
CARD_RELATIONS = ["languages", "locations", "expertise"]
# Every language's denormalised search text (not the vectors).
SEARCH_TEXT_COLUMNS = [name for columns in SEARCH_COLUMNS.values() for name in columns.text]


def python_score(parsed, name, terms, bio):
    """Relevance of one specialist to the query, by the same weights as the PostgreSQL path,
    with a close spelling of a name counted as a name."""
    score = python_relevance(parsed, {"name": name, "terms": terms, "bio": bio}, WEIGHTS)
    if (likeness := name_likeness(parsed, name)) >= NAME_LIKENESS:
        score += WEIGHTS["name"] * likeness
    return score


def name_likeness(parsed, search_name):
    """How alike (0 to 1) the query's longer words and the words of a (normalised) name are,
    at best: the Python path's stand-in for PostgreSQL's trigram similarity."""
    names = set(search_name.split()) - stopwords()
    return max(
        (difflib.SequenceMatcher(None, word, name_word).ratio()
         for word in content_words(parsed.text) if len(word) >= 4
         for name_word in names),
        default=0,
    )  # fmt: skip


class SearchMixin:
    """QuerySet methods for Specialist: `.search(parsed_query)` goes last in a chain."""

    def search(self, parsed, best=None):
        """Ranked, best first; with `best`, at least that many of the best (cheaper at scale:
        clinic.search.ranking.full_text_ranked)."""
        if not parsed:
            return self
        if uses_full_text_search():
            return self._search_postgresql(parsed, best)
        return self._search_python(parsed)

    def _search_postgresql(self, parsed, best):
        return full_text_ranked(
            self, parsed, vector=SEARCH_COLUMNS[search_language()].vector, trigram="search_name",
            similarity=(NAME_CANDIDATES, NAME_SIMILARITY, 2), order_by=["name", "pk"],
            best=best,
        )  # fmt: skip

    def _search_python(self, parsed):
        columns = SEARCH_COLUMNS[search_language()]
        rows = self.values_list("pk", "name", "search_name", columns.terms, columns.bio)
        return in_rank_order(
            self,
            [
                (python_score(parsed, search_name, terms, bio), name, pk)
                for pk, name, search_name, terms, bio in rows
            ],
        )

    def preview(self, parsed, limit):
        """At most `limit` matches, to show beside other results: those named like the query
        first (the closest first), then others it matches in the directory's order. Unlike
        search(), nothing is ranked: a broad query ("botox") matches most of a large
        directory, and ranking every match, most of a site search's cost at 10,000
        specialists, changes little in a list of five; the directory's own search ranks."""
        if not parsed:
            return []
        preview = self._preview_postgresql if uses_full_text_search() else self._preview_python
        named, matching = preview(parsed)
        named = named[:limit]
        others = matching.exclude(pk__in=[row.pk for row in named])[: limit - len(named)]
        return named + list(others)

    def _preview_postgresql(self, parsed):
        named = nearest_rows(self, parsed, "search_name", NAME_CANDIDATES, NAME_SIMILARITY)
        vector = SEARCH_COLUMNS[search_language()].vector
        return named, self.filter(**{vector: full_text_query(parsed)})

    def _preview_python(self, parsed):
        columns = SEARCH_COLUMNS[search_language()]
        likeness, matching = {}, []
        for pk, search_name, terms, bio in self.values_list(
            "pk", "search_name", columns.terms, columns.bio
        ):
            if python_score(parsed, search_name, terms, bio) > 0:
                matching.append(pk)
            if (alike := name_likeness(parsed, search_name)) >= NAME_LIKENESS:
                likeness[pk] = alike
        named = sorted(self.filter(pk__in=likeness), key=lambda row: -likeness[row.pk])
        return named, self.filter(pk__in=matching)


def refresh_denormalised(specialists):
    """Rewrites what these specialists' rows keep from their links, in every language, from the
    texts read in it (English where a text is untranslated): the search columns (and vectors on
    PostgreSQL), and the facts a specialist's card shows (Specialist.card), so a list of cards
    costs one query rather than one per relation."""
    Specialist = apps.get_model("specialists", "Specialist")
    specialists = list(specialists.prefetch_related("conditions", "causes", "treatments"))
    # The card's lists (fetched once per language) serve the search text too.
    _fill_card_facts(specialists)
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    for specialist in specialists:
        card = {
            relation: getattr(specialist, f"_card_{relation}_{default}")
            for relation in CARD_RELATIONS
        }
        related = [
            *card["expertise"], *specialist.conditions.all(), *specialist.causes.all(),
            *specialist.treatments.all(), *card["languages"],
        ]  # fmt: skip
        # A draft cause or treatment must not make anyone findable by its name.
        related = [item for item in related if getattr(item, "is_published", True)]

        cities = [location.city for location in card["locations"]]
        specialist.search_name = normalize(specialist.name)
        for language, columns in SEARCH_COLUMNS.items():
            with translation.override(language):
                terms = " ".join(
                    [
                        specialist.credentials,
                        specialist.title,
                        specialist.board_certifications,
                        *map(str, related),
                        *cities,
                    ]
                )  # fmt: skip
                setattr(specialist, columns.terms, normalize(terms))
                setattr(specialist, columns.bio, normalize(specialist.bio))
    Specialist.objects.bulk_update(
        specialists, ["search_name", "card_facts", *SEARCH_TEXT_COLUMNS], batch_size=500
    )
    if uses_full_text_search():
        vectors = {
            c.vector: weighted_vector(c.config, "search_name", c.terms, c.bio)
            for c in SEARCH_COLUMNS.values()
        }
        pks = [specialist.pk for specialist in specialists]
        Specialist.objects.filter(pk__in=pks).update(**vectors)


def _fill_card_facts(specialists):
    """Each specialist's card facts in every language, each list in the order that language's
    page would show it (their names sort differently: "Árabe", "Inglés")."""
    for specialist in specialists:
        specialist.card_facts = {}
    for language in SEARCH_COLUMNS:
        with translation.override(language):
            lists = {relation: f"_card_{relation}_{language}" for relation in CARD_RELATIONS}
            prefetch_related_objects(
                specialists, *(Prefetch(relation, to_attr=attr) for relation, attr in lists.items())
            )
            for specialist in specialists:
                shown = {relation: getattr(specialist, attr) for relation, attr in lists.items()}
                specialist.card_facts[language] = {
                    "languages": [str(item) for item in shown["languages"]],
                    "locations": [[item.name, item.city] for item in shown["locations"]],
                    "expertise": [str(item) for item in shown["expertise"]],
                }


def search_vocabulary():
    """Normalised word → display word, for spelling suggestions: names, then clinical terms.
    One query (the texts of every source in one UNION ALL), so a search that finds nobody
    costs no more queries than one that does."""
    model = apps.get_model
    sources = [
        model("specialists", "Specialist").objects.published(),
        model("specialists", "Expertise").objects.all(),
        model("services", "Cause").objects.published(),
        model("services", "Treatment").objects.published(),
        model("specialists", "Synonym").objects.filter(language=search_language()),
    ]
    columns = ["name", "name", "title", "title", "phrase"]
    # One column per part, so that no part's columns can come out in another order; a
    # translated text's column in the page's language, then in English (where untranslated).
    # A word's display form is the first one met; PostgreSQL and SQLite return UNION ALL's
    # parts in turn, names first.
    texts = [
        source.order_by().values_list(name, flat=True)
        for source, column in zip(sources, columns, strict=True)
        for name in _language_columns(source.model, column)
    ]
    vocabulary = {}
    for text in texts[0].union(*texts[1:], all=True).order_by():
        add_display_words(vocabulary, text)
    return vocabulary


def _language_columns(model, column):
    """A translated field's own columns, page language first (the field's name alone would
    have modeltranslation select a column per fallback language); else the field itself."""
    languages = dict.fromkeys(
        [translation.get_language(), settings.MODELTRANSLATION_DEFAULT_LANGUAGE]
    )
    names = [build_localized_fieldname(column, code) for code in languages]
    fields = {field.name for field in model._meta.get_fields()}
    return [name for name in names if name in fields] or [column]


def site_search_results(parsed, typed, limit=5):
    """The directory's best matches for the site search, with a link to all of them there."""
    from django.urls import reverse
    from django.utils.http import urlencode

    from clinic.search.registry import Hit, OwnResults

    Specialist = apps.get_model("specialists", "Specialist")
    shown = Specialist.objects.published().only(
        "name", "credentials", "slug", "title", "search_name"
    )
    found = shown.preview(parsed, limit)
    if not found:
        return None
    hits = [
        Hit(specialist.display_name, specialist.get_absolute_url(), specialist.title)
        for specialist in found
    ]
    more_url = reverse("specialists:index") + "?" + urlencode({"q": typed})
    return OwnResults(hits, more_url, leads=names_match(parsed, found[0].search_name))


def names_match(parsed, search_name):
    """Whether the query is this name, even misspelt: each word like one of the name's."""
    words = content_words(parsed.text)
    names = search_name.split()
    return bool(words) and all(
        max((difflib.SequenceMatcher(None, word, name).ratio() for name in names), default=0)
        >= NAME_LIKENESS
        for word in words
    )
