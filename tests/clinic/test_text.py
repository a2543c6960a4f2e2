import pytest

from clinic.text import without_control_characters

# A Persian name written with a zero-width non-joiner (U+200C) between two parts, as typed.
PERSIAN_NAME = (
    "\u0641\u0631\u0632\u0627\u0646\u0647 \u0645\u0647\u200c\u0622\u0628\u0627\u062f\u06cc"
)


def test_a_persian_name_with_a_zero_width_non_joiner_is_kept_as_typed():
    assert without_control_characters(PERSIAN_NAME) == PERSIAN_NAME


def test_an_emoji_sequence_keeps_its_joiner():
    family = "\U0001f469\u200d\U0001f467"
    assert without_control_characters(family) == family


@pytest.mark.parametrize(
    "hidden",
    [
        "\u200e",  # left-to-right mark
        "\u200f",  # right-to-left mark
        "\u061c",  # Arabic letter mark
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u200b",  # zero-width space
        "\ufeff",  # byte-order mark
        "\u00ad",  # soft hyphen
        "\u2060",  # word joiner
        "\x07",  # a control character
    ],
)
def test_bidirectional_and_invisible_formatting_characters_are_removed(hidden):
    assert without_control_characters(f"Ana{hidden} Lopez") == "Ana Lopez"


def test_kept_control_characters_stay():
    assert without_control_characters("one\ntwo\tthree", keep="\n") == "one\ntwothree"
