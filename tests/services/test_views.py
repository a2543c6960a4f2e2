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
    assert '<h2 id="section-what-happens">What happens</h2>' in content
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


def test_a_cause_page_names_its_condition_in_lower_case_mid_sentence(client, demo_content):
    content = client.get("/causes/stroke/").content.decode()
    assert '<p class="eyebrow">A cause of facial paralysis</p>' in content
    assert "Treatments for facial paralysis</a>" in content
    assert "Facial paralysis</p>" not in content


def test_a_condition_named_after_a_person_keeps_its_capitals_mid_sentence(client):
    condition = make_condition(title="Ramsay Hunt syndrome")
    content = client.get(make_cause(condition).get_absolute_url()).content.decode()
    assert "A cause of Ramsay Hunt syndrome" in content
    assert "Treatments for Ramsay Hunt syndrome" in content
    assert "Read more about Ramsay Hunt syndrome" in client.get("/").content.decode()


def test_the_condition_page_says_what_to_expect_after_the_causes(client, demo_content):
    content = client.get("/conditions/facial-paralysis/").content.decode()
    headings = re.findall(r'<h2 id="[\w-]+">([^<]+)</h2>', content)
    assert headings.index("What to expect") == headings.index("Causes") + 1
    assert headings.index("Treatments") > headings.index("What to expect")
    section = content[content.index(">What to expect<") : content.index(">Treatments<")]
    assert "you will meet with a surgeon" in section
    assert '<a href="/info/first-visit/">What to expect at your first visit</a>' in section


def test_the_condition_page_leaves_out_what_to_expect_while_the_guide_is_a_draft(client):
    condition = make_condition()
    make_page(slug="first-visit", status=PublicationStatus.DRAFT)
    content = client.get(condition.get_absolute_url()).content.decode()
    assert "What to expect" not in content and "/info/first-visit/" not in content


def test_our_own_copy_speaks_as_the_program_not_the_hospital(client, demo_content):
    assert "Nebraska Medicine" not in client.get("/").content.decode()
    why = client.get("/info/why-choose-us/").content.decode()
    assert "Nebraska Medicine" not in re.search(r'<meta name="description"[^>]*>', why).group()
    # The body is the seed page's own text, kept as the hospital wrote it.
    assert "Wes Heckman, MD, is double board-certified" in " ".join(why.split())
