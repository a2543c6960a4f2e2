"""What search engines read on story pages: the page, what care it is about, its breadcrumbs."""

from datetime import date

import pytest

from clinic.models import PublicationStatus
from tests.factories import make_cause, make_story, make_treatment
from tests.helpers import json_ld_blocks

pytestmark = pytest.mark.django_db


def blocks_by_type(client, path):
    return {block["@type"]: block for block in json_ld_blocks(client.get(path).content.decode())}


def test_a_story_page_is_a_reviewed_medical_web_page_about_its_care(client):
    cause = make_cause(title="Stroke")
    sling = make_treatment(title="Static sling")
    story = make_story(
        cause=cause, treatments=[sling], last_reviewed_on=date(2026, 5, 6), reviewed_by="J. Doe, MD"
    )
    page = blocks_by_type(client, story.get_absolute_url())["MedicalWebPage"]
    assert page["url"] == "http://testserver" + story.get_absolute_url()
    assert page["lastReviewed"] == "2026-05-06"
    assert page["reviewedBy"] == {"@type": "Person", "name": "J. Doe, MD"}
    assert [(item["@type"], item["name"]) for item in page["about"]] == [
        ("MedicalCause", "Stroke"),
        ("MedicalProcedure", "Static sling"),
    ]


def test_a_story_names_no_draft_cause(client):
    story = make_story(cause=make_cause(status=PublicationStatus.DRAFT))
    page = blocks_by_type(client, story.get_absolute_url())["MedicalWebPage"]
    assert "about" not in page and "lastReviewed" not in page


def test_story_pages_carry_their_breadcrumbs(client):
    story = make_story()
    trail = blocks_by_type(client, story.get_absolute_url())["BreadcrumbList"]["itemListElement"]
    assert [(item["name"], item["item"]) for item in trail] == [
        ("Home", "http://testserver/"),
        ("Patient stories", "http://testserver/stories/"),
        (story.title, "http://testserver" + story.get_absolute_url()),
    ]
    index = blocks_by_type(client, "/stories/?page=1")["BreadcrumbList"]["itemListElement"]
    assert [item["item"] for item in index] == ["http://testserver/", "http://testserver/stories/"]
