"""The search-quality table, run on whichever database the suite runs on."""

import pytest
from django.utils import translation

from clinic.search.text import parse_query
from specialists.models import Specialist, Synonym
from tests.helpers import assert_placed

from .search_quality import CASES, CASES_ES


@pytest.fixture
def directory(demo_for_module):
    """The demo content, loaded once for the whole table."""


def ranked_slugs(query):
    parsed = parse_query(query, Synonym.objects.pairs())
    results = Specialist.objects.published().search(parsed)
    return [specialist.slug for specialist in results[:10]]


def check(query, slug, place):
    assert_placed(query, ranked_slugs(query), slug, place)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "slug", "place"), CASES, ids=[case[0] for case in CASES])
def test_the_query_finds_the_expected_specialist(directory, query, slug, place):
    check(query, slug, place)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "slug", "place"), CASES_ES, ids=[case[0] for case in CASES_ES])
def test_the_spanish_query_finds_the_expected_specialist(directory, query, slug, place):
    with translation.override("es"):
        check(query, slug, place)
