"""The form's causes are the published cause pages, plus "Something else" and "Not sure"."""

import csv
import io
import re

import pytest

from appointments.models import AppointmentRequest
from clinic.models import PublicationStatus
from tests.factories import make_cause, make_condition
from tests.helpers import assert_constant_queries

pytestmark = pytest.mark.django_db
URL = "/appointments/request/"


def offered(client):
    content = client.get(URL).content.decode()
    return re.findall(r'name="cause" value="([^"]*)"', content)


def test_the_form_offers_the_published_causes_then_other_and_not_sure(client, bells_palsy):
    make_cause(slug="tumor", title="A tumor", position=2)  # in the pages' order, not A to Z
    make_cause(slug="stroke", title="Stroke", position=1)
    make_cause(slug="draft", status=PublicationStatus.DRAFT)
    make_cause(slug="hidden", condition=make_condition(status=PublicationStatus.DRAFT))
    assert offered(client) == ["bells-palsy", "stroke", "tumor", "other", "not_sure"]
    content = client.get(URL).content.decode()
    assert "Bell’s palsy" in content and "Something else" in content and "Not sure" in content


def test_a_chosen_cause_is_stored_with_its_page_and_title(client, form_data, bells_palsy):
    client.post(URL, form_data)
    request = AppointmentRequest.objects.get()
    assert (request.cause, request.cause_title, request.unlisted_cause) == (
        bells_palsy,
        "Bell’s palsy",
        "",
    )
    assert request.cause_display == "Bell’s palsy"


@pytest.mark.parametrize(
    ("answer", "label"), [("other", "Something else"), ("not_sure", "Not sure")]
)
def test_an_unlisted_answer_is_stored_as_such(client, form_data, answer, label):
    client.post(URL, form_data | {"cause": answer})
    request = AppointmentRequest.objects.get()
    assert (request.cause, request.unlisted_cause, request.cause_display) == (None, answer, label)


def test_a_cause_unpublished_while_the_form_was_open_asks_again(client, form_data, bells_palsy):
    bells_palsy.status = PublicationStatus.DRAFT
    bells_palsy.save()
    content = client.post(URL, form_data).content.decode()
    assert '<a href="#id_cause_0">Select a cause, or “Not sure”</a>' in content
    assert not AppointmentRequest.objects.exists()


def test_staff_still_see_the_answer_after_its_page_is_deleted(admin_client, client, form_data):
    client.post(URL, form_data)
    request = AppointmentRequest.objects.get()
    request.cause.delete()
    request.refresh_from_db()
    assert request.cause is None
    detail = admin_client.get(f"/admin/appointments/appointmentrequest/{request.pk}/change/")
    assert "Bell’s palsy" in detail.content.decode()
    export = admin_client.post(
        "/admin/appointments/appointmentrequest/",
        {"action": "export_csv", "_selected_action": [request.pk]},
    )
    rows = list(csv.DictReader(io.StringIO(export.content.decode())))
    assert rows[0]["cause"] == "Bell’s palsy" and rows[0]["phone"] == "(402) 555-0199"


def test_the_form_costs_the_same_queries_however_many_causes(client, bells_palsy):
    def add_causes():
        condition = make_condition()
        for _number in range(5):
            make_cause(condition=condition)

    assert_constant_queries(client, URL, add_causes)
