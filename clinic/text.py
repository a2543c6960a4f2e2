import unicodedata

# Joiners are kept: the zero-width non-joiner (U+200C) and joiner (U+200D) are part of how
# Persian, Kurdish and Indic names are spelled (a ZWNJ keeps two letters of one name apart
# without a space) and of emoji sequences. They decide only whether two letters join; they cannot
# reorder text or hide a character the way a bidirectional control can.
JOINERS = frozenset("\u200c\u200d")


def without_control_characters(text, keep=""):
    """Text as typed or pasted, minus control and invisible formatting characters (except keep).

    Control characters (Unicode category Cc) and every format character (Cf) go: bidirectional
    marks, embeddings, overrides and isolates (U+200E/F, U+061C, U+202A–E, U+2066–9: a name or
    number shown reversed to staff), zero-width spaces, word joiners, the byte-order mark and
    soft hyphens (two strings that look the same but do not match in a search). Names stay as
    typed: letters, combining marks and the joiners above are kept.
    """
    return "".join(
        ch
        for ch in text
        if ch in keep or ch in JOINERS or unicodedata.category(ch) not in {"Cc", "Cf"}
    )
