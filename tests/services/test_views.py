import re

import pytest
from django.urls import reverse

from clinic.models import PublicationStatus
from services.models import Cause, Page, Treatment
from tests.factories import make_cause, make_condition, make_page, make_treatment
from tests.helpers import assert_constant_queries

pytestmark = pytest.mark.django_db


def links(response):
    return set(re.findall(r'href="(/[^"]*)"', response.content.decode()))


def test_home_page_shows_the_program_and_its_ways_in(client, demo_content):
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Facial paralysis treatment</h1>" in content
    assert 'action="/specialists/"' in content and 'name="q"' in content
    assert 'href="/appointments/request/"' in content
    assert 'href="tel:+18009220000"' in content


def test_every_cause_treatment_and_the_first_visit_are_one_click_from_home(client, demo_content):
    home_links = links(client.get("/"))
    pages = [*Cause.objects.all(), *Treatment.objects.all(), Page.objects.get(slug="first-visit")]
    assert {page.get_absolute_url() for page in pages} <= home_links


@pytest.mark.parametrize(
    "url",
    [
        "/conditions/",
        "/conditions/facial-paralysis/",
        "/causes/bells-palsy/",
        "/treatments/static-sling/",
        "/info/first-visit/",
        "/info/why-choose-us/",
    ],
)
def test_content_pages_render_with_breadcrumbs_and_their_own_title(client, demo_content, url):
    response = client.get(url)
    content = response.content.decode()
    assert response.status_code == 200
    assert 'aria-label="Breadcrumb"' in content
    title = re.search(r"<title>(.*?)</title>", content).group(1)
    h1 = re.search(r"<h1>(.*?)</h1>", content).group(1)
    assert title.startswith(h1)
    assert f'<link rel="canonical" href="http://testserver{url}">' in content


def test_a_treatment_page_renders_its_markdown_and_sample_copy_notice(client):
    make_treatment(slug="sling", body="## What happens\n\n* You sleep\n", is_sample_copy=True)
    content = client.get("/treatments/sling/").content.decode()
    assert "<h2>What happens</h2>" in content
    assert "<li>You sleep</li>" in content
    assert "sample text that our clinicians are reviewing" in content


def test_a_treatment_page_never_runs_script_written_into_its_body(client):
    make_treatment(slug="sling", body='<script>alert(1)</script><a href="javascript:x()">x</a>')
    content = client.get("/treatments/sling/").content.decode()
    assert "alert(1)" not in content
    assert "javascript:" not in content


def test_the_meta_description_is_the_pages_summary(client):
    make_treatment(slug="sling", summary="Lifts the mouth at rest.")
    content = client.get("/treatments/sling/").content.decode()
    assert '<meta name="description" content="Lifts the mouth at rest.">' in content
    assert '<meta property="og:description" content="Lifts the mouth at rest.">' in content


@pytest.mark.parametrize(
    "make", [make_condition, make_cause, make_treatment, make_page], ids=lambda f: f.__name__
)
def test_a_draft_is_not_found_and_not_listed(client, make):
    draft = make(status=PublicationStatus.DRAFT, title="Secret draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "Secret draft" not in client.get("/").content.decode()
    assert "Secret draft" not in client.get("/conditions/").content.decode()


def test_a_cause_of_a_draft_condition_is_not_found(client):
    cause = make_cause(make_condition(status=PublicationStatus.DRAFT))
    assert client.get(cause.get_absolute_url()).status_code == 404


def test_a_condition_page_lists_its_causes_and_treatments_by_category(client):
    condition = make_condition()
    cause = make_cause(condition)
    injections = make_treatment([condition], category=Treatment.Category.NONSURGICAL)
    other = make_treatment()  # treats another condition
    content = client.get(condition.get_absolute_url()).content.decode()
    assert cause.get_absolute_url() in content
    assert "Nonsurgical treatments" in content and injections.get_absolute_url() in content
    assert other.get_absolute_url() not in content


def test_a_treatment_page_links_to_others_of_its_kind(client):
    sling = make_treatment(category=Treatment.Category.SURGICAL)
    lift = make_treatment(category=Treatment.Category.SURGICAL)
    botox = make_treatment(category=Treatment.Category.NONSURGICAL)
    page_links = links(client.get(sling.get_absolute_url()))
    assert lift.get_absolute_url() in page_links
    assert botox.get_absolute_url() not in page_links


def add_program_content():
    condition = make_condition()
    for _ in range(3):
        make_cause(condition)
        make_treatment([condition], category=Treatment.Category.NONSURGICAL)
        make_treatment([condition])
        make_page()


@pytest.mark.parametrize(
    "url", ["/", "/conditions/", "/conditions/facial-paralysis/", "/causes/stroke/",
            "/treatments/static-sling/", "/info/first-visit/"],
)  # fmt: skip
def test_queries_per_page_do_not_grow_with_content(client, demo_content, url):
    assert_constant_queries(client, url, add_program_content)


def test_the_navigation_marks_the_current_section(client, demo_content):
    content = client.get(reverse("services:overview")).content.decode()
    assert 'href="/conditions/" aria-current="true"' in content
    home = client.get("/").content.decode()
    assert "aria-current" not in home
