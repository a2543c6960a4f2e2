import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def variables_read_by_settings():
    source = (BASE_DIR / "clinic" / "settings.py").read_text()
    return set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', source))


def test_the_readme_documents_every_setting_variable():
    readme = (BASE_DIR / "README.md").read_text()
    assert variables_read_by_settings() - set(re.findall(r"`([A-Z_]+)`", readme)) == set()


def test_env_example_lists_every_setting_variable():
    example = (BASE_DIR / ".env.example").read_text()
    listed = set(re.findall(r"^([A-Z_]+)=", example, re.M))
    assert listed == variables_read_by_settings()


def test_the_readme_starts_with_the_two_commands():
    first_block = (BASE_DIR / "README.md").read_text().split("```")[1]
    assert "make run" in first_block and "make test" in first_block
