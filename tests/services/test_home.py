"""The home page: the hero, the three paths, the team, causes and treatments, the next steps,
the locations and a story, all from data staff edit, in a fixed number of queries."""

import io
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.template import Context, Template

from clinic.models import PublicationStatus
from services.models import Page, Treatment
from specialists.models import Expertise
from tests.factories import (
    make_cause,
    make_condition,
    make_location,
    make_page,
    make_specialist,
    make_treatment,
)
from tests.helpers import assert_constant_queries

pytestmark = pytest.mark.django_db
DRAFT = PublicationStatus.DRAFT


@pytest.fixture
def every_demo(db):
    """Every app's demo content: the seed's surgeon, sample specialists, locations, stories."""
    call_command("load_demo_content", stdout=io.StringIO())


def home(client):
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def section(html, heading_id):
    """The <section> labelled by this heading, nested sections and all."""
    start = html.index(f'aria-labelledby="{heading_id}"')
    start = html.rindex("<section", 0, start)
    depth, position = 0, start
    for tag in re.finditer(r"<(/?)section\b", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            position = start + tag.end()
            break
    return html[start:position]


def test_the_hero_drawing_is_decorative_sized_and_loads_at_once(client):
    content = home(client)
    image = re.search(r'<img class="hero__art"[^>]*>', content).group(0)
    assert 'src="/static/img/facial-nerve.svg"' in image
    assert 'alt=""' in image and 'width="400"' in image and 'height="320"' in image
    assert "loading=" not in image  # in the first screen: never lazy
    assert content.index("<h1>") < content.index('id="paths-heading"')


def test_the_hero_drawing_is_a_small_svg_of_the_sites_own():
    drawing = finders.find("img/facial-nerve.svg")
    text = open(drawing, encoding="utf-8").read()
    assert len(text.encode()) < 5_000
    assert "<script" not in text and "href" not in text  # nothing run, nothing fetched


def test_the_three_paths_each_have_a_heading_link_and_the_search_form(client):
    paths = section(home(client), "paths-heading")
    headings = re.findall(r'<h3 class="card__title"><a href="([^"]+)">([^<]+)</a></h3>', paths)
    assert headings == [
        ("/conditions/", "Conditions and treatments"),
        ("/specialists/", "Find a specialist"),
        ("/appointments/request/", "Request an appointment"),
    ]
    assert 'action="/specialists/"' in paths and 'name="q"' in paths


def test_the_board_certifications_are_those_published_specialists_list(client):
    make_specialist(board_certifications="American Board of Otolaryngology\nAmerican Board A")
    make_specialist(board_certifications="  American Board of Otolaryngology  \n\n")
    make_specialist(board_certifications="Board of a draft profile", status=DRAFT)
    team = section(home(client), "certifications-heading")
    assert re.findall(r"<li>([^<]+)</li>", team) == [
        "American Board A",
        "American Board of Otolaryngology",
    ]


def test_the_seeds_double_board_certification_shows_as_the_seed_states_it(client, every_demo):
    team = section(home(client), "certifications-heading")
    assert "American Board of Facial Plastic &amp; Reconstructive Surgery" in team
    assert "American Board of Otolaryngology-Head and Neck Surgery" in team


def test_the_areas_of_expertise_are_those_of_published_specialists_and_link_to_them(client):
    shown = Expertise.objects.create(name="Facial plastic and reconstructive surgery", slug="fps")
    hidden = Expertise.objects.create(name="Draft-only area", slug="draft-only")
    Expertise.objects.create(name="Nobody’s area", slug="nobody")
    make_specialist(expertise=[shown])
    make_specialist(expertise=[shown, hidden], status=DRAFT)
    team = section(home(client), "disciplines-heading")
    link = '<a href="/specialists/?expertise=fps">Facial plastic and reconstructive surgery</a>'
    assert link in team
    assert "Draft-only" not in team and "Nobody" not in team


def test_fictional_sample_profiles_are_not_presented_as_the_team(client, every_demo):
    # The demo's sample specialists include a neurologist and therapists; the seed's team is
    # its facial plastic and reconstructive surgeon, so only his areas show as the team's.
    areas = re.findall(r">([^<]+)</a></li>", section(home(client), "disciplines-heading"))
    assert areas == [
        "Facial plastic and reconstructive surgery", "Otolaryngology–head and neck surgery"
    ]  # fmt: skip
    make_specialist(board_certifications="A board of a sample", is_sample=True)
    assert "A board of a sample" not in section(home(client), "certifications-heading")


def test_a_made_up_address_says_so(client, every_demo):
    locations = section(home(client), "locations-heading")
    assert locations.count("A fictional sample address") == locations.count("<article")
    real = make_location(name="Aardvark Clinic")  # listed first: by name
    make_specialist(locations=[real])
    first_card = section(home(client), "locations-heading").split("<article")[1]
    assert "Aardvark Clinic" in first_card and "fictional" not in first_card


def test_the_team_section_links_to_why_choose_our_program_while_it_is_published(client):
    page = make_page(slug="why-choose-us", title="Why choose our program", summary="Our surgeons.")
    team = section(home(client), "trust-heading")
    link = f'<a href="{page.get_absolute_url()}">Why choose our program</a>'
    assert f"<span>Our surgeons.</span> {link}" in team
    Page.objects.filter(pk=page.pk).update(status=DRAFT)
    assert page.get_absolute_url() not in home(client)


def test_without_published_team_data_the_team_section_is_left_out(client):
    make_specialist(board_certifications="A board", status=DRAFT)
    assert 'id="trust-heading"' not in home(client)


def test_only_locations_where_a_published_specialist_works_are_listed(client):
    public = make_location(name="Public Clinic", street_address="1 Open Road", phone="402-555-0142")
    draft_only = make_location(name="Draft Clinic")
    make_location(name="Empty Clinic")
    make_specialist(locations=[public])
    make_specialist(locations=[public, draft_only], status=DRAFT)
    locations = section(home(client), "locations-heading")
    assert locations.count("<article") == 1  # once, though two specialists work there
    assert "Public Clinic" in locations and "Draft Clinic" not in locations
    assert "Empty Clinic" not in locations
    assert "1 Open Road<br>Omaha, NE 68105" in locations
    assert 'href="tel:+14025550142"' in locations
    assert f'href="{public.map_url}"'.replace("&", "&amp;") in locations


def test_with_no_public_location_the_section_is_left_out(client):
    make_specialist(locations=[make_location()], status=DRAFT)
    assert 'id="locations-heading"' not in home(client)


def test_the_steps_say_when_we_answer_and_link_the_first_visit_guide(client, settings):
    settings.APPOINTMENT_RESPONSE_TIME = "within two working days"
    guide = make_page(slug="first-visit", title="What to expect at your first visit")
    steps = re.search(r'<ol class="steps">(.*?)</ol>', home(client), re.S).group(1)
    items = re.findall(r"<li>(.*?)</li>", steps, re.S)
    assert len(items) == 3
    assert 'href="tel:+18009220000"' in items[0]
    assert "within two working days" in items[1]
    assert (
        f'<a href="{guide.get_absolute_url()}">What to expect at your first visit</a>' in (items[2])
    )
    Page.objects.filter(pk=guide.pk).update(status=DRAFT)
    steps = re.search(r'<ol class="steps">(.*?)</ol>', home(client), re.S).group(1)
    assert guide.get_absolute_url() not in steps and "<h3>Your first visit</h3>" in steps


def test_the_request_path_names_the_response_time_too(client):
    paths = section(home(client), "paths-heading")
    assert f"We will contact you {settings.APPOINTMENT_RESPONSE_TIME}." in paths


def test_causes_and_treatments_are_compact_cards_grouped_by_kind(client):
    condition = make_condition(title="Facial paralysis", title_in_sentence="facial paralysis")
    cause = make_cause(condition, summary="A first sentence. A second sentence.")
    make_cause(condition, status=DRAFT, title="Draft cause")
    botox = make_treatment(category=Treatment.Category.NONSURGICAL, summary="Relaxes. Wears off.")
    sling = make_treatment(category=Treatment.Category.SURGICAL)
    program = section(home(client), "program-heading")
    headings = re.findall(r"<h3[^>]*>([^<]+)</h3>", program)
    assert headings == [
        "Causes of facial paralysis",
        "Nonsurgical treatments",
        "Surgical treatments",
    ]
    cards = re.findall(r'<li class="compact-card">(.*?)</li>', program, re.S)
    assert len(cards) == 3 and "Draft cause" not in program
    assert f'<a href="{cause.get_absolute_url()}">{cause.title}</a>' in cards[0]
    assert "<p>A first sentence.</p>" in cards[0] and "second sentence" not in program
    assert botox.get_absolute_url() in cards[1] and "Wears off" not in cards[1]
    assert sling.get_absolute_url() in cards[2]


def test_the_overview_page_keeps_the_full_summaries(client):
    make_cause(summary="A first sentence. A second sentence.")
    overview = client.get("/conditions/").content.decode()
    assert "A first sentence. A second sentence." in overview
    assert "compact-card" not in overview


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One. Two.", "One."),
        ("Is it? Yes.", "Is it?"),
        ("Only one sentence", "Only one sentence"),
        ("Drops, e.g. ointment, help. Taping too.", "Drops, e.g. ointment, help."),
        ("A stroke can cause drooping.  Call 911 right away.", "A stroke can cause drooping."),
    ],
)
def test_a_cards_line_is_the_first_sentence_of_the_summary(text, first):
    template = Template("{% load clinic_tags %}{{ text|first_sentence }}")
    assert template.render(Context({"text": text})) == first


def test_one_featured_story_shows(client, every_demo):
    content = home(client)
    assert content.count('id="featured-story-heading"') == 1


def add_specialists_and_locations():
    areas = [Expertise.objects.create(name=f"Area {n}", slug=f"area-{n}") for n in range(15)]
    for number in range(40):
        make_specialist(
            board_certifications=f"Board {number}\nAnother board {number}",
            expertise=areas[number % 15 : number % 15 + 2],
            locations=[make_location(), make_location()],
        )
    make_cause(make_condition())
    make_treatment(category=Treatment.Category.NONSURGICAL)


def test_the_home_page_costs_the_same_queries_however_large_the_directory(client, demo_content):
    make_specialist(board_certifications="A board", locations=[make_location()])
    assert_constant_queries(client, "/", add_specialists_and_locations)
    content = home(client)
    # Each list is bounded, however many rows there are behind it.
    assert section(content, "certifications-heading").count("<li>") == 8
    assert section(content, "disciplines-heading").count("<li>") == 12
    assert section(content, "locations-heading").count("<article") == 6


def test_the_home_page_stays_within_its_query_budget(
    client, every_demo, django_assert_max_num_queries
):
    # Causes with their conditions, treatments, guides, certifications, areas, locations, the
    # story and its photos: 8.
    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200


def test_a_condition_with_no_published_cause_has_no_causes_section(client, demo_content):
    from services.models import Condition
    from tests.factories import make_cause

    lonely = Condition.objects.create(
        title="Synkinesis", slug="synkinesis", summary="Muscles move together.", status="published"
    )
    make_cause(lonely, status="draft", title="A draft cause")
    content = home(client)
    assert 'id="causes-synkinesis"' not in content and "A draft cause" not in content
    assert 'id="causes-facial-paralysis"' in content
