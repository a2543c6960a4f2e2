"""The page for referring clinicians: staff-written like any guide, with how to reach the team
from settings beside it, linked from every page's footer and from the condition page."""

import pytest

from tests.factories import make_condition, make_page

pytestmark = pytest.mark.django_db


def clinicians_page(**fields):
    return make_page(
        title="Referring a patient", slug="for-clinicians", body="## Refer urgently", **fields
    )


def test_the_page_says_how_soon_referrals_are_answered_and_how_to_reach_the_team(client, settings):
    settings.REFERRAL_RESPONSE_TIME = "within 4 working hours"
    settings.CLINIC_FAX = "402.555.0188"
    html = client.get(clinicians_page().get_absolute_url()).content.decode()
    assert "Refer urgently" in html
    assert "We answer referrals within 4 working hours." in html
    assert "<dt>Fax</dt><dd>402.555.0188</dd>" in html
    assert 'href="tel:+18009220000"' in html


def test_without_a_fax_number_the_page_shows_none(client, settings):
    settings.CLINIC_FAX = ""
    html = client.get(clinicians_page().get_absolute_url()).content.decode()
    assert "Send a referral" in html and "Fax" not in html


def test_other_guide_pages_keep_their_own_frame(client):
    html = client.get(make_page().get_absolute_url()).content.decode()
    assert "Send a referral" not in html


def test_every_page_and_the_condition_page_lead_to_it(client):
    page, condition = clinicians_page(), make_condition()
    assert 'href="/info/for-clinicians/"' in client.get("/").content.decode()
    html = client.get(condition.get_absolute_url()).content.decode()
    assert f'<a href="{page.get_absolute_url()}">Referring a patient</a>' in html


def test_a_condition_page_without_the_page_published_does_not_point_to_it(client):
    clinicians_page(status="draft")
    html = client.get(make_condition().get_absolute_url()).content.decode()
    assert 'aria-labelledby="clinicians-heading"' not in html
