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

FENCE = "+++"


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
