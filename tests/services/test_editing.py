"""Staff editing: drafts with preview, publishing from the list, content health."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from clinic.models import PublicationStatus
from clinic.readability import spanish_reading_grade
from clinic.roles import APPOINTMENT_COORDINATORS, CONTENT_EDITORS
from services.models import Page, Treatment
from tests.clinic.test_readability import EASY_SPANISH, HARD_SPANISH
from tests.factories import (
    make_cause,
    make_condition,
    make_page,
    make_specialist,
    make_staff,
    make_story,
    make_treatment,
)

pytestmark = pytest.mark.django_db
DRAFT = PublicationStatus.DRAFT
BANNER = b"Draft \xe2\x80\x94 patients cannot see this page"


def unpublished_pages():
    condition = make_condition()
    return {
        "treatment": make_treatment(status=DRAFT).get_absolute_url(),
        "condition": make_condition(status=DRAFT).get_absolute_url(),
        "cause of a draft condition": make_cause(make_condition(status=DRAFT)).get_absolute_url(),
        "cause": make_cause(condition, status=DRAFT).get_absolute_url(),
        "specialist": make_specialist(status=DRAFT).get_absolute_url(),
        "story": make_story(status=DRAFT).get_absolute_url(),
        "story whose consent expired": make_story(
            consent={"expires_on": timezone.localdate() - timedelta(days=1)}
        ).get_absolute_url(),
    }


def test_unpublished_pages_are_not_found_by_the_public(client):
    for kind, url in unpublished_pages().items():
        assert client.get(url).status_code == 404, kind


def test_content_editors_preview_unpublished_pages_under_a_banner(client):
    client.force_login(make_staff(role=CONTENT_EDITORS))
    for kind, url in unpublished_pages().items():
        response = client.get(url)
        assert response.status_code == 200, kind
        assert BANNER in response.content, kind
        assert "no-store" in response["Cache-Control"], kind
    expired = client.get(unpublished_pages()["story whose consent expired"]).content.decode()
    assert "Consent expired on" in expired


def test_staff_see_no_banner_on_published_pages(client):
    client.force_login(make_staff(role=CONTENT_EDITORS))
    assert BANNER not in client.get(make_treatment().get_absolute_url()).content


def test_staff_without_content_permissions_cannot_preview(client):
    client.force_login(make_staff(role=APPOINTMENT_COORDINATORS))
    assert client.get(make_treatment(status=DRAFT).get_absolute_url()).status_code == 404


def test_publishing_is_one_action_in_the_list(client):
    drafts = [make_treatment(status=DRAFT), make_treatment(status=DRAFT)]
    client.force_login(make_staff(role=CONTENT_EDITORS))
    response = client.post(
        "/admin/services/treatment/",
        {"action": "publish", "_selected_action": [t.pk for t in drafts]},
        follow=True,
    )
    assert b"2 items are now published" in response.content
    assert client.get(drafts[0].get_absolute_url()).status_code == 200
    client.post("/admin/services/treatment/",
                {"action": "unpublish", "_selected_action": [drafts[0].pk]})  # fmt: skip
    client.logout()
    assert client.get(drafts[0].get_absolute_url()).status_code == 404


def test_reading_grade_is_worked_out_on_save():
    easy = make_treatment(summary="It helps.", body="We can help. It does not hurt. You go home.")
    hard = make_treatment(
        summary="Comprehensive multidisciplinary evaluation.",
        body="Microneurovascular reconstruction necessitates comprehensive preoperative "
        "electrophysiological characterization of residual neuromuscular functionality.",
    )
    assert easy.reading_grade < 3 and hard.reading_grade > 8
    hard.body = hard.summary = "Short words help. They are kind."
    hard.save(update_fields=["body", "summary"])
    hard.refresh_from_db()
    assert hard.reading_grade < 8


def test_the_admin_filters_hard_to_read_and_overdue_pages(admin_client):
    hard = make_treatment(title="Hard one", body="Electrophysiological characterization "
                          "necessitates multidisciplinary collaboration.")  # fmt: skip
    overdue = make_treatment(title="Old one", last_reviewed_on=date(2020, 1, 1))
    current = make_treatment(title="Fresh one", last_reviewed_on=timezone.localdate())
    assert overdue.review_due_on == date(2020, 12, 31)  # a year after the review

    def titles(query):
        page = admin_client.get(f"/admin/services/treatment/?{query}").content.decode()
        return {t.title for t in Treatment.objects.all() if f">{t.title}<" in page}

    assert titles("reading=hard") == {hard.title}
    assert titles("review=overdue") == {overdue.title}
    assert current.title not in titles("review=never")
    assert "Overdue since" in admin_client.get("/admin/services/treatment/").content.decode()


def test_public_pages_say_when_a_clinician_last_reviewed_them(client):
    reviewed = make_treatment(last_reviewed_on=date(2026, 3, 9), reviewed_by="A. Sample, MD")
    content = client.get(reviewed.get_absolute_url()).content.decode()
    assert "Last reviewed" in content and "March 9, 2026" in content
    assert "by A. Sample, MD" in content
    assert "Last reviewed" not in client.get(make_treatment().get_absolute_url()).content.decode()
    story = make_story(last_reviewed_on=date(2026, 3, 9))
    assert "Last reviewed" in client.get(story.get_absolute_url()).content.decode()


def test_every_content_admin_page_opens_with_its_view_on_site_link(admin_client):
    items = [make_condition(), make_cause(), make_treatment(), make_specialist(), make_story()]
    for item in items:
        opts = item._meta
        page = admin_client.get(f"/admin/{opts.app_label}/{opts.model_name}/{item.pk}/change/")
        assert page.status_code == 200
        assert b"View on site" in page.content, opts.model_name
    condition_page = admin_client.get(f"/admin/services/condition/{items[0].pk}/change/")
    assert b"Treatments for this condition" in condition_page.content


def test_text_with_no_full_stop_still_saves():
    treatment = make_treatment(body="word " * 600)  # a grade of 117 would overflow the column
    treatment.refresh_from_db()
    assert treatment.reading_grade == Decimal("99.9")


def test_a_new_review_moves_the_next_review_on_a_year():
    treatment = make_treatment(last_reviewed_on=date(2020, 1, 1))
    treatment.last_reviewed_on = date(2026, 6, 1)
    treatment.save()
    assert treatment.review_due_on == date(2027, 6, 1)
    treatment.review_due_on = date(2026, 12, 1)  # staff may choose an earlier one
    treatment.save()
    assert treatment.review_due_on == date(2026, 12, 1)


def test_with_two_factor_on_an_unverified_session_cannot_preview(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    client.force_login(make_staff(role=CONTENT_EDITORS))  # password only
    assert client.get(make_treatment(status=DRAFT).get_absolute_url()).status_code == 404
    story = make_story(photos=1, consent={"covers_photos": False})
    photo = story.photo_pairs.get().before_image
    from clinic.images import thumbnail_url

    assert client.get(thumbnail_url(photo)).status_code == 404


def test_the_banner_says_why_a_published_cause_is_hidden(client):
    cause = make_cause(make_condition(status=DRAFT, title="Hidden condition"))
    client.force_login(make_staff(role=CONTENT_EDITORS))
    assert "its condition, Hidden condition, is a draft" in client.get(
        cause.get_absolute_url()).content.decode()  # fmt: skip


def test_publishing_is_recorded_in_each_items_history(client):
    from django.contrib.admin.models import LogEntry

    draft = make_treatment(status=DRAFT)
    client.force_login(make_staff(role=CONTENT_EDITORS))
    client.post("/admin/services/treatment/",
                {"action": "publish", "_selected_action": [draft.pk]})  # fmt: skip
    assert LogEntry.objects.get(object_id=str(draft.pk)).change_message == (
        "Status set to published"
    )


HARD_IN_SHORT = (
    "Microneurovascular reconstruction necessitates comprehensive preoperative "
    "electrophysiological characterization."
)


def test_the_in_short_grade_is_worked_out_on_save_apart_from_the_texts():
    page = make_treatment(body="We can help. It does not hurt.", in_short=HARD_IN_SHORT)
    assert page.in_short_grade > 6 and page.reading_grade < 6
    page.in_short = "We can help. You go home."
    page.save(update_fields=["in_short"])
    page.refresh_from_db()
    assert page.in_short_grade < 6
    assert make_treatment().in_short_grade is None  # no "In short", no grade


def test_the_admin_flags_an_in_short_above_grade_6(admin_client):
    hard = make_treatment(title="Hard summary", in_short=HARD_IN_SHORT)
    easy = make_treatment(title="Easy summary", in_short="We can help. It does not hurt.")
    listing = admin_client.get("/admin/services/treatment/").content.decode()
    assert "“In short” grade" in listing
    assert f"{hard.in_short_grade} (hard: aim for 6 or lower)" in listing
    assert f'field-in_short_grade_flag">English: {easy.in_short_grade}<' in listing
    form = admin_client.get(f"/admin/services/treatment/{hard.pk}/change/").content.decode()
    assert f"{hard.in_short_grade} (hard: aim for 6 or lower)" in form
    assert 'name="in_short_en"' in form and 'name="in_short_es"' in form
    filtered = admin_client.get("/admin/services/treatment/?reading=in-short-hard").content
    assert b">Hard summary<" in filtered and b">Easy summary<" not in filtered
    assert "English: “In short” above grade 6" in listing


def test_staff_write_in_short_and_key_facts_in_the_admin(admin_client):
    treatment = make_treatment()
    form = admin_client.get(f"/admin/services/treatment/{treatment.pk}/change/").content.decode()
    assert "Key facts" in form
    assert all(f'name="{name}_es"' in form for name in ("used_for", "duration", "recovery"))
    for model in ("condition", "cause", "page"):
        assert b'name="in_short_en"' in admin_client.get(f"/admin/services/{model}/add/").content


def test_each_language_gets_its_own_grade_on_save():
    page = make_page(summary="We can help.", body="It does not hurt.")
    english = page.reading_grade_en
    assert page.reading_grade_es is None  # no Spanish yet
    page.summary_es, page.body_es, page.in_short_es = "Le ayudamos.", HARD_SPANISH, EASY_SPANISH
    page.save()
    page.refresh_from_db()
    assert page.reading_grade_en == english  # the English is unchanged, and so is its grade
    assert page.reading_grade_es == spanish_reading_grade(f"Le ayudamos.\n\n{HARD_SPANISH}") > 8
    assert page.in_short_grade_es == spanish_reading_grade(EASY_SPANISH) <= 6
    assert set(Page.objects.hard_to_read(language="es")) == {page}
    assert not Page.objects.hard_to_read(language="en").exists()
