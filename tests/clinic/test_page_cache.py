"""Anonymous public pages come from the shared cache; staff edits show at once."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone, translation

from clinic.urls import urlpatterns as site_urls
from stories.models import Consent, Story
from tests.factories import (
    make_location,
    make_specialist,
    make_staff,
    make_story,
    make_treatment,
)

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


def test_a_story_leaves_the_site_the_day_its_consent_expires(client, site_noon):
    story = make_story(consent={"expires_on": timezone.localdate()})
    assert client.get(story.get_absolute_url()).status_code == 200
    site_noon.shift(timedelta(days=1))  # past midnight, with no save
    assert client.get(story.get_absolute_url()).status_code == 404


def featured_story_everywhere(client):
    """A featured story with photos, and every page that shows it, each stored in the cache."""
    story = make_story(
        title="Maya’s journey", is_featured=True, photos=1,
        treatments=[make_treatment()], specialists=[make_specialist()],
    )  # fmt: skip
    related = make_story(treatments=story.treatments.all())  # a card on the first's page
    pages = [story.get_absolute_url(), related.get_absolute_url(), "/", "/stories/",
             story.treatments.get().get_absolute_url(),
             story.specialists.get().get_absolute_url(), "/search/?q=maya+journey",
             "/sitemap.xml"]  # fmt: skip
    for url in pages:
        assert "Maya’s journey" in client.get(url).content.decode() or url == "/sitemap.xml"
    return story, pages


# Changes that send no signal: a queryset update(), as a data migration or raw SQL would make.
NOT_PUBLIC_ANY_MORE = {
    "consent revoked": lambda story: Consent.objects.filter(story=story).update(
        revoked_on=timezone.localdate()
    ),
    "consent expired": lambda story: Consent.objects.filter(story=story).update(
        expires_on=timezone.localdate() - timedelta(days=1)
    ),
    "text not covered": lambda story: Consent.objects.filter(story=story).update(covers_text=False),
    "consent deleted by SQL": lambda story: run_sql(
        f"DELETE FROM {Consent._meta.db_table} WHERE story_id = %s", story.pk
    ),
    "unpublished": lambda story: Story.objects.filter(pk=story.pk).update(status="draft"),
}


def run_sql(sql, *params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.parametrize("change", NOT_PUBLIC_ANY_MORE, ids=list(NOT_PUBLIC_ANY_MORE))
def test_a_story_made_private_without_a_save_leaves_every_cached_page_at_once(client, change):
    story, pages = featured_story_everywhere(client)
    NOT_PUBLIC_ANY_MORE[change](story)
    assert client.get(story.get_absolute_url()).status_code == 404
    for url in pages[1:]:
        content = client.get(url).content.decode()
        assert "Maya’s journey" not in content and story.slug not in content, url


def test_photo_consent_withdrawn_without_a_save_takes_the_photos_off_cached_pages(client):
    story, pages = featured_story_everywhere(client)
    photos = re.findall(r'src="(/stories/photos/[^"]+)"', client.get(pages[0]).content.decode())
    assert photos and client.get(photos[0]).status_code == 200
    Consent.objects.filter(story=story).update(covers_photos=False)
    for url in pages:
        assert "/stories/photos/" not in client.get(url).content.decode(), url
    assert client.get(photos[0]).status_code == 404  # the photo view checks on every request
    assert "Maya’s journey" in client.get(story.get_absolute_url()).content.decode()


def test_a_cached_page_that_shows_a_story_costs_one_query_to_check_it(
    client, django_assert_num_queries
):
    story, pages = featured_story_everywhere(client)
    for url in pages:
        with django_assert_num_queries(1):
            assert client.get(url).status_code == 200


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


def test_the_home_page_is_cached_and_shows_a_new_location_at_once(
    client, django_assert_num_queries
):
    specialist = make_specialist()
    assert b"Newly Opened Clinic" not in client.get("/").content
    with django_assert_num_queries(0):
        client.get("/")
    specialist.locations.add(make_location(name="Newly Opened Clinic"))
    assert b"Newly Opened Clinic" in client.get("/").content


def test_each_language_of_a_page_is_cached_apart(client):
    treatment = make_treatment(slug="botox-and-injections", slug_es="botox-e-inyecciones")
    english = client.get("/treatments/botox-and-injections/")
    spanish = client.get("/es/tratamientos/botox-e-inyecciones/")
    assert 'lang="en"' in english.content.decode() and 'lang="es"' in spanish.content.decode()
    # A second visit to each comes from the cache, still in its own language.
    assert client.get("/es/tratamientos/botox-e-inyecciones/").content == spanish.content
    assert client.get("/treatments/botox-and-injections/").content == english.content
    assert treatment.pk


def test_accept_language_never_changes_a_cached_page(client, django_assert_num_queries):
    make_treatment(slug="botox-and-injections")
    english = client.get("/treatments/botox-and-injections/").content
    with django_assert_num_queries(0):  # the same entry, whatever the browser asks for
        again = client.get("/treatments/botox-and-injections/", headers={"accept-language": "es"})
    assert again.content == english


def test_the_cached_home_page_never_keeps_a_visitor_from_the_language_they_chose(client):
    first = client.get("/")
    assert first.status_code == 200 and "Cookie" in first["Vary"]
    client.get("/language/es/", {"next": "/es/"})  # the switch, then the English home page
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/es/"
    assert "Cookie" in response["Vary"]
    assert client.get("/es/").status_code == 200
    # Back to English: the cached English home page again.
    client.get("/language/en/", {"next": "/"})
    assert client.get("/").content == first.content


def test_pages_seen_by_a_visitor_who_used_the_switch_are_still_cached(
    client, django_assert_num_queries
):
    treatment = make_treatment()  # (before any request: that would leave Spanish active)
    client.get("/language/es/", {"next": "/es/"})
    with translation.override("es"):
        url = treatment.get_absolute_url()
    first = client.get(url)
    assert not first.cookies  # the language cookie makes a page neither personal nor private
    with django_assert_num_queries(0):
        assert client.get(url).content == first.content


def test_a_mangled_language_cookie_shares_the_no_cookie_entry(client, django_assert_num_queries):
    treatment = make_treatment()
    client.get(treatment.get_absolute_url())
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "x" * 300
    with django_assert_num_queries(0):
        assert client.get(treatment.get_absolute_url()).status_code == 200
