import pytest

from clinic.readability import (
    fernandez_huerta,
    grade_for_language,
    plain_text,
    reading_grade,
    spanish_reading_grade,
    syllables,
)


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


EASY_SPANISH = (
    "La parálisis de Bell llega de repente. Casi siempre mejora sola. Le ayudamos a cuidar el ojo."
)
HARD_SPANISH = (
    "La rehabilitación neuromuscular especializada contribuye significativamente a la "
    "recuperación funcional de pacientes con secuelas de parálisis facial periférica idiopática."
)


def test_spanish_is_scored_with_fernandez_huerta_and_kept_as_its_grade():
    assert fernandez_huerta(EASY_SPANISH) > 70 > 30 > fernandez_huerta(HARD_SPANISH)
    assert spanish_reading_grade(EASY_SPANISH) <= 6
    assert spanish_reading_grade(HARD_SPANISH) > 8
    assert spanish_reading_grade("") is None and spanish_reading_grade("## \n* ") is None


def test_each_language_is_graded_by_its_own_formula():
    assert grade_for_language(EASY_SPANISH, "es") == spanish_reading_grade(EASY_SPANISH)
    assert grade_for_language("We can help.", "en") == reading_grade("We can help.")
    assert grade_for_language("Nous pouvons aider.", "fr") is None  # no formula: no grade


def test_a_heading_or_list_item_without_a_stop_counts_as_a_sentence_in_spanish():
    listed = "## Qué hacer\n\n* Cierre el ojo\n* Use gotas\n* Llame si empeora"
    assert fernandez_huerta(listed) == fernandez_huerta(
        "Qué hacer. Cierre el ojo. Use gotas. Llame si empeora."
    )
