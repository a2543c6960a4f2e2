"""A Spanish page whose words are not translated yet shows the English under a Spanish notice,
with the English marked lang="en", and costs no more queries than a translated one."""

import re

import pytest
from django.utils import translation

from tests.factories import (
    make_cause,
    make_condition,
    make_page,
    make_specialist,
    make_story,
    make_treatment,
)
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

NOTICE = "Esta página aún no está traducida al español"
SPANISH = {"title_es": "Título en español", "summary_es": "Un resumen.", "body_es": "Un texto."}


@pytest.fixture(autouse=True)
def english_outside_requests():
    """A request leaves its language active in the test's thread: content made after one would
    be written in Spanish."""
    with translation.override("en"):
        yield


def spanish_url(item):
    with translation.override("es"):
        return item.get_absolute_url()


def english_url(item):
    with translation.override("en"):
        return item.get_absolute_url()


def english_lang_marks(html):
    return re.findall(r'<(\w+)[^>]* lang="en"[^>]*>([^<]*)', html)


def content_page(kind, **fields):
    number = content_page.count = getattr(content_page, "count", 0) + 1
    makers = {"condition": make_condition, "cause": make_cause, "treatment": make_treatment,
              "page": make_page, "story": make_story}  # fmt: skip
    return makers[kind](title=f"English title {number}", slug=f"{kind}-{number}",
                        slug_es=f"{kind}-es-{number}", **fields)  # fmt: skip


@pytest.mark.parametrize("kind", ["condition", "cause", "treatment", "page", "story"])
def test_an_untranslated_page_says_so_in_spanish_and_marks_the_english(client, kind):
    item = content_page(kind)
    html = client.get(spanish_url(item)).text
    assert NOTICE in html and "Le mostramos la versión en inglés" in html
    assert html.index(NOTICE) < html.index(f">{item.title_en}</h1>")
    assert ("h1", item.title_en) in english_lang_marks(html)
    assert re.search(r'<div lang="en"><p>' + re.escape(item.body_en), html)
    assert NOTICE not in client.get(english_url(item)).text  # the English page


@pytest.mark.parametrize("kind", ["condition", "cause", "treatment", "page", "story"])
def test_a_translated_page_has_no_notice_and_no_english_marks(client, kind):
    item = content_page(kind, **SPANISH)
    html = client.get(spanish_url(item)).text
    assert NOTICE not in html and "Título en español</h1>" in html
    assert not [mark for mark in english_lang_marks(html) if mark[0] == "h1"]


def test_a_partly_translated_page_marks_only_what_falls_back(client):
    page = content_page("page", title_es="Su primera visita")
    html = client.get(spanish_url(page)).text
    assert NOTICE in html and "<h1>Su primera visita</h1>" in html
    assert re.search(r'<div lang="en"><p>' + re.escape(page.body_en), html)


def test_a_profile_with_an_english_biography_says_so(client):
    specialist = make_specialist(bio="She treats facial paralysis.", title="Facial surgeon")
    html = client.get(spanish_url(specialist)).text
    assert NOTICE in html
    assert ("p", "Facial surgeon") in english_lang_marks(html)
    assert '<div lang="en"><p>She treats facial paralysis.' in html
    specialist.title_es, specialist.bio_es = "Cirujana facial", "Trata la parálisis facial."
    specialist.save()
    html = client.get(spanish_url(specialist)).text
    assert NOTICE not in html and 'lang="en"><p>' not in html


def test_cards_and_lists_mark_the_titles_that_fall_back(client):
    condition = content_page("condition", **SPANISH)
    make_cause(condition=condition, title="Stroke", summary="A stroke can cause it.")
    make_cause(condition=condition, title="Tumor", title_es="Tumor", summary_es="Un tumor.")
    html = client.get(spanish_url(condition)).text
    marks = english_lang_marks(html)
    assert ("a", "Stroke") in marks and ("p", "A stroke can cause it.") in marks
    assert not [mark for mark in marks if "Tumor" in mark[1] or "Un tumor" in mark[1]]


@pytest.mark.parametrize("kind", ["condition", "treatment", "story"])
def test_the_notice_costs_no_query(client, kind):
    translated, untranslated = content_page(kind, **SPANISH), content_page(kind)
    queries = count_queries(client, spanish_url(translated))
    assert count_queries(client, spanish_url(untranslated)) == queries
    assert count_queries(client, english_url(untranslated)) == queries


def test_a_profile_notice_costs_no_query(client):
    translated = make_specialist(bio="Bio.", bio_es="Biografía.", title_es="Cirujano")
    untranslated = make_specialist(bio="Bio.")
    queries = count_queries(client, spanish_url(translated))
    assert count_queries(client, spanish_url(untranslated)) == queries
