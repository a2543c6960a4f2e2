"""The admin edits every language side by side, finds and flags what needs translating."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.admin.sites import site
from django.test import RequestFactory, override_settings
from django.utils import timezone

from clinic.admin import TranslationStateFilter
from services.models import Page
from specialists.models import Specialist
from stories.models import Story
from tests.factories import make_page, make_specialist, make_story

pytestmark = pytest.mark.django_db

TRANSLATED_ADMINS = [
    "services/condition", "services/cause", "services/treatment", "services/page",
    "specialists/specialist", "specialists/expertise", "specialists/language",
    "specialists/location", "stories/story",
]  # fmt: skip


def position(html, name):
    index = html.find(f'name="{name}"')
    assert index >= 0, f"no {name} field"
    return index


@pytest.mark.parametrize("admin_path", TRANSLATED_ADMINS)
def test_each_translated_field_shows_english_then_spanish(admin_client, admin_path):
    html = admin_client.get(f"/admin/{admin_path}/add/").content.decode()
    field = "name" if admin_path.split("/")[1] in ("expertise", "language", "location") else "title"
    assert position(html, f"{field}_en") < position(html, f"{field}_es")
    assert f'name="{field}"' not in html  # no third, language-less copy
    assert "Spanish missing or older than English" in admin_client.get(f"/admin/{admin_path}/").text


def test_the_inlines_show_both_languages(admin_client):
    specialist = make_specialist()
    story = make_story(photos=1)
    form = admin_client.get(f"/admin/specialists/specialist/{specialist.pk}/change/").text
    assert position(form, "education-__prefix__-detail_en") < position(
        form, "education-__prefix__-detail_es"
    )
    form = admin_client.get(f"/admin/stories/story/{story.pk}/change/").text
    assert position(form, "photo_pairs-0-before_caption_en") < position(
        form, "photo_pairs-0-before_caption_es"
    )


def test_the_admin_saves_both_languages_and_needs_only_the_english(admin_client):
    data = {
        "title_en": "First visit", "title_es": "Primera visita",
        "slug_en": "first-visit", "slug_es": "primera-visita",
        "summary_en": "What happens.", "summary_es": "Qué pasa.",
        "body_en": "We talk.", "body_es": "Hablamos.",
        "status": "draft", "position": "0",
    }  # fmt: skip
    assert admin_client.post("/admin/services/page/add/", data).status_code == 302
    page = Page.objects.get(slug_en="first-visit")
    assert (page.title_en, page.title_es, page.body_es) == ("First visit", "Primera visita",
                                                            "Hablamos.")  # fmt: skip
    english_only = {key: value for key, value in data.items() if not key.endswith("_es")}
    english_only |= {"slug_en": "second", "title_en": "Second"}
    assert admin_client.post("/admin/services/page/add/", english_only).status_code == 302
    no_english = data | {"title_en": "", "slug_en": "third", "slug_es": "tercera"}
    response = admin_client.post("/admin/services/page/add/", no_english)
    assert response.status_code == 200 and "This field is required" in response.text


def test_the_spanish_address_is_made_from_the_spanish_title(admin_client):
    html = admin_client.get("/admin/services/page/add/").text.replace("&quot;", '"')
    assert '"id": "#id_slug_es", "name": "slug_es", "dependency_ids": ["#id_title_es"]' in html


def test_a_search_finds_spanish_words(admin_client):
    make_page(title="Your first visit", title_es="Su primera visita")
    make_specialist(name="Ana Ruiz", bio="Surgeon.", title_es="Cirujana reconstructiva")
    assert ">Your first visit<" in admin_client.get("/admin/services/page/?q=primera").text
    assert "Ana Ruiz" in admin_client.get("/admin/specialists/specialist/?q=reconstructiva").text


def test_the_translation_filter_and_column(admin_client):
    make_page(title="English only")
    make_page(title="Translated", title_es="Traducida", summary_es="Resumen.", body_es="Texto.")
    older = make_page(title="Older", title_es="Antigua", summary_es="Resumen.", body_es="Texto.")
    with time_machine.travel(timezone.now() + timedelta(days=1), tick=False):
        older.body_en = "The English changed."
        older.save()
    filtered = admin_client.get("/admin/services/page/?translation=es").text
    assert ">English only<" in filtered and ">Older<" in filtered
    assert ">Translated<" not in filtered
    listing = admin_client.get("/admin/services/page/").text
    assert "Spanish missing" in listing and "Spanish out of date" in listing
    assert "Up to date" in listing
    form = admin_client.get(f"/admin/services/page/{older.pk}/change/").text
    assert "Spanish out of date" in form and "Text last changed [es]" in form


def test_the_translation_filter_works_on_the_directory(admin_client):
    make_specialist(name="Not Translated")
    make_specialist(name="Translated Person", title_es="Cirujano")
    filtered = admin_client.get("/admin/specialists/specialist/?translation=es").text
    assert "Not Translated" in filtered and "Translated Person" not in filtered
    assert Specialist.objects.count() == 2


@override_settings(LANGUAGES=[("en", "English"), ("es", "Español"), ("fr", "Français")])
def test_a_third_language_gets_its_own_filter_choice_with_no_code():
    request = RequestFactory().get("/")
    model_admin = site._registry[Page]
    choices = TranslationStateFilter(request, {}, Page, model_admin).lookups(request, model_admin)
    assert [key for key, _label in choices] == ["es", "fr"]
    assert str(choices[1][1]) == "French missing or older than English"


def test_the_admin_shows_each_languages_grade_and_flags_each(admin_client):
    hard_spanish = (
        "La rehabilitación neuromuscular especializada contribuye significativamente a la "
        "recuperación funcional de pacientes con secuelas de parálisis facial periférica."
    )
    page = make_page(
        summary="We can help.", body="It does not hurt.", summary_es="Le ayudamos.",
        body_es=hard_spanish,
    )  # fmt: skip
    page.refresh_from_db()
    listing = admin_client.get("/admin/services/page/").text
    assert f"English: {page.reading_grade_en}<br>" in listing
    assert f"Spanish: {page.reading_grade_es} (hard: aim for 8 or lower)" in listing
    form = admin_client.get(f"/admin/services/page/{page.pk}/change/").text
    assert f"Spanish: {page.reading_grade_es} (hard: aim for 8 or lower)" in form
    hard = admin_client.get("/admin/services/page/?reading=hard-es").text
    assert (
        page.title in hard
        and page.title
        not in admin_client.get("/admin/services/page/?reading=hard").text.split("result_list")[-1]
    )


def test_a_translator_marks_checked_spanish_up_to_date(admin_client):
    story = make_story(title_es="Historia", summary_es="Resumen.", body_es="Lo que pasó.",
                       photos=1)  # fmt: skip
    pair = story.photo_pairs.get()
    pair.before_alt_es, pair.before_label_es = "Antes", "Antes"
    pair.after_alt_es, pair.after_label_es = "Después", "Después"
    pair.save()
    with time_machine.travel(timezone.now() + timedelta(days=1), tick=False):
        story.body_en, pair.before_label_en = "A typo fixed.", "Before treatment"
        story.save()
        pair.save()
    assert story in Story.objects.translation_stale("es")
    with time_machine.travel(timezone.now() + timedelta(days=2), tick=False):
        response = admin_client.post(
            "/admin/stories/story/",
            {"action": "mark_es_up_to_date", "_selected_action": [story.pk]},
            follow=True,
        )
    assert "1 item marked up to date." in response.text
    assert not Story.objects.translation_missing_or_stale("es").exists()


def test_marking_from_the_out_of_date_list_dates_and_logs_every_selected_item(admin_client):
    # Only a photo caption is out of date: once it is dated the story leaves the filtered
    # list, and the story itself must still be dated and its change logged.
    from django.contrib.admin.models import LogEntry

    story = make_story(title_es="Historia", summary_es="Resumen.", body_es="Lo que pasó.",
                       photos=1)  # fmt: skip
    pair = story.photo_pairs.get()
    pair.before_alt_es, pair.before_label_es = "Antes", "Antes"
    pair.after_alt_es, pair.after_label_es = "Después", "Después"
    pair.save()
    with time_machine.travel(timezone.now() + timedelta(days=1), tick=False):
        pair.before_label_en = "Before treatment"
        pair.save()
    marked_at = timezone.now() + timedelta(days=2)
    with time_machine.travel(marked_at, tick=False):
        response = admin_client.post(
            "/admin/stories/story/?translation=es",
            {"action": "mark_es_up_to_date", "_selected_action": [story.pk]},
            follow=True,
        )
    assert "1 item marked up to date." in response.text
    story.refresh_from_db()
    assert story.text_changed_at_es == marked_at
    assert LogEntry.objects.filter(object_id=str(story.pk), change_message__contains="up to date")
