"""Every public page costs at most QUERY_BUDGET SQL queries (anonymous, page cache off), and
exactly as many with ten times the demo content: no list on any page grows its queries."""

import io

import pytest
from django.core.management import call_command

from services.models import Cause, Condition, Treatment
from specialists.models import Location, Specialist
from tests.factories import (
    make_cause,
    make_location,
    make_page,
    make_specialist,
    make_story,
    make_treatment,
)
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 8
STORY = "/stories/maya-finding-her-smile-after-bells-palsy/"
PAGES = [
    "/", "/conditions/", "/conditions/facial-paralysis/", "/causes/bells-palsy/",
    "/treatments/botox-and-injections/", "/info/first-visit/", "/specialists/",
    "/specialists/?q=botox", "/specialists/?q=hekmen", "/specialists/?q=zzqx",
    "/specialists/?cause=bells-palsy&page=2",
    "/specialists/wes-heckman/", "/stories/", STORY, "/appointments/request/",
    "/appointments/request/?specialist=wes-heckman", "/es/",
    "/es/tratamientos/botox-e-inyecciones/", "/es/especialistas/?q=paralisis+de+bell",
    "/es/especialistas/?q=hekmen", "/search/", "/search/?q=botox", "/search/?q=botx",
    "/search/?q=heckman", "/search/?q=hekman", "/search/?q=zzqx",
    "/es/buscar/?q=paralisis+de+bell",
    # Found only as their likely spelling: searched twice, the second time with stories.
    "/search/?q=gracilus", "/es/buscar/?q=sincinecia",
    "/info/when-to-see-a-specialist/", "/sitemap.xml",
]  # fmt: skip


def ten_times_the_demo():
    """Nine more of each kind of row the pages list, linked as the demo's are."""
    condition = Condition.objects.get(slug="facial-paralysis")
    bells, botox = (
        Cause.objects.get(slug="bells-palsy"),
        Treatment.objects.get(slug="botox-and-injections"),
    )
    specialists = Specialist.objects.count()
    for number in range(9 * specialists):
        make_specialist(
            board_certifications=f"Board {number}", causes=[bells], treatments=[botox],
            conditions=[condition], locations=[make_location()],
        )  # fmt: skip
    for _number in range(9 * Cause.objects.count()):
        make_cause(condition)
    for _number in range(9 * Treatment.objects.count()):
        make_treatment(conditions=[condition], category=Treatment.Category.SURGICAL)
    for _number in range(18):
        make_page()
    for _number in range(36):
        make_story(treatments=[botox])
    assert Location.objects.count() > 90


@pytest.fixture
def every_demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def warm_count(client, path):
    """Queries of a visit once the lists cached for an hour (the directory's filter choices,
    the synonyms) are filled: what nearly every visit costs. The first visit after an edit
    costs up to 6 more on the directory."""
    count_queries(client, path)
    return count_queries(client, path)


def test_no_page_costs_more_queries_at_ten_times_the_content(client, every_demo):
    demo = {path: warm_count(client, path) for path in PAGES}
    ten_times_the_demo()
    grown = {path: warm_count(client, path) for path in PAGES}
    assert grown == demo, "a page's queries grew with the content"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_stays_within_the_query_budget(client, every_demo, path):
    assert warm_count(client, path) <= QUERY_BUDGET
