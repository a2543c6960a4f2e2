"""A few words of a page around what was searched for, with the matched words marked."""

import re
from collections import deque
from functools import lru_cache
from itertools import islice

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


class Snippets:
    """Snippets of a results page's texts for one query. Its pages share most of their words
    ("facial", "nerve", "surgery"), so whether a word matches is decided once per page of
    results rather than once per text."""

    def __init__(self, parsed):
        self.wanted = query_words(parsed)
        self.common = stopwords()
        self.verdicts = {}

    def matches(self, written):
        if (verdict := self.verdicts.get(written)) is None:
            # "well-known" normalises to two words: either may match; a stop word never does
            # (Spanish "para" would otherwise match "paralisis" as its stem).
            normal = normal_words(written) - self.common
            verdict = self.verdicts[written] = any(word_matches(q, normal) for q in self.wanted)
        return verdict

    def of(self, text):
        """HTML: about SNIPPET_WORDS words of `text` from just before its first match, matched
        words in <mark>, everything else escaped. None when nothing in the text matches."""
        # Read only as far as the snippet's end: most pages match near their top.
        words = WORD.finditer(text)
        before, cut = deque(maxlen=WORDS_BEFORE), False
        for word in words:
            if self.matches(word.group()):
                break
            cut = cut or len(before) == WORDS_BEFORE
            before.append(word)
        else:
            return None
        shown = [*before, word, *islice(words, SNIPPET_WORDS - len(before) - 1)]
        parts = ["…"] if cut else []
        position = shown[0].start()
        for word in shown:
            written = word.group()
            parts.append(escape(text[position : word.start()]))
            parts.append(
                f"<mark>{escape(written)}</mark>" if self.matches(written) else escape(written)
            )
            position = word.end()
        if next(words, None) is not None:
            parts.append(" …")
        else:
            parts.append(escape(text[position:]))
        return mark_safe("".join(parts))  # every piece of the text was escaped above
