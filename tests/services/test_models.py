import pytest

from clinic.models import PublicationStatus
from services.models import Treatment
from tests.factories import make_cause, make_condition, make_page, make_treatment

pytestmark = pytest.mark.django_db


def test_each_kind_of_page_has_its_own_address():
    condition = make_condition(slug="facial-paralysis")
    assert condition.get_absolute_url() == "/conditions/facial-paralysis/"
    assert make_cause(condition, slug="stroke").get_absolute_url() == "/causes/stroke/"
    assert make_treatment(slug="static-sling").get_absolute_url() == "/treatments/static-sling/"
    assert make_page(slug="first-visit").get_absolute_url() == "/info/first-visit/"


def test_a_page_reads_as_its_title():
    assert str(make_treatment(title="Static sling")) == "Static sling"


def test_published_leaves_out_drafts():
    published = make_treatment()
    make_treatment(status=PublicationStatus.DRAFT)
    assert list(Treatment.objects.published()) == [published]


def test_new_content_starts_as_a_draft():
    assert Treatment().status == PublicationStatus.DRAFT


def test_treatments_group_nonsurgical_first_and_skip_empty_groups():
    surgical = make_treatment(category=Treatment.Category.SURGICAL)
    nonsurgical = make_treatment(category=Treatment.Category.NONSURGICAL)
    groups = Treatment.objects.grouped_by_category()
    assert [(str(label), items) for label, items in groups] == [
        ("Nonsurgical treatments", [nonsurgical]),
        ("Surgical treatments", [surgical]),
    ]
    surgical.delete()
    assert len(Treatment.objects.grouped_by_category()) == 1


def test_pages_are_listed_by_position_then_title():
    second = make_page(position=2, title="A")
    first = make_page(position=1, title="Z")
    assert list(type(first).objects.all()) == [first, second]
