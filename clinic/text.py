import unicodedata

# Invisible characters that change how text reads without showing themselves: bidirectional
# overrides and isolates (a name or number shown reversed to staff) and zero-width characters
# (two strings that look the same but do not match in a search).
INVISIBLE_FORMATTING = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]  # LRE, RLE, PDF, LRO, RLO
    + [chr(c) for c in range(0x2066, 0x206A)]  # LRI, RLI, FSI, PDI
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]  # zero-width, word joiner, BOM
)


def without_control_characters(text, keep=""):
    """Text as typed or pasted, minus control and invisible formatting characters (except keep)."""
    return "".join(
        ch
        for ch in text
        if ch in keep or (unicodedata.category(ch) != "Cc" and ch not in INVISIBLE_FORMATTING)
    )
