"""Queries as patients type them, normalised and parsed: no models, no database."""

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils import translation

MAX_QUERY_LENGTH = 100
# How alike (difflib's ratio) a suggested spelling must be. A short word needs more: one letter
# changed in five ("tears", "years") is a different word more often than a typo; one missing
# ("botx", "botox") still passes.
WORD_LIKENESS, SHORT_WORD_LIKENESS = 0.7, 0.85
# Words too common to tell texts apart; they never decide a match on their own.
STOPWORDS = {
    "en": frozenset(
        "a an and are as at be by can do dr for from have help i in is it me my need no not of "
        "on or so the to with won wont t".split()
    ),
    "es": frozenset(
        "a al con de del dr dra el en es esta estoy la las lo los me mi mis muy no o para por "
        "que se su sus tengo un una uno y yo".split()
    ),
}


def search_language():
    """The page's language if search knows its words, else English."""
    language = translation.get_language()
    return language if language in STOPWORDS else "en"


def normalize(text):
    """Lower case, no accents or apostrophes, words separated by single spaces."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’‘`´]", "", text)  # Bell’s → bells, O’Neill → oneill
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


def stopwords():
    return STOPWORDS[search_language()]


def content_words(phrase):
    """The words of a normalised phrase that can decide a match, in the page's language."""
    common = stopwords()
    return [word for word in phrase.split() if word not in common]


@dataclass
class ParsedQuery:
    text: str  # normalised, at most MAX_QUERY_LENGTH characters
    phrases: list[str] = field(default_factory=list)  # the text, then synonym expansions
    # Words of the site's own (a spelling suggestion): no search for misspellings of them.
    known_words: bool = False

    def __bool__(self):
        return bool(self.text)


def parse_query(raw, synonyms, known_words=False):
    """Normalises a patient's query and adds the clinical terms its words stand for.

    `synonyms` is an iterable of (patient words, comma-separated clinical terms).
    """
    text = normalize(raw)[:MAX_QUERY_LENGTH]
    phrases = [text] if text else []
    padded = f" {text} "
    for phrase, terms in synonyms:
        if f" {normalize(phrase)} " in padded:
            phrases += [term for term in map(normalize, terms.split(",")) if term]
    return ParsedQuery(text=text, phrases=list(dict.fromkeys(phrases)), known_words=known_words)


def word_matches(query_word, document_words):
    """Exact word, or a shared stem: 'transfer' finds 'transfers', 'retrain' finds 'retraining'."""
    if query_word in document_words:
        return True
    if len(query_word) < 4:
        return False
    return any(
        word.startswith(query_word) or (len(word) >= 4 and query_word.startswith(word))
        for word in document_words
    )


def add_display_words(vocabulary, text):
    """Adds each word of `text` to a spelling vocabulary (normalised → as written), keeping a
    word's first written form: "Bell’s" is shown as written, found as "bells"."""
    for display_word in re.findall(r"[\w’']+", str(text)):
        if spellable(normalized := normalize(display_word)):
            vocabulary.setdefault(normalized, display_word)


def spellable(word):
    """Whether a word may be suggested as a spelling: not a number, which nobody misspells
    and which is never what a mistyped word meant (and a site's many numbers would make up
    most of its vocabulary, for every suggestion to be compared with)."""
    return not word.isdigit()


def spelling_suggestion(parsed, vocabulary):
    """A close spelling for each unknown word ("hekmen" → "Heckman"), or None.

    `vocabulary` maps normalised words to how they should be shown.
    """
    suggested, changed = [], False
    common = stopwords()
    for word in parsed.text.split():
        if word in vocabulary or word in common or len(word) < 3:
            suggested.append(vocabulary.get(word, word))
            continue
        cutoff = SHORT_WORD_LIKENESS if len(word) <= 5 else WORD_LIKENESS
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=cutoff)
        suggested.append(vocabulary[close[0]] if close else word)
        changed = changed or bool(close)
    return " ".join(suggested) if changed else None
