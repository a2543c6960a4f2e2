"""What keeps the code and its tests apart: no code outside tests/ imports them, and outside
the browser tests Django's check against ORM calls from async code stays on."""

import ast
import asyncio
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import SynchronousOnlyOperation

ROOT = Path(__file__).resolve().parents[2]
SKIPPED = {"tests", "node_modules", "static", "templates"}


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def test_no_code_outside_tests_imports_the_tests():
    sources = [
        path
        for path in ROOT.rglob("*.py")
        if not {part for part in path.relative_to(ROOT).parts if part in SKIPPED}
        and not path.relative_to(ROOT).parts[0].startswith(".")
    ]
    importers = {
        str(path.relative_to(ROOT))
        for path in sources
        if any(name == "tests" or name.startswith("tests.") for name in imported_modules(path))
    }
    assert len(sources) > 20 and importers == set()


@pytest.mark.django_db
def test_outside_the_browser_tests_an_orm_call_from_async_code_fails():
    async def count_users():
        return User.objects.count()

    with pytest.raises(SynchronousOnlyOperation):
        asyncio.run(count_users())
