import pytest

from clinic.readability import plain_text, reading_grade, syllables


@pytest.mark.parametrize("word, count", [("cat", 1), ("cause", 1), ("table", 2),
                                         ("paralysis", 4), ("eye", 1)])  # fmt: skip
def test_syllables_are_counted_by_vowel_groups(word, count):
    assert syllables(word) == count


def test_markdown_syntax_is_not_read_as_words():
    assert plain_text("## Help\n* [Call us](/contact/) today") == "Help\nCall us today"


def test_short_plain_sentences_score_low_and_long_technical_ones_high():
    assert reading_grade("We can help. Call us. We will call you back.") < 2
    jargon = "Electrophysiological evaluation characterizes neuromuscular dysfunction thoroughly."
    assert reading_grade(jargon) > 12


def test_text_without_words_has_no_grade():
    assert reading_grade("") is None and reading_grade("## \n* ") is None


def test_a_grade_beyond_meaning_is_capped_to_fit_its_column():
    assert reading_grade("word " * 400) == 99.9
