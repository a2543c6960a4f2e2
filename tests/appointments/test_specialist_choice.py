"""The preferred specialist: never a list of the whole directory, and looked up by name without
losing anything the patient typed."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.models import AppointmentRequest
from specialists.models import Specialist
from tests.factories import make_specialist

pytestmark = pytest.mark.django_db

URL = "/appointments/request/"


def specialist_radios(content):
    return re.findall(
        r'<input type="radio"[^>]* name="preferred_specialist" value="([^"]*)"', content
    )


def add_specialists(count):
    Specialist.objects.bulk_create(
        Specialist(name=f"Sample Doctor{n}", slug=f"sample-doctor-{n}", title="Surgeon",
                   status="published")
        for n in range(count)
    )  # fmt: skip


def test_the_form_stays_the_same_size_and_cost_however_big_the_directory(client, form_data):
    make_specialist(slug="ana-example", name="Ana Example")
    sizes, queries = [], []
    for added in [0, 300]:
        add_specialists(added)
        with CaptureQueriesContext(connection) as captured:
            content = client.get(URL + "?specialist=ana-example").content.decode()
        sizes.append(len(content) - content.count("csrf"))
        queries.append(len(captured))
        assert specialist_radios(content) == ["ana-example", ""]
        assert "Sample Doctor" not in content
    assert queries[0] == queries[1]
    assert abs(sizes[0] - sizes[1]) < 100  # only the submission token and the CSRF token differ


def test_a_profile_preselects_its_specialist(client, specialist_and_location):
    content = client.get(URL + "?specialist=ana-example").content.decode()
    assert re.search(r'value="ana-example"[^>]* checked', content)
    assert "Ana Example, MD – Facial plastic surgeon" in content


def test_without_a_choice_the_form_asks_only_for_a_name_to_find(client, specialist_and_location):
    for url in [URL, URL + "?specialist=no-such-person"]:
        content = client.get(url).content.decode()
        assert specialist_radios(content) == []
        assert 'name="specialist_name"' in content and 'name="find_specialist"' in content


def test_find_offers_the_matches_and_keeps_everything_typed(client, form_data):
    make_specialist(slug="wes-heckman", name="Wes Heckman")
    make_specialist(slug="ana-example", name="Ana Example")
    data = form_data | {"specialist_name": "hekman", "find_specialist": "Find"}
    response = client.post(URL, data)
    content = response.content.decode()
    assert response.status_code == 200 and not AppointmentRequest.objects.exists()
    assert specialist_radios(content) == ["wes-heckman", ""]
    assert "We found 1 specialist for “hekman”. Choose the specialist below" in content
    assert 'id="specialist-lookup-result" tabindex="-1" autofocus' in content
    assert 'value="Siobhán O’Brien"' in content and 'value="402-555-0199"' in content
    assert re.search(r'value="bells-palsy"[^>]* checked', content)
    assert 'name="submission_token" value="' + form_data.get("submission_token", "") in content
    assert "There is a problem" not in content and "<title>Request an appointment" in content
    assert re.search(r'<input type="text" name="specialist_name"[^>]*>', content)
    assert 'value="hekman"' not in content  # the box is empty again, ready for another name


def test_enter_in_any_field_with_a_name_waiting_looks_it_up_first(client, form_data):
    make_specialist(slug="wes-heckman", name="Wes Heckman")
    response = client.post(URL, form_data | {"specialist_name": "Heckman"})
    assert response.status_code == 200 and not AppointmentRequest.objects.exists()
    assert specialist_radios(response.content.decode()) == ["wes-heckman", ""]


def test_nothing_found_says_so_and_offers_no_empty_choice(client, form_data):
    content = client.post(URL, form_data | {"specialist_name": "zzqx"}).content.decode()
    assert "We found no specialist for “zzqx”" in content
    assert specialist_radios(content) == []


def test_find_with_an_empty_box_asks_for_a_name(client, form_data):
    content = client.post(URL, form_data | {"find_specialist": "Find"}).content.decode()
    assert "Type a specialist’s name, then choose “Find”." in content
    assert not AppointmentRequest.objects.exists()


def test_a_found_specialist_is_stored_with_the_request(client, form_data):
    make_specialist(slug="wes-heckman", name="Wes Heckman")
    assert client.post(URL, form_data | {"preferred_specialist": "wes-heckman"}).status_code == 302
    assert AppointmentRequest.objects.get().preferred_specialist.slug == "wes-heckman"


def test_a_specialist_no_longer_listed_gets_a_clear_message(client, form_data):
    make_specialist(slug="gone-away", name="Gone Away", status="draft")
    content = client.post(URL, form_data | {"preferred_specialist": "gone-away"}).content.decode()
    assert "That specialist is not taking requests online." in content
    assert specialist_radios(content) == [""]  # the question is still there to answer
    assert not AppointmentRequest.objects.exists()


def test_the_lookup_speaks_spanish_on_the_spanish_form(client, form_data):
    make_specialist(slug="wes-heckman", name="Wes Heckman")
    content = client.post("/es/citas/solicitar/", form_data | {"specialist_name": "heckman"})
    content = content.content.decode()
    assert "Encontramos 1 especialista para “heckman”" in content and "Sin preferencia" in content
    assert 'value="Buscar"' in content
