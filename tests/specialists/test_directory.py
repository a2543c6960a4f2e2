import re

import pytest

from clinic.models import PublicationStatus
from specialists.models import Language, Synonym
from tests.factories import make_cause, make_location, make_specialist, make_treatment
from tests.helpers import assert_constant_queries

pytestmark = pytest.mark.django_db


def page(client, query=""):
    response = client.get(f"/specialists/{query}")
    assert response.status_code == 200
    return response.content.decode()


def names(content):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', content)


def test_the_directory_lists_published_specialists_by_name(client):
    make_specialist(name="Zoe Zed")
    make_specialist(name="Ann Able")
    make_specialist(name="Draft Person", status=PublicationStatus.DRAFT)
    content = page(client)
    assert names(content) == ["Ann Able, MD", "Zoe Zed, MD"]
    assert "2 specialists" in content


def test_a_search_states_the_count_for_screen_readers(client):
    make_specialist(name="Wes Heckman")
    content = page(client, "?q=hekman")
    assert names(content) == ["Wes Heckman, MD"]
    assert re.search(r'role="status">\s*1 specialist found for “hekman”', content)
    assert "<title>1 specialist for “hekman” – Find a specialist" in content


def test_synonyms_staff_add_are_used(client):
    make_specialist(name="Lid Expert", treatments=[make_treatment(title="Eyelid procedures")])
    Synonym.objects.create(phrase="eye won't close", terms="eyelid procedures")
    assert names(page(client, "?q=eye+won’t+close")) == ["Lid Expert, MD"]


def test_each_filter_narrows_the_list(client):
    cause, treatment, location = make_cause(), make_treatment(), make_location()
    spanish = Language.objects.create(name="Spanish")
    make_specialist(name="Everything", causes=[cause], treatments=[treatment],
                    locations=[location], languages=[spanish], accepts_new_patients=True,
                    offers_video_visits=True)  # fmt: skip
    make_specialist(name="Nothing", accepts_new_patients=False, offers_video_visits=False)
    for query in [f"?cause={cause.slug}", f"?treatment={treatment.slug}",
                  f"?location={location.slug}", "?language=Spanish", "?new_patients=on",
                  "?video=on"]:  # fmt: skip
        assert names(page(client, query)) == ["Everything, MD"], query


def test_a_filter_in_use_can_be_removed_with_one_link(client):
    location = make_location(name="Kearney Clinic")
    make_specialist(locations=[location])
    content = page(client, f"?q=sample&location={location.slug}&page=1")
    assert "Location: Kearney Clinic" in content
    assert 'href="?q=sample">Remove<span class="visually-hidden"> filter Location' in content


def test_no_results_says_so_suggests_a_spelling_and_gives_the_phone(client):
    make_specialist(name="Wes Heckman")
    content = page(client, "?q=hekmen+xyzzyq&video=on")
    assert "No specialists match “hekmen xyzzyq”" in content
    assert 'Did you mean <a href="?q=Heckman+xyzzyq&amp;video=on">Heckman xyzzyq</a>?' in content
    assert "Try removing a filter" in content
    assert 'href="tel:+18009220000"' in content


@pytest.mark.parametrize("query", ["?q=hemifacial+spasm", "?q=zzzz", "?video=on&new_patients=on"])
def test_no_results_says_what_the_clinic_treats_and_suggests_calling(client, query):
    from tests.factories import make_condition

    condition = make_condition(title="Facial paralysis", title_in_sentence="facial paralysis")
    stroke = make_cause(condition, title="Stroke")
    make_cause(condition, title="Draft cause", status=PublicationStatus.DRAFT)
    make_specialist(accepts_new_patients=False)
    content = page(client, query)
    treated = content[content.index('<div class="no-results">') :]
    assert (
        f'We treat <a href="{condition.get_absolute_url()}">facial paralysis</a> and its causes:'
        in treated
    )
    assert f'<li><a href="{stroke.get_absolute_url()}">Stroke</a></li>' in treated
    assert "Draft cause" not in treated
    assert 'Call <a href="tel:+18009220000">800.922.0000</a>' in treated


def test_a_search_with_results_does_not_list_what_the_clinic_treats(client):
    make_cause(title="Stroke")
    make_specialist(name="Wes Heckman")
    assert "We treat" not in page(client, "?q=heckman")


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("?q=" + "x" * 10_000, "we used its first 100 characters"),
        ("?location=atlantis", "We did not recognise the “Location” filter"),
        ("?language=Klingon&cause=nope", "We did not recognise the “Language spoken” filter"),
        ("?page=99", "There is no page 99, so here is the last page."),
        ("?page=-3", "There is no page -3, so here is page 1."),
        ("?page=abc", "That page number was not understood"),
        ("?q=%00%01%1b", "1 specialist"),  # nothing left to search for: the full list
        ("?q=%27%3B+DROP+TABLE+specialists_specialist%3B--", "No specialists match"),
    ],
)
def test_bad_input_gets_a_normal_page_with_a_clear_message(client, query, note):
    make_specialist()
    assert note in page(client, query)


def test_echoed_text_is_escaped(client):
    content = page(client, "?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert(1)" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_results_are_paginated_ten_to_a_page(client):
    for number in range(12):
        make_specialist(name=f"Person {number:02}")
    first, second = page(client), page(client, "?page=2")
    assert len(names(first)) == 10 and len(names(second)) == 2
    assert 'href="?page=2" rel="next"' in first
    assert "12 specialists, page 2 of 2" in second


def add_specialists():
    location, cause = make_location(), make_cause()
    language = Language.objects.create(name=f"Language {Language.objects.count()}")
    for _ in range(15):
        make_specialist(locations=[location], causes=[cause], languages=[language])


@pytest.mark.parametrize("query", ["", "?q=sample", "?q=smaple+persn", "?q=zzzz",
                                   "?q=surgeon&new_patients=on&page=2"])  # fmt: skip
def test_queries_do_not_grow_with_the_number_of_specialists(client, query):
    add_specialists()
    assert_constant_queries(client, f"/specialists/{query}", add_specialists)


def test_a_location_staff_add_is_offered_as_a_filter_at_once(client):
    page(client)  # fills the cache of filter options
    make_location(name="Grand Island Clinic", slug="grand-island")
    assert '<option value="grand-island">Grand Island Clinic, Omaha</option>' in page(client)


def test_a_synonym_staff_change_applies_at_once(client):
    make_specialist(name="Lid Expert", treatments=[make_treatment(title="Eyelid procedures")])
    synonym = Synonym.objects.create(phrase="droopy lid", terms="nothing relevant")
    assert names(page(client, "?q=droopy+lid")) == []
    synonym.terms = "eyelid procedures"
    synonym.save()
    assert names(page(client, "?q=droopy+lid")) == ["Lid Expert, MD"]


def test_each_page_and_filtered_state_has_its_own_title(client):
    spanish = Language.objects.create(name="Spanish")
    for number in range(12):
        make_specialist(languages=[spanish] if number < 3 else [], accepts_new_patients=True)
    assert "<title>Page 2 of 2 – Find a specialist |" in page(client, "?page=2")
    filtered = page(client, "?language=Spanish&new_patients=on")
    assert "<title>Language spoken: Spanish, Accepting new patients – Find a specialist |" in (
        filtered
    )


def card(content, name):
    return re.search(
        rf'<article class="card specialist-card">(?:(?!</article>).)*{name}.*?</article>',
        content,
        re.S,
    )[0]


def test_a_card_shows_name_role_languages_availability_and_locations_in_that_order(client):
    make_specialist(
        name="Ana Example", title="Facial surgeon", accepts_new_patients=True,
        languages=[Language.objects.create(name="Spanish"), Language.objects.create(name="Urdu")],
        locations=[make_location(name="Kearney Clinic", city="Kearney")],
    )  # fmt: skip
    make_specialist(name="Full Books", accepts_new_patients=False)
    content = page(client)
    ana = card(content, "Ana Example")
    in_order = ["Ana Example, MD</a></h3>", "Facial surgeon", "<dd>Spanish, Urdu</dd>",
                "Accepting new patients", "Kearney Clinic, Kearney"]  # fmt: skip
    order = [ana.index(text) for text in in_order]
    assert order == sorted(order)
    assert "<dt>Languages</dt>" in ana and "<dt>Location</dt>" in ana
    assert "Not accepting new patients" in card(content, "Full Books")


def test_without_a_photo_a_card_shows_a_monogram_hidden_from_screen_readers(client):
    make_specialist(name="Siobhan Mary O’Neill")
    siobhan = card(page(client), "Siobhan")
    assert re.search(r'<div class="specialist-card__photo" aria-hidden="true">\s*'
                     r'<span class="monogram">SO</span>', siobhan)  # fmt: skip
    assert "<img" not in siobhan


def test_a_sample_specialists_drawing_is_marked_and_a_real_photo_is_not(client):
    from tests.factories import jpeg_upload

    make_specialist(name="Drawn Sample", is_sample=True, photo=jpeg_upload(), photo_alt="Drawn")
    make_specialist(name="Real Person", photo=jpeg_upload(), photo_alt="Photo")
    content = page(client)
    assert "Illustration</span>" in card(content, "Drawn Sample")
    assert "<img" in card(content, "Real Person")
    assert "Illustration" not in card(content, "Real Person")


def test_a_full_page_of_cards_costs_the_same_queries_as_one_card(client):
    # (The test above starts from a full page, so it cannot see a query per card.)
    make_specialist(languages=[Language.objects.create(name="Spanish")])
    assert_constant_queries(client, "/specialists/", add_specialists)
