"""When each language's words last changed, and which content needs translating."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from services.models import Cause, Condition, Page, Treatment
from specialists.models import Education, Specialist
from stories.models import PhotoPair, Story
from tests.factories import jpeg_upload, make_cause, make_page, make_specialist, make_story

pytestmark = pytest.mark.django_db


def spanish_page(**fields):
    return make_page(title_es="Página", summary_es="Un resumen.", body_es="Un texto.", **fields)


def later(traveller_days=1):
    return time_machine.travel(timezone.now() + timedelta(days=traveller_days), tick=False)


def needing_spanish(model):
    return set(model.objects.translation_missing_or_stale("es"))


def test_a_new_page_dates_the_languages_it_has_words_in():
    english_only = make_page()
    both = spanish_page()
    assert english_only.text_changed_at_en and english_only.text_changed_at_es is None
    assert both.text_changed_at_es == both.text_changed_at_en


def test_only_the_language_whose_words_changed_gets_a_new_date():
    page = Page.objects.get(pk=spanish_page().pk)
    english, spanish = page.text_changed_at_en, page.text_changed_at_es
    with later():
        page.body_en = "New English words."
        page.save()
    page.refresh_from_db()
    assert page.text_changed_at_en > english and page.text_changed_at_es == spanish
    with later(2):
        page.title_es = "Página nueva"
        page.save()
    page.refresh_from_db()
    assert page.text_changed_at_es > spanish and page.text_changed_at_es > page.text_changed_at_en


def test_saving_without_changing_words_dates_nothing():
    page = Page.objects.get(pk=spanish_page().pk)
    before = (page.text_changed_at_en, page.text_changed_at_es)
    with later():
        page.position = 5
        page.save()
        page.status = "draft"
        page.save(update_fields=["status", "updated_at"])  # the admin's publish action
    page.refresh_from_db()
    assert (page.text_changed_at_en, page.text_changed_at_es) == before


def test_a_save_of_some_fields_dates_only_their_languages():
    page = Page.objects.get(pk=spanish_page().pk)
    spanish = page.text_changed_at_es
    with later():
        page.title_es = "Otro título"
        page.body_en = "Changed in memory, not saved."
        page.save(update_fields=["title_es"])
    page.refresh_from_db()
    assert page.text_changed_at_es > spanish and page.text_changed_at_en < page.text_changed_at_es


def test_missing_older_and_up_to_date_spanish():
    missing = make_page()  # English only
    partly = make_page(title_es="Solo el título")  # summary and body still English only
    up_to_date = spanish_page()
    older = spanish_page()
    with later():
        older.body_en = "The English changed after the Spanish."
        older.save()
    assert needing_spanish(Page) == {missing, partly, older}
    assert set(Page.objects.translation_missing("es")) == {missing, partly}
    assert set(Page.objects.translation_stale("es")) == {older}
    assert up_to_date not in needing_spanish(Page)
    with later(2):
        older.body_es = "El español alcanzó al inglés."
        older.save()
    assert older not in needing_spanish(Page)


def test_a_spanish_text_left_empty_where_the_english_is_too_is_not_missing():
    page = spanish_page(in_short="")  # no "In short" in either language
    assert page not in needing_spanish(Page)


def test_every_translated_model_answers_the_same_question():
    cause = make_cause()
    specialist = make_specialist(bio="A biography.")
    assert needing_spanish(Cause) == {cause} and needing_spanish(Condition) == {cause.condition}
    assert needing_spanish(Specialist) == {specialist}
    assert needing_spanish(Treatment) == set()


def test_a_specialist_needs_spanish_while_an_education_line_does():
    specialist = make_specialist(title_es="Cirujano plástico facial")
    assert specialist not in needing_spanish(Specialist)
    Education.objects.create(
        specialist=specialist,
        kind="degree",
        institution="A University",
        detail="Doctor of Medicine",
    )
    assert needing_spanish(Specialist) == {specialist}


def test_a_story_needs_spanish_while_a_photo_caption_does():
    story = make_story(title_es="Historia", summary_es="Resumen.", body_es="Lo que pasó.")
    assert story not in needing_spanish(Story)
    make_story(photos=0)  # another story, English only
    PhotoPair.objects.create(
        story=story, before_image=jpeg_upload(), after_image=jpeg_upload(), before_alt="Before",
        before_alt_es="Antes", before_label="Before", before_label_es="Antes",
        after_alt="After", after_alt_es="Después", after_label="After", after_label_es="Después",
        before_caption="Taken in clinic",
    )  # fmt: skip
    assert story in needing_spanish(Story)


def test_the_admin_list_state_comes_from_the_same_rules():
    missing, current = make_page(), spanish_page()
    older = spanish_page()
    with later():
        older.title_en = "Changed"
        older.save()
    states = {
        page: (bool(page.translation_missing_es), bool(page.translation_stale_es))
        for page in Page.objects.with_translation_state()
    }
    assert states == {missing: (True, False), current: (False, False), older: (False, True)}
