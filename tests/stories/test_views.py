import re

import pytest

from tests.factories import make_cause, make_story, make_treatment
from tests.helpers import assert_constant_queries

pytestmark = pytest.mark.django_db


def titles(client, query=""):
    content = client.get(f"/stories/{query}").content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', content)


def test_the_list_shows_newest_first_and_filters_by_cause_and_treatment(client):
    from datetime import timedelta

    from django.utils import timezone

    cause, treatment = make_cause(slug="stroke"), make_treatment(slug="static-sling")
    make_story(title="Older", cause=cause, published_on=timezone.localdate() - timedelta(days=9))
    make_story(title="Newer", treatments=[treatment])
    assert titles(client) == ["Newer", "Older"]
    assert titles(client, "?cause=stroke") == ["Older"]
    assert titles(client, "?treatment=static-sling") == ["Newer"]


def test_an_unknown_filter_is_reported_and_left_out(client):
    make_story(title="Only one")
    content = client.get("/stories/?cause=atlantis&page=7").content.decode()
    assert "We did not recognise the “Cause of paralysis” filter" in content
    assert "There is no page 7" in content
    assert "Only one" in content


def test_the_list_is_paginated(client):
    for _ in range(11):
        make_story()
    assert len(titles(client)) == 9 and len(titles(client, "?page=2")) == 2


def test_a_story_shows_each_photo_pair_side_by_side_with_labels(client):
    story = make_story(photos=2, title="Maya’s journey")
    content = client.get(story.get_absolute_url()).content.decode()
    assert content.count('<section class="compare" data-compare') == 2
    assert content.count("<figcaption><strong>Before surgery</strong>") == 2
    assert re.search(
        r'<img src="/stories/photos/stories/renditions/[0-9a-f]{32}-jpg-480w\.jpg"', content
    )
    assert 'width="900" height="600"' in content
    assert 'srcset="/stories/photos/' in content and 'type="image/webp"' in content
    assert '<script src="/static/js/compare.js" defer></script>' in content


BADGE = '<span class="illustration-badge">Illustration</span>'


def test_drawn_photos_are_marked_in_their_captions_and_real_photos_are_not(client):
    drawn = make_story(photos=1, title="Drawn")
    drawn.photo_pairs.update(is_illustration=True)
    real = make_story(photos=1, title="Real", cause=drawn.cause)
    content = client.get(drawn.get_absolute_url()).content.decode()
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", content, re.S)
    assert [caption.count(BADGE) for caption in captions[:2]] == [1, 1]
    assert BADGE not in client.get(real.get_absolute_url()).content.decode()
    cards = client.get("/stories/").content.decode().split('<article class="card story-card">')
    assert [BADGE in card for card in cards[1:]] == [True, False]  # same day: by title


def test_the_second_pair_loads_lazily(client):
    content = client.get(make_story(photos=2).get_absolute_url()).content.decode()
    assert re.findall(r'loading="(\w+)"', content) == ["eager", "eager", "lazy", "lazy"]


def test_a_story_lists_related_stories(client):
    cause = make_cause()
    story = make_story(cause=cause)
    make_story(title="Same cause", cause=cause)
    make_story(title="Unrelated")
    content = client.get(story.get_absolute_url()).content.decode()
    assert "Same cause" in content and "Unrelated" not in content


def test_a_story_related_in_several_ways_is_listed_once(client):
    cause, treatments = make_cause(), [make_treatment(), make_treatment()]
    story = make_story(cause=cause, treatments=treatments)
    make_story(title="Same everything", cause=cause, treatments=treatments)
    content = client.get(story.get_absolute_url()).content.decode()
    assert content.count("Same everything") == 1


def add_stories():
    cause, treatment = make_cause(), make_treatment()
    for _ in range(4):
        make_story(photos=2, cause=cause, treatments=[treatment], is_featured=True)


@pytest.mark.parametrize("url", ["/stories/", "/stories/?page=2", "/"])
def test_list_pages_cost_the_same_queries_however_many_stories(client, url):
    add_stories()
    add_stories()
    add_stories()
    assert_constant_queries(client, url, add_stories)


def test_a_story_page_costs_the_same_queries_however_many_photos(client):
    treatment, cause = make_treatment(), make_cause()
    story = make_story(photos=1, cause=cause, treatments=[treatment])
    make_story(photos=1, cause=cause)  # so related stories are there from the start

    def add_more():
        add_stories()
        make_story(photos=1, cause=cause)
        from stories.models import PhotoPair

        pair = story.photo_pairs.first()
        pair.pk = None
        pair.position = 5
        PhotoPair.objects.bulk_create([pair])

    assert_constant_queries(client, story.get_absolute_url(), add_more)


def test_stories_without_a_cause_are_not_all_related_to_each_other(client):
    story = make_story(cause=None)
    make_story(title="Unrelated, also without a cause", cause=None)
    content = client.get(story.get_absolute_url()).content.decode()
    assert "Unrelated, also without a cause" not in content
