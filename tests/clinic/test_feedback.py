"""“Was this page helpful?”: a vote from a cached page, an optional comment with contact
details masked, limits per client, and what editors see of it."""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.sites import site as admin_site
from django.urls import reverse
from django.utils import timezone, translation

from clinic.feedback.forms import page_token
from clinic.feedback.masking import masked
from clinic.feedback.models import PageFeedback, with_helpfulness
from services.models import Treatment
from tests.factories import make_page, make_staff, make_story, make_treatment

pytestmark = pytest.mark.django_db


def vote(client, page, answer="yes", headers=None, **environ):
    data = {"page": page_token(page), "helpful": answer}
    return client.post("/feedback/", data, headers=headers or {}, **environ)


def test_every_kind_of_content_page_asks_whether_it_helped(client):
    for page in [make_treatment(), make_page(), make_story()]:
        html = client.get(page.get_absolute_url()).content.decode()
        form = re.search(r'<form class="page-feedback".*?</form>', html, re.S)[0]
        assert "Was this page helpful?" in form and 'action="/feedback/"' in form
        assert "csrfmiddlewaretoken" not in form  # the same for every visitor


def test_a_page_s_form_is_the_same_whenever_it_is_built(client, site_noon):
    treatment = make_treatment()
    first = client.get(treatment.get_absolute_url()).content
    site_noon.shift(timedelta(minutes=5))
    assert client.get(treatment.get_absolute_url()).content == first


def test_the_page_with_the_form_is_still_served_from_the_page_cache(
    client, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 600
    treatment = make_treatment()
    first = client.get(treatment.get_absolute_url())
    assert vote(client, treatment).status_code == 302
    with django_assert_num_queries(0):  # a vote is not a content change
        second = client.get(treatment.get_absolute_url())
    assert second.content == first.content


def test_a_vote_is_kept_and_leads_to_the_comment_page(client):
    treatment = make_treatment(title="Eyelid weights")
    response = vote(client, treatment, "no", headers={"Sec-Fetch-Site": "same-origin"})
    feedback = PageFeedback.objects.get()
    assert (feedback.page, feedback.helpful, feedback.language) == (treatment, False, "en")
    page = client.get(response["Location"])
    assert page.status_code == 200 and "no-cache" in page["Cache-Control"]
    assert "We are sorry the page did not help." in page.content.decode()
    assert f'href="{treatment.get_absolute_url()}"' in page.content.decode()


def test_a_spanish_vote_is_thanked_in_spanish(client):
    treatment = make_treatment()
    with translation.override("es"):
        vote_url = reverse("feedback:vote")
    assert vote_url == "/es/opinion/"
    response = client.post(vote_url, {"page": page_token(treatment), "helpful": "yes"})
    assert response.status_code == 302
    assert PageFeedback.objects.get().language == "es"
    assert "Gracias" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    "headers",
    [{"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
     {"Origin": "https://elsewhere.example"}],
)  # fmt: skip
def test_a_vote_posted_from_another_site_is_refused(client, headers):
    response = vote(client, make_treatment(), headers=headers)
    assert response.status_code == 403 and not PageFeedback.objects.exists()


@pytest.mark.parametrize("token", ["", "forged", "WzEsIDJd:forged"])
def test_a_vote_about_no_page_of_the_site_is_refused(client, token):
    response = client.post("/feedback/", {"page": token, "helpful": "yes"})
    assert response.status_code == 400 and not PageFeedback.objects.exists()
    assert "Choose “Yes” or “No”" in response.content.decode()


def test_the_vote_endpoint_takes_posts_only(client):
    assert client.get("/feedback/").status_code == 405


def test_votes_are_limited_per_client(client, settings):
    settings.FEEDBACK_RATE_LIMIT = 2
    treatment = make_treatment()
    assert [vote(client, treatment).status_code for _ in range(3)] == [302, 302, 429]
    assert PageFeedback.objects.count() == 2
    refused = vote(client, treatment)
    assert refused["Retry-After"] == str(settings.FEEDBACK_RATE_WINDOW)
    assert "a lot of feedback from your network" in refused.content.decode()
    other = vote(client, treatment, REMOTE_ADDR="203.0.113.9")  # another network
    assert other.status_code == 302


def test_a_comment_is_stored_with_its_vote_with_contact_details_masked(client):
    comment_url = vote(client, make_treatment())["Location"]
    response = client.post(
        comment_url,
        {"comment": "How long is recovery? Write to ana.lopez@example.com or call 402-555-0199."},
    )
    assert response.status_code == 200
    assert "We read every comment" in response.content.decode()
    assert PageFeedback.objects.get().comment == (
        "How long is recovery? Write to [email removed] or call [phone number removed]."
    )
    # One comment per vote: a second post changes nothing.
    client.post(comment_url, {"comment": "Another"})
    assert PageFeedback.objects.get().comment.startswith("How long is recovery?")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Mail me: a.b+c@mail.example.org", "Mail me: [email removed]"),
        ("My cell (402) 555 0199 please", "My cell [phone number removed] please"),
        ("+44 20 7946 0958", "[phone number removed]"),
        ("call 5550199", "call [phone number removed]"),
        ("555.0199 or 402.555.0100", "[phone number removed] or [phone number removed]"),
        ("Recovery took 6 to 12 months, in 2024", "Recovery took 6 to 12 months, in 2024"),
    ],
)
def test_masking_contact_details(typed, kept):
    assert masked(typed) == kept


def test_a_too_long_comment_is_refused_with_its_length_and_kept(client):
    comment_url = vote(client, make_treatment())["Location"]
    text = "word " * 120
    response = client.post(comment_url, {"comment": text})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert "Shorten it to 500 characters or fewer" in html
    assert 'href="#id_comment"' in html and text.strip() in html
    assert PageFeedback.objects.get().comment == ""


def test_a_comment_over_the_limit_comes_back_kept(client, settings):
    comment_url = vote(client, make_treatment())["Location"]
    settings.FEEDBACK_RATE_LIMIT = 1  # the vote used it
    response = client.post(comment_url, {"comment": "Prices, please."})
    assert response.status_code == 429 and "Prices, please." in response.content.decode()
    assert PageFeedback.objects.get().comment == ""


def test_an_old_or_forged_comment_address_is_not_found(client, site_noon):
    comment_url = vote(client, make_treatment())["Location"]
    assert client.get(comment_url.replace("/feedback/", "/feedback/x")).status_code == 404
    site_noon.shift(timedelta(days=2))
    assert client.get(comment_url).status_code == 404


def feedback(page, helpful, days_ago=0, comment=""):
    item = PageFeedback.objects.create(page=page, helpful=helpful, language="en", comment=comment)
    PageFeedback.objects.filter(pk=item.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )


def test_pages_rank_by_helpfulness_over_the_last_90_days():
    liked, disliked, unrated = make_treatment(), make_treatment(), make_treatment()
    for helpful in (True, True, True, False):
        feedback(liked, helpful)
    feedback(disliked, True)
    feedback(disliked, False, days_ago=10)
    feedback(disliked, False, days_ago=120)  # too old to count
    feedback(unrated, True, days_ago=100)
    rows = {
        page.pk: (page.helpful_percent, page.feedback_votes)
        for page in with_helpfulness(Treatment.objects.all())
    }
    assert rows == {liked.pk: (75, 4), disliked.pk: (50, 2), unrated.pk: (None, 0)}


def test_editors_see_helpfulness_in_the_lists_least_helpful_first(client):
    liked, disliked = make_treatment(title="Liked page"), make_treatment(title="Disliked page")
    feedback(liked, True)
    feedback(disliked, False)
    client.force_login(make_staff(role="Content editors"))
    column = admin_site._registry[Treatment].list_display.index("helpful")
    html = client.get(f"/admin/services/treatment/?o={column + 1}").content.decode()
    assert html.index("Disliked page") < html.index("Liked page")
    assert "0%" in html and "100%" in html


def test_editors_see_a_page_s_votes_and_comments(client):
    treatment = make_treatment()
    feedback(treatment, True, days_ago=5)
    feedback(treatment, False, days_ago=45, comment="Costs? [email removed]")
    client.force_login(make_staff(role="Content editors"))
    html = client.get(f"/admin/services/treatment/{treatment.pk}/change/").content.decode()
    assert "Last 30 days: 1 yes, 0 no" in html and "Last 90 days: 1 yes, 1 no" in html
    assert "Costs? [email removed]" in html


def test_editors_read_every_answer_and_cannot_change_any(client):
    feedback(make_treatment(title="Eyelid weights"), False, comment="Cost? [email removed]")
    client.force_login(make_staff(role="Content editors"))
    html = client.get("/admin/clinic/pagefeedback/").content.decode()
    assert "Eyelid weights" in html and "Cost? [email removed]" in html
    item = PageFeedback.objects.get()
    change = client.post(f"/admin/clinic/pagefeedback/{item.pk}/change/", {"comment": "edited"})
    assert change.status_code == 403 and PageFeedback.objects.get().comment.startswith("Cost")
    assert client.get("/admin/clinic/pagefeedback/add/").status_code == 403


def test_the_list_of_answers_costs_the_same_whatever_its_length(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(make_staff(role="Content editors"))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/clinic/pagefeedback/").status_code == 200
        return len(captured)

    feedback(make_treatment(), True)
    queries()  # the first sign-in's own look-ups
    few = queries()
    for _ in range(5):
        feedback(make_treatment(), False)
    assert queries() == few
    for _ in range(5):
        feedback(make_story(), True)
    assert queries() == few + 1  # stories' pages, a kind of page the list did not show before
