"""A few words of a page around what was searched for, with the matched words marked."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import content_words, normalize, stopwords, word_matches

SNIPPET_WORDS = 30
WORDS_BEFORE = 8
WORD = re.compile(r"\w[\w’'-]*")


@lru_cache(maxsize=8192)
def normal_words(word):
    """A page's word as search compares it; the same few thousand words recur in every page."""
    return frozenset(normalize(word).split())


def query_words(parsed):
    """Every word that can decide a match: what was typed and the terms it stands for."""
    return {word for phrase in parsed.phrases for word in content_words(phrase)}


def snippet(text, parsed):
    """HTML: about SNIPPET_WORDS words of `text` from just before its first match, matched
    words in <mark>, everything else escaped. None when nothing in the text matches."""
    wanted = query_words(parsed)
    common = stopwords()
    words = list(WORD.finditer(text))

    def matches(word):
        # "well-known" normalises to two words: either may match; a stop word never does
        # (Spanish "para" would otherwise match "paralisis" as its stem).
        normal = normal_words(word.group()) - common
        return any(word_matches(query_word, normal) for query_word in wanted)

    first = next((i for i, word in enumerate(words) if matches(word)), None)
    if first is None:
        return None
    start = max(0, first - WORDS_BEFORE)
    shown = words[start : start + SNIPPET_WORDS]
    parts = ["…"] if start else []
    position = shown[0].start()
    for word in shown:
        parts.append(escape(text[position : word.start()]))
        parts.append(
            f"<mark>{escape(word.group())}</mark>" if matches(word) else escape(word.group())
        )
        position = word.end()
    end = shown[-1].end()
    if start + SNIPPET_WORDS < len(words):
        parts.append(" …")
    else:
        parts.append(escape(text[end:]))
    return mark_safe("".join(parts))  # every piece of the text was escaped above
