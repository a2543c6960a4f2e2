"""Keeps the site search's entries current: one function, refresh(), rewrites a page's entries
in every language whenever it, or something it depends on, is saved or deleted."""

import re
from functools import partial
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags

from clinic.markdown import render_markdown

from .freshness import keep_current as keep_current_text
from .ranking import TEXT_SEARCH_CONFIGS, uses_full_text_search, weighted_vector
from .text import normalize

VOCABULARY_CACHE_KEY = "search:vocabulary"
BLOCK_END = re.compile(r"</(?:h[1-6]|p|li|td|th|blockquote)>")
BATCH_SIZE = 500


def plain_text(markdown_text):
    """What a reader sees of Markdown, as one line of plain text; a heading or list item that
    ends without punctuation gets a full stop, so a snippet never runs it into the next line."""
    blocks = BLOCK_END.split(render_markdown(markdown_text))
    sentences = [" ".join(unescape(strip_tags(block)).split()) for block in blocks]
    return " ".join(text if text[-1] in ".!?:;…" else f"{text}." for text in sentences if text)


def refresh(source, pks):
    """Rewrites the entries of these rows of a source: gone if the row is no longer indexed
    (a draft, a story without consent, a deleted page), rebuilt from its texts if it is."""
    from .models import SearchEntry

    pks = list(pks)
    if not pks:
        return
    content_type = ContentType.objects.get_for_model(source.model)
    with transaction.atomic():
        SearchEntry.objects.filter(content_type=content_type, object_id__in=pks).delete()
        entries = [
            _entry(row, source, content_type, language)
            for row in source.indexed().filter(pk__in=pks)
            for language in TEXT_SEARCH_CONFIGS
        ]
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)
        if uses_full_text_search():
            _fill_vectors(SearchEntry.objects.filter(content_type=content_type, object_id__in=pks))
    cache.delete_many([f"{VOCABULARY_CACHE_KEY}:{language}" for language in TEXT_SEARCH_CONFIGS])


def rebuild():
    """Every source's entries from scratch: after a deployment adds a source, or a bulk change
    that sent no signals. Returns how many entries there are."""
    from . import registry
    from .models import SearchEntry

    for source in registry.SOURCES:
        content_type = ContentType.objects.get_for_model(source.model)
        SearchEntry.objects.filter(content_type=content_type).delete()
        pks = list(source.indexed().values_list("pk", flat=True))
        for start in range(0, len(pks), BATCH_SIZE):
            refresh(source, pks[start : start + BATCH_SIZE])
    return SearchEntry.objects.count()


def _entry(row, source, content_type, language):
    from .models import SearchEntry

    with translation.override(language):
        document = row.search_document()
        return SearchEntry(
            content_type=content_type,
            object_id=row.pk,
            language=language,
            group=source.group,
            position=getattr(row, "position", 0),
            title=document.title,
            summary=document.summary,
            text=document.text,
            url=row.get_absolute_url(),
            search_title=normalize(document.title),
            search_summary=normalize(document.summary),
            search_body=normalize(document.text),
            shown_from=document.shown_from,
            shown_until=document.shown_until,
            title_language=document.title_language or language,
            text_language=document.text_language or language,
        )


def _fill_vectors(entries):
    for language, config in TEXT_SEARCH_CONFIGS.items():
        entries.filter(language=language).update(
            vector=weighted_vector(config, "search_title", "search_summary", "search_body")
        )


def keep_current(source):
    """Rewrites a source's entries whenever it, or what it depends on, changes."""
    keep_current_text(
        source.model, partial(refresh, source), uid=f"search:{source.model._meta.label}",
        depends_on=source.depends_on,
    )  # fmt: skip
