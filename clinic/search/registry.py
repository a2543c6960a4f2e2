"""What each app contributes to the site search, registered from its AppConfig.ready(), so
that clinic/ searches the whole site without importing any app (as sitemaps do)."""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SearchDocument:
    """A page as its model describes it for the index, in the active language."""

    title: str
    summary: str
    text: str  # plain text: the page's words, where snippets come from
    shown_from: date | None = None
    shown_until: date | None = None
    # The languages the title and text are in: the entry's, or English where a page is not
    # translated yet (a results page marks them, WCAG 3.1.2).
    title_language: str = ""
    text_language: str = ""


@dataclass(frozen=True)
class PageSource:
    """A model whose rows are pages. `indexed` gives the rows that may have entries (published,
    with consent on file); each row's `search_document()` and `get_absolute_url()` fill them.
    `depends_on` maps another model to the rows of this one that a change to it affects.
    `still_public`, if given, is asked before rows are shown (pks -> the pks patients may see
    now): for rows that can stop being public with no save to update the index (a story whose
    consent is withdrawn by SQL)."""

    model: type
    group: str
    indexed: object  # () -> QuerySet
    depends_on: dict = field(default_factory=dict)  # model -> (instance -> iterable of pks)
    still_public: object = None  # (pks) -> set of pks


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    detail: str = ""
    title_language: str = ""  # set only when it differs from the page's
    detail_language: str = ""


@dataclass(frozen=True)
class OwnResults:
    """A group that searches its own rows (the specialist directory), with a link to see all."""

    hits: list[Hit]
    more_url: str
    leads: bool = False  # the query names one of these (a specialist's name): shown first


GROUPS = {}  # key -> heading
SOURCES = []
OWN_SEARCHES = {}  # group key -> (parsed query, typed text) -> OwnResults
SYNONYM_PROVIDERS = []  # () -> [(patient words, clinical terms)] of the page's language
VOCABULARY_PROVIDERS = []  # () -> {normalised word: display word}


def register_group(key, heading):
    GROUPS[key] = heading


def register_pages(model, *, group, indexed, depends_on=None, still_public=None):
    from . import index  # the index keeps the entries current from here on

    source = PageSource(model, group, indexed, depends_on or {}, still_public)
    SOURCES.append(source)
    index.keep_current(source)


def register_own_search(group, search):
    OWN_SEARCHES[group] = search


def register_synonyms(provider):
    SYNONYM_PROVIDERS.append(provider)


def register_vocabulary(provider):
    VOCABULARY_PROVIDERS.append(provider)


def synonyms():
    return [pair for provider in SYNONYM_PROVIDERS for pair in provider()]
