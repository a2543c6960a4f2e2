from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import registry
from .forms import SiteSearchForm
from .index import VOCABULARY_CACHE_KEY
from .models import SearchEntry
from .snippets import Snippets
from .text import (
    add_display_words,
    parse_query,
    search_language,
    spellable,
    spelling_suggestion,
    stopwords,
)

# The best matches overall, then at most PER_GROUP under each heading: enough to choose from
# on a phone without a second page; the specialists' group links to the directory for all.
MAX_ENTRIES = 60
PER_GROUP = 8
VOCABULARY_SECONDS = 600


def site_search(request):
    form = SiteSearchForm(request.GET)
    form.is_valid()  # never refused: an over-long query is shortened and said so
    typed = form.cleaned_data.get("q", "")
    parsed = parse_query(typed, registry.synonyms())
    groups, suggestion = find(parsed, typed), None
    if parsed and not groups and (suggestion := spelling_suggestion(parsed, vocabulary())):
        # "botx": nothing found, so what was probably meant is searched, and said so.
        groups = find(parse_query(suggestion, registry.synonyms(), known_words=True), suggestion)
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "query": typed,
            "groups": groups,
            "suggestion": suggestion,
            "result_count": sum(len(group["hits"]) for group in groups),
            "breadcrumbs": [(_("Search"), None)],
        },
    )


def find(parsed, typed):
    """[{key, heading, hits, more_url}]: the group of the best match first, and so on; a group
    that searches itself (specialists) first when it says the query names one of its own."""
    if not parsed:
        return []
    hits, leading, following = {}, [], []
    page_language, snippets = search_language(), Snippets(parsed)
    for entry in still_public(
        SearchEntry.objects.visible().search(parsed, best=MAX_ENTRIES).for_results()
    ):
        if len(group := hits.setdefault(entry.group, [])) < PER_GROUP:
            text = snippets.of(entry.text) or snippets.of(entry.summary) or entry.summary
            group.append(
                registry.Hit(
                    entry.title, entry.url, text,
                    *(lang if lang != page_language else "" for lang in (
                        entry.title_language, entry.text_language)),
                )
            )  # fmt: skip
    more = {}
    for key, own_search in registry.OWN_SEARCHES.items():
        if results := own_search(parsed, typed):
            hits[key], more[key] = results.hits, results.more_url
            (leading if results.leads else following).append(key)
    order = leading + [key for key in hits if key not in leading + following] + following
    return [
        {"key": key, "heading": registry.GROUPS[key], "hits": hits[key], "more_url": more.get(key)}
        for key in order
    ]


def still_public(entries):
    """The best MAX_ENTRIES entries, less any whose source says the row is no longer public:
    one query per such source among the results, none otherwise."""
    entries = list(entries[:MAX_ENTRIES])
    hidden = set()
    for source in registry.SOURCES:
        if source.still_public is None:
            continue
        content_type = ContentType.objects.get_for_model(source.model)
        pks = {e.object_id for e in entries if e.content_type_id == content_type.pk}
        if pks:
            hidden |= {(content_type.pk, pk) for pk in pks - source.still_public(pks)}
    return [e for e in entries if (e.content_type_id, e.object_id) not in hidden]


def vocabulary():
    """Normalised word → display word, for "did you mean": what each app adds (specialists'
    names, clinical terms), the words of every visible title and summary as written, and of
    the pages' text. Built only when a search finds nothing, and kept until content changes
    (clinic.search.index) or for a few minutes: a stale suggestion is only a suggestion."""

    def build():
        words = {}
        for provider in registry.VOCABULARY_PROVIDERS:
            words.update(provider())
        texts = SearchEntry.objects.visible().values_list("title", "summary", "search_body")
        body_words = set()
        for title, summary, body in texts:
            add_display_words(words, f"{title} {summary}")
            body_words.update(body.split())
        return {word: word for word in body_words - stopwords() if spellable(word)} | words

    key = f"{VOCABULARY_CACHE_KEY}:{search_language()}"
    return cache.get_or_set(key, build, VOCABULARY_SECONDS)
