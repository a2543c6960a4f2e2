"""Parts of pages that are the same for everyone are kept between requests (shared_part), for
the visitors the page cache cannot serve: anyone with a session, a query the cache has not
seen. The page must be exactly the one built afresh, and never outlive an edit or a consent."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from clinic.page_cache import shared_part
from clinic.roles import CONTENT_EDITORS
from stories.models import Consent, Story
from tests.clinic.test_page_cache import NOT_PUBLIC_ANY_MORE
from tests.factories import (
    make_cause,
    make_condition,
    make_location,
    make_page,
    make_specialist,
    make_staff,
    make_story,
    make_treatment,
)

pytestmark = pytest.mark.django_db

TOKENS = re.compile(r'(name="(?:csrfmiddlewaretoken|submission_token)" value=")[^"]*')


@pytest.fixture(autouse=True)
def parts_kept(settings):
    settings.PAGE_CACHE_SECONDS = 0  # what a visitor with a session gets: no whole pages
    settings.SHARED_PART_SECONDS = 600  # the default with Redis; tests use the local cache


def visit(url, client=None):
    """(HTML with the visitor's own tokens blanked, queries it cost)."""
    with CaptureQueriesContext(connection) as queries:
        response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return TOKENS.sub(r"\1", response.content.decode()), len(queries)


def site_pages():
    condition = make_condition(slug="facial-paralysis")
    cause = make_cause(condition=condition)
    treatment = make_treatment(conditions=[condition])
    specialist = make_specialist(
        name="Dr. Ann Example", locations=[make_location()], treatments=[treatment]
    )
    story = make_story(
        title="Maya’s journey", is_featured=True, photos=1, treatments=[treatment],
        specialists=[specialist], cause=cause,
    )  # fmt: skip
    make_story(treatments=[treatment])  # a related story on the first's page
    guide = make_page(slug="first-visit")
    return [
        "/", "/es/", "/conditions/", condition.get_absolute_url(), cause.get_absolute_url(),
        treatment.get_absolute_url(), guide.get_absolute_url(), specialist.get_absolute_url(),
        "/specialists/", "/specialists/?q=example", "/stories/", story.get_absolute_url(),
        "/appointments/request/", f"/appointments/request/?specialist={specialist.slug}",
    ]  # fmt: skip


def test_a_page_from_kept_parts_is_the_page_built_afresh_and_costs_fewer_queries():
    for url in site_pages():
        built, built_queries = visit(url)
        kept, kept_queries = visit(url)
        assert kept == built, url
        # What is left: the page's own row (its 404 and address), a story check.
        assert kept_queries <= min(2, built_queries), url
        assert kept_queries < built_queries or built_queries == 1, url  # (a guide: its row)


def test_each_visitor_gets_their_own_form_tokens_while_the_questions_are_kept():
    first, second = (Client().get("/appointments/request/").content.decode() for _ in range(2))
    tokens = [re.findall(r'name="(?:csrfmiddlewaretoken|submission_token)" value="([^"]+)"', page)
              for page in (first, second)]  # fmt: skip
    assert all(len(found) == 2 for found in tokens)
    assert not set(tokens[0]) & set(tokens[1])


def test_a_form_sent_with_a_mistake_is_never_answered_with_the_kept_questions(bells_palsy):
    visit("/appointments/request/")  # the blank questions, kept
    client = Client()
    response = client.post("/appointments/request/", {"patient_name": "José O’Brien"})
    page = response.content.decode()
    assert "There is a problem" in page and "José O’Brien" in page


def test_an_edit_shows_at_once(client):
    treatment = make_treatment(body="Old words.")
    assert "Old words." in visit(treatment.get_absolute_url())[0]
    treatment.body = "New words."
    treatment.save()
    page = visit(treatment.get_absolute_url())[0]
    assert "New words." in page and "Old words." not in page


def test_a_new_location_shows_on_the_kept_home_page_at_once():
    specialist = make_specialist()
    assert "Lakeside Clinic" not in visit("/")[0]
    specialist.locations.add(make_location(name="Lakeside Clinic"))
    assert "Lakeside Clinic" in visit("/")[0]


@pytest.mark.parametrize("change", NOT_PUBLIC_ANY_MORE, ids=list(NOT_PUBLIC_ANY_MORE))
def test_a_story_made_private_without_a_save_leaves_every_kept_part_at_once(change):
    pages = site_pages()
    story_url = pages[-3]
    assert all("Maya’s journey" in visit(url)[0] for url in ("/", "/stories/", story_url))
    story = Story.objects.get(title="Maya’s journey")
    NOT_PUBLIC_ANY_MORE[change](story)
    for url in pages:
        if url != story_url:
            assert "Maya’s journey" not in visit(url)[0], url
    assert Client().get(story_url).status_code == 404


def test_photo_consent_withdrawn_without_a_save_takes_the_photos_off_kept_parts():
    pages = site_pages()
    story_url = pages[-3]
    assert "/stories/photos/" in visit(story_url)[0]
    Consent.objects.filter(story__title="Maya’s journey").update(covers_photos=False)
    assert "/stories/photos/" not in visit(story_url)[0]


def test_a_page_built_from_a_kept_part_still_checks_its_stories_in_the_page_cache(settings):
    site_pages()
    settings.PAGE_CACHE_SECONDS = 600
    session_visitor = Client()
    session_visitor.cookies[settings.SESSION_COOKIE_NAME] = "none-such"  # skips the page cache
    visit("/", session_visitor)  # keeps the home page's parts
    visit("/")  # an anonymous visit: the page cache stores the page built from them
    NOT_PUBLIC_ANY_MORE["consent revoked"](Story.objects.get(title="Maya’s journey"))
    assert "Maya’s journey" not in visit("/")[0]


def test_signed_in_staff_never_get_or_fill_kept_parts():
    draft = make_treatment(title="Not yet public", status="draft")
    staff = Client()
    staff.force_login(make_staff(role=CONTENT_EDITORS))
    url = draft.get_absolute_url()
    for _visit in range(2):
        page, queries = visit(url, staff)
        assert "Not yet public" in page and queries > 2  # built afresh each time
    assert Client().get(url).status_code == 404
    published = make_treatment(title="Public page")
    visit(published.get_absolute_url(), staff)
    assert visit(published.get_absolute_url())[1] > 2  # staff stored nothing


def test_each_language_has_its_own_parts():
    site_pages()
    english, spanish = visit("/")[0], visit("/es/")[0]
    assert english != spanish
    assert visit("/")[0] == english and visit("/es/")[0] == spanish


def test_a_part_that_used_the_csp_nonce_is_never_kept():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()

    def uses_the_nonce():
        from django.utils.csp import LazyNonce

        request._csp_nonce = LazyNonce()
        return f"<script nonce='{request._csp_nonce}'></script>"

    with translation.override("en"):
        first = shared_part(request, "scripts", uses_the_nonce)
        request._kept_parts = None  # a new request to the same address
        assert shared_part(request, "scripts", uses_the_nonce) != first


def test_without_redis_parts_are_not_kept_by_default():
    from tests.clinic.test_settings import setting

    assert setting("settings.SHARED_PART_SECONDS") == "0"
    assert setting("settings.SHARED_PART_SECONDS", REDIS_URL="redis://127.0.0.1:6379/0") == "600"


def test_a_release_serves_no_part_built_by_the_old_templates_or_settings(settings):
    assert "Eyebrows raised" in visit("/appointments/request/")[0]
    settings.APPOINTMENT_PHOTO_EXPRESSIONS = ["rest"]  # as a new release could set it
    call_command("migrate", verbosity=0)  # which every release runs
    assert "Eyebrows raised" not in visit("/appointments/request/")[0]


def test_each_host_has_its_own_parts(settings):
    settings.ALLOWED_HOSTS = ["clinic.example.org", "www.clinic.example.org"]
    treatment = make_treatment()
    for host in settings.ALLOWED_HOSTS:  # kept parts hold absolute addresses (JSON-LD)
        page = Client(HTTP_HOST=host).get(treatment.get_absolute_url()).content.decode()
        structured_data = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
        assert f"://{host}/" in "".join(structured_data), host
