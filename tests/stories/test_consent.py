"""A story, and its photos, are public only while a valid consent covers them."""

import re
from datetime import timedelta

import pytest

from clinic.images import rendition_name
from clinic.models import PublicationStatus
from stories.models import Consent, Story
from stories.page_cache import still_shown
from tests.factories import make_specialist, make_story, make_treatment
from tests.helpers import SITE_NOON

# The tables below are written at import: the clock is held on their day.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_noon")]

TODAY = SITE_NOON.date()
HIDDEN = {
    "no consent": ({"consent": False}, "No consent on file"),
    "expired": ({"consent": {"expires_on": TODAY - timedelta(days=1)}}, "Consent expired"),
    "revoked": ({"consent": {"revoked_on": TODAY}}, "Consent revoked"),
    "revoked long ago": ({"consent": {"revoked_on": TODAY - timedelta(days=5)}}, "revoked"),
    "not signed yet": (
        {
            "consent": {
                "signed_on": TODAY + timedelta(days=2),
                "expires_on": TODAY + timedelta(days=9),
            }
        },
        "not yet signed",
    ),
    "text not covered": ({"consent": {"covers_text": False}}, "does not cover"),
    "draft": ({"status": PublicationStatus.DRAFT}, "Draft"),
    "scheduled": ({"published_on": TODAY + timedelta(days=3)}, "Scheduled"),
}


def everywhere(client, story):
    """Every place a story can surface, as one string of HTML and XML."""
    pages = ["/", "/stories/", story.treatments.first().get_absolute_url(),
             story.specialists.first().get_absolute_url(), "/sitemap.xml"]  # fmt: skip
    return "".join(client.get(url).content.decode() for url in pages)


def featured_story(**fields):
    return make_story(
        title="Maya’s journey", is_featured=True, photos=1,
        treatments=[make_treatment()], specialists=[make_specialist()], **fields,
    )  # fmt: skip


def test_a_story_with_valid_consent_is_visible_everywhere(client):
    story = featured_story()
    assert client.get(story.get_absolute_url()).status_code == 200
    seen = everywhere(client, story)
    assert seen.count("Maya’s journey") >= 4  # home, list, treatment page, profile
    assert f"/stories/{story.slug}/</loc>" in seen
    assert "One patient’s journey" in seen and "View all stories" in seen


@pytest.mark.parametrize("case", HIDDEN, ids=list(HIDDEN))
def test_a_story_without_valid_consent_is_nowhere(client, case):
    fields, _reason = HIDDEN[case]
    story = featured_story(**fields)
    assert client.get(story.get_absolute_url()).status_code == 404
    seen = everywhere(client, story)
    assert "Maya’s journey" not in seen
    assert story.slug not in seen
    assert "/stories/photos/" not in seen


@pytest.mark.parametrize("case", HIDDEN, ids=list(HIDDEN))
def test_staff_are_told_why_a_story_is_hidden(case):
    fields, reason = HIDDEN[case]
    story = make_story(**fields)
    story = Story.objects.select_related("consent").get(pk=story.pk)
    assert reason in story.hidden_reason()
    assert not Story.objects.public().filter(pk=story.pk).exists()


def test_the_reason_and_the_rule_agree_for_a_visible_story():
    story = make_story()
    assert story.hidden_reason() is None
    assert Story.objects.public().filter(pk=story.pk).exists()


@pytest.mark.parametrize("case", HIDDEN, ids=list(HIDDEN))
def test_the_page_cache_check_and_the_rule_agree(case):
    hidden = make_story(**HIDDEN[case][0])
    visible = make_story()
    assert still_shown({(visible.pk, False), (visible.pk, True)})
    assert not still_shown({(visible.pk, False), (hidden.pk, False)})


def test_the_page_cache_check_asks_for_photo_consent_only_where_photos_were_shown():
    story = make_story(consent={"covers_photos": False})
    assert still_shown({(story.pk, False)})
    assert not still_shown({(story.pk, False), (story.pk, True)})


def test_consent_revoked_by_an_update_takes_the_photos_down_at_once(client):
    story = make_story(photos=1)
    rendition = rendition_name(story.photo_pairs.get().after_image.name, 480, "jpg")
    assert client.get(f"/stories/photos/{rendition}").status_code == 200
    Consent.objects.filter(story=story).update(revoked_on=TODAY)  # no signal, no version change
    assert client.get(f"/stories/photos/{rendition}").status_code == 404


def test_revoking_consent_takes_the_story_and_photos_down_at_once(client):
    story = make_story(photos=1)
    photo_urls = re.findall(
        r'src="(/stories/photos/[^"]+)"', client.get(story.get_absolute_url()).content.decode()
    )
    assert photo_urls and client.get(photo_urls[0]).status_code == 200
    story.consent.revoked_on = TODAY
    story.consent.save()
    assert client.get(story.get_absolute_url()).status_code == 404
    assert client.get(photo_urls[0]).status_code == 404


def test_expiry_takes_the_story_down_on_the_day_after(client, site_noon):
    story = make_story(consent={"expires_on": TODAY})
    assert client.get(story.get_absolute_url()).status_code == 200
    site_noon.shift(timedelta(days=1))
    assert client.get(story.get_absolute_url()).status_code == 404


def test_consent_for_text_only_shows_the_story_without_its_photos(client):
    story = make_story(photos=1, consent={"covers_photos": False})
    content = client.get(story.get_absolute_url()).content.decode()
    assert story.title in content
    assert "/stories/photos/" not in content and "<picture" not in content
    name = story.photo_pairs.get().after_image.name
    rendition = rendition_name(name, 480, "jpg")
    assert client.get(f"/stories/photos/{rendition}").status_code == 404


def test_staff_can_see_hidden_photos_to_review_them(admin_client):
    story = make_story(photos=1, consent={"revoked_on": TODAY})
    name = story.photo_pairs.get().after_image.name
    rendition = rendition_name(name, 480, "jpg")
    response = admin_client.get(f"/stories/photos/{rendition}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "name",
    ["stories/../../clinic/settings.py", "specialists/x.jpg", "stories/abc.jpg",
     "stories/renditions/" + "0" * 32 + "-jpg-480w.jpg"],
)  # fmt: skip
def test_the_photo_address_gives_nothing_else_away(client, name):
    assert client.get(f"/stories/photos/{name}").status_code == 404


def test_story_photos_are_not_under_the_public_media_folder(settings):
    story = make_story(photos=1)
    path = story.photo_pairs.get().before_image.path
    assert str(settings.PRIVATE_MEDIA_ROOT) in path
    assert str(settings.MEDIA_ROOT) not in path


@pytest.mark.parametrize(
    ("dates", "field", "message"),
    [
        ({"signed_on": TODAY + timedelta(days=1), "expires_on": TODAY + timedelta(days=9)},
         "signed_on", "cannot be in the future"),
        ({"signed_on": TODAY, "expires_on": TODAY - timedelta(days=1)},
         "__all__", "must expire after the day it was signed"),
        ({"signed_on": TODAY, "expires_on": TODAY + timedelta(days=9),
          "revoked_on": TODAY - timedelta(days=1)}, "__all__", "cannot be revoked before"),
    ],
)  # fmt: skip
def test_consent_dates_must_make_sense(dates, field, message):
    from django.core.exceptions import ValidationError

    from stories.models import Consent

    consent = Consent(story=make_story(consent=False), covers_text=True, covers_photos=True,
                      document_reference="X", **dates)  # fmt: skip
    with pytest.raises(ValidationError) as error:
        consent.full_clean()
    assert message in str(error.value.error_dict[field])
