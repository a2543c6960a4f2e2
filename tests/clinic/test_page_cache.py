"""Anonymous public pages come from the shared cache; staff edits show at once."""

from datetime import timedelta

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone

from clinic.urls import urlpatterns as site_urls
from tests.factories import make_staff, make_story, make_treatment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600  # the default with Redis; tests use the local cache


def test_a_second_anonymous_visit_costs_no_database_query(client, django_assert_num_queries):
    treatment = make_treatment()
    first = client.get(treatment.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(treatment.get_absolute_url())
    assert second.content == first.content and second.status_code == 200
    assert "no-cache" in second["Cache-Control"]  # browsers revalidate, with the ETag


def test_saving_content_shows_the_change_at_once(client):
    treatment = make_treatment(body="Old words.")
    assert b"Old words." in client.get(treatment.get_absolute_url()).content
    treatment.body = "New words."
    treatment.save()
    assert b"New words." in client.get(treatment.get_absolute_url()).content


def test_a_story_leaves_the_site_the_day_its_consent_expires(client, monkeypatch):
    story = make_story(consent={"expires_on": timezone.localdate()})
    assert client.get(story.get_absolute_url()).status_code == 200
    tomorrow = timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: tomorrow)
    assert client.get(story.get_absolute_url()).status_code == 404


def test_an_unchanged_page_answers_a_conditional_get_with_304(client):
    url = make_treatment().get_absolute_url()
    etag = client.get(url)["ETag"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""


def test_signed_in_staff_never_get_or_fill_the_cache(client):
    url = make_treatment().get_absolute_url()
    Client().get(url)  # stored for anonymous visitors
    client.force_login(make_staff("editor"))
    for _visit in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) > 0  # built afresh each time
    with CaptureQueriesContext(connection) as queries:
        Client().get(url)
    assert len(queries) == 0


def test_a_page_with_a_form_token_is_never_stored(client):
    tokens = {
        Client().get("/appointments/request/").content.decode().split(
            'name="csrfmiddlewaretoken" value="')[1][:64]
        for _visit in range(2)
    }  # fmt: skip
    assert len(tokens) == 2  # each visitor gets a page made for them


def test_the_version_changes_again_once_an_edit_is_committed(django_capture_on_commit_callbacks):
    from clinic.page_cache import content_version

    treatment = make_treatment()
    with django_capture_on_commit_callbacks(execute=True):
        treatment.save()
        # A page built now, from rows not yet committed elsewhere, is stored under this.
        during_the_transaction = content_version()
    assert content_version() != during_the_transaction


def test_without_redis_the_page_cache_is_off_by_default():
    from tests.clinic.test_settings import setting

    assert setting("settings.PAGE_CACHE_SECONDS") == "0"
    assert setting("settings.PAGE_CACHE_SECONDS", REDIS_URL="redis://127.0.0.1:6379/0") == "600"


def test_a_page_that_used_the_csp_nonce_is_never_stored(client, settings):
    settings.ROOT_URLCONF = __name__
    first, second = (client.get("/nonce/").content for _visit in range(2))
    assert first != second  # a new nonce each time: built afresh, not replayed


def nonce_page(request):
    return HttpResponse(f"<script nonce='{request._csp_nonce}'></script>")


urlpatterns = [path("nonce/", nonce_page), *site_urls]
