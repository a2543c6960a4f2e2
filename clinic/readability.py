"""A reading-grade estimate for staff-written text (Flesch–Kincaid grade level).

Patient information should read at grade 8 or lower. The estimate is rough (syllables are
counted by vowel groups) but steady, which is what a "too hard to read?" flag needs.
"""

import re

MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_MARKERS = re.compile(r"^\s*(?:#{1,6}|[*+-]|\d+[.)]|>)\s+", re.MULTILINE)
# A sentence ends at . ! ? or at the end of a line: headings and list items have no stop.
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
MAX_GRADE = 99.9  # text with no full stop at all scores beyond any meaning (and the column)
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def plain_text(markdown_text):
    text = MARKDOWN_LINK.sub(r"\1", markdown_text)
    text = MARKDOWN_MARKERS.sub("", text)
    return re.sub(r"[*_`]", "", text)


def syllables(word):
    word = word.lower()
    count = len(VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # a silent final e: "cause", "here"
    return max(count, 1)


def reading_grade(markdown_text):
    """The Flesch–Kincaid grade of the text, to one decimal; None when there are no words."""
    text = plain_text(markdown_text)
    sentences = [part for part in SENTENCE_END.split(text) if WORD.search(part)]
    words = WORD.findall(text)
    if not words:
        return None
    words_per_sentence = len(words) / len(sentences)
    syllables_per_word = sum(syllables(word) for word in words) / len(words)
    grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    return min(max(round(grade, 1), 0.0), MAX_GRADE)
