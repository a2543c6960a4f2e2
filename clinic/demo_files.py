"""Demo content kept as data: one Markdown file per item and language, with TOML front matter.

    services/demo/treatments/botox-and-injections.en.md
    services/demo/treatments/botox-and-injections.es.md

    +++
    title = "Botox and injections"
    summary = "…"
    +++
    The page's body, in Markdown.

A writer or translator edits these files, not code. The English file holds every field; another
language's file holds only the texts it translates. Front matter is TOML (tomllib is in the
standard library); the text below it becomes the field named by `body_field`.
"""

import tomllib
from pathlib import Path

from django.conf import settings

FENCE = "+++"
ENGLISH = "en"
# The languages an English demo file may be translated into.
TRANSLATIONS = [code for code, _ in settings.LANGUAGES if code != ENGLISH]


def read_item(path, body_field="body"):
    """The fields of one file: its front matter, and the text below it as `body_field`."""
    text = Path(path).read_text(encoding="utf-8")
    opening, _, rest = text.partition(FENCE + "\n")
    if opening.strip():
        raise ValueError(f"{path}: must start with a {FENCE} line")
    front_matter, fence, body = rest.partition("\n" + FENCE + "\n")
    if not fence:
        raise ValueError(f"{path}: no closing {FENCE} line")
    fields = tomllib.loads(front_matter)
    if body.strip():
        fields[body_field] = body.strip("\n") + "\n"
    return fields


def read_folder(folder, body_field="body"):
    """[(name, {language: fields})] for every <name>.<language>.md in the folder, by name."""
    items = {}
    for path in sorted(Path(folder).glob("*.*.md")):
        name, language = path.name.removesuffix(".md").rsplit(".", 1)
        items.setdefault(name, {})[language] = read_item(path, body_field)
    return sorted(items.items())


def read_items(folder, order_by="position", body_field="body"):
    """The items of a folder as {language: fields}, in the order of their English `order_by`."""
    return sorted(
        (item for _, item in read_folder(folder, body_field)),
        key=lambda item: item[ENGLISH][order_by],
    )


def texts(item, names, languages=None):
    """The texts `names` lists of an item ({language: fields}), keyed by their column in each
    language (django-modeltranslation's title_en, title_es…); only `languages`' when given."""
    return {
        f"{name}_{language}": fields[name]
        for language, fields in item.items()
        if languages is None or language in languages
        for name in names
        if name in fields
    }


def same_text(text, demo_text):
    """Whether staff left the demo's text as it was (a save from the admin turns line ends into
    \\r\\n, and may change other spacing: the same words are the same text)."""
    return " ".join((text or "").split()) == " ".join(demo_text.split())


def fill_in_blanks(item, values):
    """Sets each field of `values` ({field: text}) that is blank on `item`; returns their names."""
    blank = [name for name, value in values.items() if value and not getattr(item, name)]
    for name in blank:
        setattr(item, name, values[name])
    return blank
