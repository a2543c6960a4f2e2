"""The demo content's data files (services/demo/, stories/demo/): each parses, each English item
has a Spanish translation of every text, and no page copy is left in Python code."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

from clinic.demo_files import read_folder
from services.demo import DEMO as SERVICES_DEMO
from services.demo import demo_items, translated
from services.models import Cause, Condition, Page, Treatment
from stories.demo import DEMO as STORIES_DEMO
from stories.demo import demo_stories
from stories.models import PhotoPair, Story
from stories.translation import PhotoPairTranslation, StoryTranslation

FOLDERS = {"conditions": Condition, "causes": Cause, "treatments": Treatment, "pages": Page}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def service_items():
    return [(model, item) for folder, model in FOLDERS.items() for item in demo_items(folder)]


def ids(items):
    return [item["en"]["slug"] for _, item in items]


def assert_fits(model, fields):
    for name, text in fields.items():
        limit = model._meta.get_field(name).max_length
        assert not limit or len(text) <= limit, f"{name} is {len(text)} characters, over {limit}"


def test_every_demo_file_parses_and_names_its_language():
    folders = [*(SERVICES_DEMO / folder for folder in FOLDERS), STORIES_DEMO / "stories"]
    files = [path for folder in folders for path in folder.glob("*")]
    assert len(files) == 2 * (len(service_items()) + len(demo_stories()))
    languages = {code for code, _ in settings.LANGUAGES}
    for folder in folders:
        for name, item in read_folder(folder):
            assert set(item) == languages, name


@pytest.mark.parametrize(("model", "item"), service_items(), ids=ids(service_items()))
def test_every_service_page_has_every_text_in_spanish(model, item):
    english, spanish = item["en"], item["es"]
    texts = set(translated(model))
    assert set(spanish) == texts & set(english), "the Spanish file translates each English text"
    assert all(text.strip() for text in spanish.values())
    assert spanish["body"] != english["body"]
    assert_fits(model, spanish)


@pytest.mark.parametrize("item", demo_stories(), ids=lambda item: item["en"]["slug"])
def test_every_story_and_photo_pair_has_every_text_in_spanish(item):
    english, spanish = item["en"], dict(item["es"])
    pairs = spanish.pop("photo_pairs")
    assert set(spanish) == set(StoryTranslation.fields)
    assert all(text.strip() for text in spanish.values())
    assert_fits(Story, spanish)
    assert len(pairs) == len(english["photo_pairs"])
    for pair in pairs:
        assert set(pair) == set(PhotoPairTranslation.fields)
        assert all(text.strip() for text in pair.values())
        assert_fits(PhotoPair, pair)


@pytest.mark.parametrize("language", ["en", "es"])
def test_slugs_are_plain_and_unique_in_each_language(language):
    for items in [*(demo_items(folder) for folder in FOLDERS), demo_stories()]:
        slugs = [item[language]["slug"] for item in items]
        assert len(set(slugs)) == len(slugs)
        assert all(SLUG.match(slug) for slug in slugs), slugs


def string_literals(path):
    """The module's string constants, its docstrings aside."""
    tree = ast.parse(path.read_text())
    documented = (ast.Module, ast.ClassDef, ast.FunctionDef)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, documented) and ast.get_docstring(node) is not None
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_page_copy_is_left_in_python_code():
    for app in ("services", "stories"):
        folder = Path(settings.BASE_DIR) / app
        assert not (folder / "demo_content.py").exists()
        for path in folder.rglob("*.py"):
            if "migrations" in path.parts:
                continue  # history: data migrations keep the text they once set
            assert not [text for text in string_literals(path) if len(text) > 300], path
