"""Site search: what it finds, what it must never show, and how it shows it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone, translation

from clinic.models import SearchEntry
from clinic.search.index import plain_text
from clinic.search.snippets import Snippets
from clinic.search.text import parse_query
from services.models import Cause
from stories.models import Story
from tests.factories import make_cause, make_condition, make_page, make_story, make_treatment

pytestmark = pytest.mark.django_db


def hits(client, query, path="/search/"):
    html = client.get(path, {"q": query}).content.decode()
    return re.findall(r'class="search-hits__title" href="([^"]+)"', html)


def test_a_published_page_is_found_and_a_draft_never_is(client):
    published = make_treatment(title="Gracilis transfer", body="A muscle from the thigh.")
    draft = make_treatment(title="Gracilis draft", status="draft", body="Secret gracilis plan.")
    found = hits(client, "gracilis")
    assert published.get_absolute_url() in found
    assert draft.get_absolute_url() not in found
    assert "Secret" not in client.get("/search/", {"q": "gracilis plan"}).content.decode()


def test_unpublishing_a_page_removes_it_at_once(client):
    page = make_page(title="Eyelid weights explained")
    assert hits(client, "eyelid weights") == [page.get_absolute_url()]
    page.status = "draft"
    page.save()
    assert hits(client, "eyelid weights") == []


def test_a_cause_leaves_with_its_condition(client):
    condition = make_condition(title="Hemifacial weakness")
    cause = make_cause(condition, title="Parotid surgery")
    assert cause.get_absolute_url() in hits(client, "parotid")
    condition.status = "draft"
    condition.save()
    assert hits(client, "parotid") == []
    assert Cause.objects.filter(pk=cause.pk).exists()


class TestStoriesNeedConsent:
    def test_a_story_with_valid_consent_is_found(self, client):
        story = make_story(title="Smiling at my wedding", body="A gracilis story.")
        assert story.get_absolute_url() in hits(client, "wedding")

    def test_a_story_without_consent_is_never_found(self, client):
        make_story(consent=False, title="Smiling at my wedding")
        assert hits(client, "wedding") == []

    def test_revoking_consent_removes_the_story_and_its_words(self, client):
        story = make_story(title="Smiling at my wedding", body="Only here: xylophone.")
        story.consent.revoked_on = timezone.localdate()
        story.consent.save()
        assert hits(client, "wedding") == []
        assert not SearchEntry.objects.filter(text__contains="xylophone").exists()

    def test_deleting_consent_removes_the_story(self, client):
        story = make_story(title="Smiling at my wedding")
        story.consent.delete()
        assert hits(client, "wedding") == []

    def test_consent_that_lapses_hides_the_story_the_next_day_without_a_save(self, client):
        today = timezone.localdate()
        make_story(title="Smiling at my wedding", consent={"expires_on": today})
        assert len(hits(client, "wedding")) == 1
        with translation.override("en"):
            assert SearchEntry.objects.visible(today + timedelta(days=1)).count() == 0

    def test_a_scheduled_story_shows_from_its_day(self, client):
        tomorrow = timezone.localdate() + timedelta(days=1)
        make_story(title="Smiling at my wedding", published_on=tomorrow)
        assert hits(client, "wedding") == []
        with translation.override("en"):
            assert SearchEntry.objects.visible(tomorrow).count() == 1

    def test_the_index_shows_a_story_exactly_on_the_days_public_does(self):
        today = timezone.localdate()
        day = timedelta(days=1)
        make_story(consent={"signed_on": today - day, "expires_on": today + day})
        make_story(consent={"signed_on": today - 9 * day, "expires_on": today - 2 * day})
        make_story(published_on=today + 2 * day)
        make_story(consent={"covers_text": False})
        make_story(status="draft")
        for offset in range(-10, 10):
            date = today + offset * day
            public = set(Story.objects.public(date).values_list("pk", flat=True))
            with translation.override("en"):
                shown = set(SearchEntry.objects.visible(date).values_list("object_id", flat=True))
            assert shown == public, date


class TestResultsPage:
    def test_snippets_mark_matches_and_escape_everything(self, client):
        make_page(title="Tips", body="Use <b>tape</b> & close the eye at night.")
        html = client.get("/search/", {"q": "<i>tape</i>"}).content.decode()
        assert "<mark>tape</mark>" in html
        assert "<i>" not in html and "<b>" not in html
        assert "&lt;i&gt;tape&lt;/i&gt;" in html  # the query, shown back escaped

    def test_an_empty_or_junk_query_gets_a_page_not_an_error(self, client):
        for query in ["", "   ", "\x00\u202e", "'; DROP TABLE x; --", "%" * 500, "a" * 5000]:
            assert client.get("/search/", {"q": query}).status_code == 200

    def test_a_long_query_is_shortened_and_said_so(self, client):
        html = client.get("/search/", {"q": "paralysis " * 30}).content.decode()
        assert "used its first 100 characters" in html

    def test_every_results_page_names_the_search_page_as_its_canonical_address(self, client):
        # Search engines keep one page for site search, not one per query; nothing is hidden
        # from them (no noindex), so Lighthouse's crawlability check passes.
        html = client.get("/search/", {"q": "botox"}).content.decode()
        assert '<link rel="canonical" href="http://testserver/search/">' in html
        assert "noindex" not in html


class TestSnippets:
    def parsed(self, query):
        return parse_query(query, [])

    def test_the_snippet_starts_near_the_first_match(self):
        text = " ".join(f"word{n}" for n in range(100)) + " synkinesis and more words after it"
        html = Snippets(self.parsed("synkinesis")).of(text)
        assert html.startswith("…") and "<mark>synkinesis</mark>" in html
        assert "word0 " not in html

    def test_no_match_gives_none(self):
        assert Snippets(self.parsed("eyelid")).of("Nothing here.") is None

    def test_headings_and_list_items_end_as_sentences(self):
        assert plain_text("## What it is\n\nBotox relaxes.\n\n* one\n* two") == (
            "What it is. Botox relaxes. one. two."
        )


def test_a_stop_word_is_never_marked_as_a_match():
    with translation.override("es"):
        html = Snippets(parse_query("parálisis", [])).of("Ejercicios para la parálisis facial.")
    assert html == "Ejercicios para la <mark>parálisis</mark> facial."


SEARCH_INDEXES = {
    "search_entry_vector", "search_entry_title_trgm", "specialist_search_vector_gin",
    "specialist_search_vector_es_gin", "specialist_search_name_trgm",
}  # fmt: skip


def test_the_search_indexes_are_built_on_postgresql_and_skipped_elsewhere():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(%s)",
                [sorted(SEARCH_INDEXES)],
            )
            built = dict(cursor.fetchall())
            assert set(built) == SEARCH_INDEXES
            assert "USING gin (vector)" in built["search_entry_vector"]
            assert "gist (search_title gist_trgm_ops)" in built["search_entry_title_trgm"]
        else:
            tables = ["clinic_searchentry", "specialists_specialist"]
            names = {
                name
                for table in tables
                for name in connection.introspection.get_constraints(cursor, table)
            }
            assert not SEARCH_INDEXES & names


def test_on_postgresql_each_connection_lets_trigram_indexes_skip_unlike_rows():
    # Ordered by distance alone, a look-up with nothing close ("inyecciones" among English
    # titles) walked most of the index (clinic.search.ranking._most_alike).
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "postgresql":
        return  # SQLite has no trigram index: it compares in Python
    with connection.cursor() as cursor:
        cursor.execute("SELECT word_similarity('palsy', 'bells palsy')")  # pg_trgm loaded
        cursor.execute("SHOW pg_trgm.word_similarity_threshold")
        assert float(cursor.fetchone()[0]) == settings.TRIGRAM_WORD_SIMILARITY_FLOOR


def test_a_trigram_look_up_cannot_ask_for_rows_the_index_would_skip():
    from clinic.search.ranking import nearest_rows

    with pytest.raises(ValueError, match="floor"):
        nearest_rows(SearchEntry.objects.all(), parse_query("bels", []), "search_title", 5, 0.3)


def test_numbers_are_never_suggested_as_spellings(client):
    # A site's numbers (make_page titles them "Guide page 12") would otherwise be most of
    # its vocabulary, and "123" is not what anyone who typed "1234" meant.
    from clinic.search.text import add_display_words
    from clinic.search.views import vocabulary

    make_page(title="Guide page 1043", body="Room 2210, on floor 3 of the main building.")
    with translation.override("en"):
        words = vocabulary()
    assert {"guide", "room", "floor", "building"} <= set(words)
    assert not [word for word in words if word.isdigit()]
    add_display_words(names := {}, "Clinic 4 Bell’s")
    assert names == {"clinic": "Clinic", "bells": "Bell’s"}
    assert client.get("/search/", {"q": "10433"}).context["suggestion"] is None


def test_on_postgresql_search_vectors_stay_in_their_rows():
    # Ranking reads every matching row's vector: out in the TOAST table, each read cost a
    # lookup (clinic.search.postgresql.vectors_kept_in_their_rows).
    from django.db import connection

    if connection.vendor != "postgresql":
        return  # SQLite keeps no vectors: it ranks in Python
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attrelid::regclass::text, attname, attstorage FROM pg_attribute"
            " WHERE attname IN ('vector', 'search_vector', 'search_vector_es')"
            " AND attrelid IN ('clinic_searchentry'::regclass, 'specialists_specialist'::regclass)"
        )
        assert {(table, column): storage for table, column, storage in cursor.fetchall()} == {
            ("clinic_searchentry", "vector"): "m",
            ("specialists_specialist", "search_vector"): "m",
            ("specialists_specialist", "search_vector_es"): "m",
        }


def test_consent_withdrawn_without_a_save_hides_the_story_from_results_at_once(client):
    story = make_story(title="Smiling at my wedding")
    assert hits(client, "wedding") == [story.get_absolute_url()]
    Consent = type(story.consent)
    Consent.objects.filter(pk=story.consent.pk).update(revoked_on=timezone.localdate())
    assert SearchEntry.objects.filter(object_id=story.pk).exists()  # the index never heard
    assert hits(client, "wedding") == []


def test_an_untranslated_page_on_a_spanish_results_page_is_marked_english(client):
    make_page(title="Eyelid weights explained", body="About eyelid weights.")
    html = client.get("/es/buscar/", {"q": "eyelid weights"}).content.decode()
    assert re.search(r'class="search-hits__title" href="[^"]+" lang="en">Eyelid weights', html)
    assert '<p lang="en">About <mark>eyelid</mark> <mark>weights</mark>.</p>' in html
    english = client.get("/search/", {"q": "eyelid weights"}).content.decode()
    assert 'lang="en"' not in english.split("<main", 1)[1]


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("botx", "botox"), ("bels", "bells"), ("tears", None), ("heckmen", "heckman")],
)
def test_a_short_word_is_corrected_only_when_very_close(typed, suggested):
    from clinic.search.text import spelling_suggestion

    vocabulary = {word: word for word in ["botox", "bells", "years", "heckman"]}
    assert spelling_suggestion(parse_query(typed, []), vocabulary) == suggested
