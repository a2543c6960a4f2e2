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


# Spanish: textstat's Fernández Huerta ease (0–100, higher is easier; syllables from Pyphen's
# Spanish dictionary). Stored as the school grade Fernández Huerta's table gives each band of
# ease, so one target and one filter hold in every language: 60–70 ("normal") is grade 7–8,
# kept as 8; 70–80 ("fairly easy") grade 6.
FERNANDEZ_HUERTA_GRADES = [(90, 4), (80, 5), (70, 6), (60, 8), (50, 10), (30, 13)]
FERNANDEZ_HUERTA_HARDEST = 16  # below 30: "very difficult", university text
LINE_WITHOUT_STOP = re.compile(r"(?<=[^\s.!?:;])[ \t]*$", re.MULTILINE)


def fernandez_huerta(markdown_text):
    """The Fernández Huerta ease of Spanish text; None when there are no words."""
    from textstat.backend import metrics  # its per-call API: textstat.set_lang() is global

    text = plain_text(markdown_text)
    if not re.search(r"\w", text):
        return None
    # As for English, a line without a stop (a heading, a list item) is a sentence.
    text = LINE_WITHOUT_STOP.sub(".", text.strip())
    return metrics.fernandez_huerta(text, "es")


def spanish_reading_grade(markdown_text):
    """The school grade for Spanish text's Fernández Huerta ease; None when there are no words."""
    ease = fernandez_huerta(markdown_text)
    if ease is None:
        return None
    return next((grade for floor, grade in FERNANDEZ_HUERTA_GRADES if ease >= floor),
                FERNANDEZ_HUERTA_HARDEST)  # fmt: skip


# A language without a formula here gets no grade (the admin shows "—").
GRADE_FORMULAS = {"en": reading_grade, "es": spanish_reading_grade}


def grade_for_language(markdown_text, language):
    formula = GRADE_FORMULAS.get(language)
    return formula(markdown_text) if formula else None
