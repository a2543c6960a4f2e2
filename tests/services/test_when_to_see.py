"""The guide to when to see a specialist: the signs to act on now first, then a timeline by
cause whose stages open the request form with "when did it begin" answered (?onset=), linked
from the pages patients start on."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from appointments.models import AppointmentRequest
from services.models import Cause, Page

pytestmark = pytest.mark.django_db

SLUG = "when-to-see-a-specialist"


def guide_url(language):
    with translation.override(language):
        return Page.objects.get(slug_en=SLUG).get_absolute_url()


def test_it_is_sample_copy_in_plain_words_in_every_language(demo_content):
    guide = Page.objects.get(slug_en=SLUG)
    assert guide.is_published and guide.is_sample_copy
    assert guide.reading_grade_en <= 6 and guide.reading_grade_es <= 6


@pytest.mark.parametrize(
    ("language", "first_heading"), [("en", "Get help now"), ("es", "Busque ayuda ahora")]
)
def test_it_opens_with_the_signs_to_act_on_now(client, demo_content, language, first_heading):
    html = client.get(guide_url(language)).content.decode()
    article = html[html.index("<h1") :]
    assert re.search(r"<h2[^>]*>([^<]*)</h2>", article)[1] == first_heading
    assert "911" in article[: article.index("</ul>")]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_stage_opens_the_form_in_its_language_with_the_onset_chosen(
    client, demo_content, language
):
    html = client.get(guide_url(language)).content.decode()
    links = [urlsplit(href) for href in re.findall(r'href="([^"]*\?onset=[^"]*)"', html)]
    with translation.override(language):
        form_path = reverse("appointments:request")
    assert {link.path for link in links} == {form_path}
    onsets = [parse_qs(link.query)["onset"][0] for link in links]
    assert set(onsets) == set(AppointmentRequest.Onset.values) - {"not_sure"}
    for link in links:
        assert resolve(link.path).url_name == "request"
        form = client.get(f"{link.path}?{link.query}").content.decode()
        chosen = re.findall(r'name="onset" value="(\w+)"[^>]* checked', form)
        assert chosen == parse_qs(link.query)["onset"]


def test_an_unknown_onset_chooses_nothing(client):
    for query in ["?onset=yesterday", "?onset=", "?onset=%3Cscript%3E"]:
        form = client.get("/appointments/request/" + query).content.decode()
        assert not re.search(r'name="onset"[^>]* checked', form)


def test_the_home_condition_and_every_cause_page_link_to_it(client, demo_content):
    pages = ["/", "/es/", "/conditions/facial-paralysis/"]
    pages += [cause.get_absolute_url() for cause in Cause.objects.published()]
    for page in pages:
        html = client.get(page, follow=True).content.decode()
        language = "es" if page.startswith("/es/") else "en"
        assert f'href="{guide_url(language)}"' in html, page
