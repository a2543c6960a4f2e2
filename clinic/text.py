import unicodedata


def without_control_characters(text, keep=""):
    """Text as typed or pasted, minus invisible control characters (except those in keep)."""
    return "".join(ch for ch in text if ch in keep or unicodedata.category(ch) != "Cc")
