"""The site-search quality table, on whichever database the suite runs on; and the results
page's behaviour on the demo content (loaded once for the module)."""

import re

import pytest
from django.core.management import call_command

from clinic.models import SearchEntry
from clinic.search import registry
from tests.helpers import assert_placed

from .site_search_quality import CASES, CASES_ES


@pytest.fixture
def demo(demo_for_module):
    """The demo content, loaded once for the whole table."""


def shown(client, query, path):
    html = client.get(path, {"q": query}).content.decode()
    return html, re.findall(r'class="search-hits__title" href="([^"]+)"', html)


def check(client, query, url, place, path):
    assert_placed(query, shown(client, query, path)[1], url, place)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "url", "place"), CASES, ids=[case[0] for case in CASES])
def test_the_query_shows_the_expected_page(client, demo, query, url, place):
    check(client, query, url, place, "/search/")


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "url", "place"), CASES_ES, ids=[case[0] for case in CASES_ES])
def test_the_spanish_query_shows_the_expected_page(client, demo, query, url, place):
    check(client, query, url, place, "/es/buscar/")


pytestmark = pytest.mark.django_db


def test_every_page_has_an_entry_in_each_language_and_rebuild_restores_them(demo):
    count = SearchEntry.objects.count()
    assert count == 2 * sum(source.indexed().count() for source in registry.SOURCES)
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))
    assert SearchEntry.objects.count() == count


def groups(html):
    return re.findall(r'<h2 id="group-(\w+)">', html)


def test_results_are_grouped_under_headings_best_group_first(client, demo):
    html, _urls = shown(client, "botox", "/search/")
    assert groups(html)[0] == "treatments"
    assert {"treatments", "stories", "specialists"} <= set(groups(html))


def test_a_specialist_name_puts_specialists_first_with_a_link_to_all(client, demo):
    html, _urls = shown(client, "heckman", "/search/")
    assert groups(html)[0] == "specialists" and "guides" in groups(html)
    assert 'href="/specialists/?q=heckman"' in html


def test_a_typo_is_searched_as_its_likely_spelling_and_said_so(client, demo):
    # A word of a page's text, not of a title (PostgreSQL's trigram match reads titles).
    html, urls = shown(client, "gracilus", "/search/")
    assert "so these are the results for <strong>gracilis</strong>" in html
    assert urls[0] == "/treatments/muscle-nerve-tissue-transfers/"


def test_nothing_found_says_so_and_offers_ways_on(client, demo):
    html, _urls = shown(client, "zzqx", "/search/")
    assert "We found nothing for “zzqx”" in html
    assert 'href="/specialists/"' in html


def test_spanish_results_link_to_spanish_pages(client, demo):
    _html, urls = shown(client, "parálisis de Bell", "/es/buscar/")
    assert urls and all(url.startswith("/es/") for url in urls)


def test_every_page_has_the_header_search(client, demo):
    for path in ["/", "/specialists/", "/es/", "/appointments/request/"]:
        html = client.get(path).content.decode()
        form = re.search(r'<form class="site-search" action="([^"]+)"[^>]*role="search"', html)
        assert form, path
        assert form.group(1) == ("/es/buscar/" if path.startswith("/es/") else "/search/")
