"""The search-quality table, run on whichever database the suite runs on."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from clinic.search.text import parse_query
from specialists.models import Specialist, Synonym

from .search_quality import CASES, CASES_ES, FIRST, NOBODY


@pytest.fixture(scope="module")
def directory(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo directory, loaded once for the whole table (portraits take a while)."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        with django_db_blocker.unblock():
            call_command("load_demo_content", stdout=open("/dev/null", "w"))
            yield
            call_command("flush", interactive=False)


def ranked_slugs(query):
    parsed = parse_query(query, Synonym.objects.pairs())
    results = Specialist.objects.published().search(parsed)
    return [specialist.slug for specialist in results[:10]]


def check(query, slug, place):
    slugs = ranked_slugs(query)
    if place == NOBODY:
        assert slugs == [], f"{query!r}: wanted nobody, got {slugs[:5]}"
        return
    wanted = slugs[:1] if place == FIRST else slugs[:3]
    assert slug in wanted, f"{query!r}: wanted {slug} {place}, got {slugs[:5]}"


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "slug", "place"), CASES, ids=[case[0] for case in CASES])
def test_the_query_finds_the_expected_specialist(directory, query, slug, place):
    check(query, slug, place)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "slug", "place"), CASES_ES, ids=[case[0] for case in CASES_ES])
def test_the_spanish_query_finds_the_expected_specialist(directory, query, slug, place):
    with translation.override("es"):
        check(query, slug, place)
