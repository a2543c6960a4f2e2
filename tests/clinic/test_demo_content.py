from decimal import Decimal

import pytest
from django.core.management import call_command

from clinic.readability import reading_grade
from services.models import Cause, Condition, Page, Treatment

pytestmark = pytest.mark.django_db


def load():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))


def text(page):
    return " ".join(page.body.split())


def counts():
    return [model.objects.count() for model in (Condition, Cause, Treatment, Page)]


def test_it_loads_the_program_content_published():
    load()
    assert counts() == [1, 6, 7, 4]
    assert not Treatment.objects.exclude(status="published").exists()


def test_it_loads_the_seed_pages_text():
    load()
    condition = Condition.objects.get(slug="facial-paralysis")
    assert text(condition).startswith(
        "Facial paralysis occurs when the muscles on one or both sides of the face cannot move."
    )
    first_visit = Page.objects.get(slug="first-visit")
    assert "At your first visit, you will meet with a surgeon" in text(first_visit)
    why = Page.objects.get(slug="why-choose-us")
    assert "Wes Heckman, MD, is double board-certified" in text(why)


def test_every_cause_and_treatment_the_seed_names_has_a_page():
    load()
    assert set(Cause.objects.values_list("title", flat=True)) == {
        "Present from birth", "Stroke", "Viral infection", "Bell’s palsy", "Tumor",
        "Injury or accident",
    }  # fmt: skip
    assert set(Treatment.objects.values_list("slug", flat=True)) == {
        "botox-and-injections", "neuromuscular-retraining", "muscle-nerve-tissue-transfers",
        "selective-neurectomy", "static-sling", "face-neck-brow-lift", "eyelid-procedures",
    }  # fmt: skip


def test_written_treatment_text_is_marked_as_sample_copy_for_review():
    load()
    assert all(Treatment.objects.values_list("is_sample_copy", flat=True))
    assert not Condition.objects.get().is_sample_copy


def test_running_it_again_adds_nothing():
    load()
    before = counts()
    load()
    assert counts() == before


def test_running_it_again_keeps_staff_edits():
    load()
    Treatment.objects.filter(slug="static-sling").update(title="Static facial sling", body="Edited")
    load()
    sling = Treatment.objects.get(slug="static-sling")
    assert (sling.title, sling.body) == ("Static facial sling", "Edited")


def test_running_it_again_redraws_old_banded_drawings_and_leaves_uploads_alone():
    from django.core.files.base import ContentFile

    from clinic.illustrations import has_label_band
    from specialists.models import Specialist
    from stories.models import PhotoPair
    from tests.clinic.test_illustrations import banded
    from tests.factories import jpeg_upload

    load()
    old_drawing = Specialist.objects.get(slug="amara-okafor")
    staff_upload = Specialist.objects.get(slug="jose-nunez")
    real_person = Specialist.objects.get(slug="wes-heckman")
    with old_drawing.photo.open("rb") as photo:
        old_portrait = banded(photo.read())
    for specialist in [old_drawing, real_person]:
        specialist.photo = ContentFile(old_portrait, name="old.jpg")
        specialist.photo_alt = "A picture"
        specialist.save()
    staff_upload.photo = jpeg_upload()
    staff_upload.save()
    old_pair, uploaded_pair = PhotoPair.objects.order_by("pk")[:2]
    with old_pair.before_image.open("rb") as photo:
        old_pair.before_image = ContentFile(banded(photo.read()), name="b.jpg")
    old_pair.is_illustration = False  # saved before the field existed
    old_pair.save()
    uploaded_pair.before_image, uploaded_pair.is_illustration = jpeg_upload(), False
    uploaded_pair.save()
    kept = {
        "upload": staff_upload.photo.name,
        "real person": real_person.photo.name,
        "pair upload": uploaded_pair.before_image.name,
    }

    load()
    old_drawing.refresh_from_db()
    old_pair.refresh_from_db()
    assert not has_label_band(old_drawing.photo) and not has_label_band(old_pair.before_image)
    assert old_pair.is_illustration
    uploaded_pair.refresh_from_db()
    assert not uploaded_pair.is_illustration
    assert {
        "upload": Specialist.objects.get(pk=staff_upload.pk).photo.name,
        "real person": Specialist.objects.get(pk=real_person.pk).photo.name,
        "pair upload": uploaded_pair.before_image.name,
    } == kept


def test_demo_story_photos_are_marked_as_drawings():
    from stories.models import PhotoPair

    load()
    assert PhotoPair.objects.exists()
    assert not PhotoPair.objects.filter(is_illustration=False).exists()


IN_SHORT_PAGES = [(Condition, "facial-paralysis"), (Page, "first-visit"), (Page, "why-choose-us")]


@pytest.mark.parametrize(("model", "slug"), IN_SHORT_PAGES)
def test_the_hard_seed_pages_open_with_an_in_short_at_grade_6_or_lower(model, slug):
    load()
    page = model.objects.get(slug=slug)
    assert page.in_short
    assert reading_grade(page.in_short) <= 6
    assert page.in_short_grade == Decimal(str(reading_grade(page.in_short)))
    assert page.reading_grade > page.in_short_grade  # the seed's own text, below it, is harder


def test_the_in_short_of_why_choose_us_names_only_whom_the_seed_names():
    load()
    assert "Wes Heckman, MD" in Page.objects.get(slug="why-choose-us").in_short


def test_every_demo_treatment_has_its_key_facts():
    load()
    for treatment in Treatment.objects.all():
        assert treatment.used_for and treatment.duration and treatment.recovery, treatment.slug


def test_running_it_again_fills_in_fields_added_since_on_untouched_demo_pages():
    load()
    Page.objects.filter(slug="first-visit").update(in_short="")
    Treatment.objects.filter(slug="static-sling").update(used_for="", recovery="")
    load()
    first_visit = Page.objects.get(slug="first-visit")
    assert first_visit.in_short.startswith("At your first visit")
    assert first_visit.in_short_grade is not None
    sling = Treatment.objects.get(slug="static-sling")
    assert sling.used_for and sling.recovery


def test_running_it_again_never_overwrites_or_fills_in_what_staff_changed():
    load()
    Page.objects.filter(slug="first-visit").update(in_short="Staff wrote this.")
    # Staff rewrote the sling's text: facts drawn from the demo text may no longer fit it.
    Treatment.objects.filter(slug="static-sling").update(body="Rewritten.", used_for="")
    # A staff save from the admin turns line ends into \r\n: the same text, not a rewrite.
    lift = Treatment.objects.get(slug="face-neck-brow-lift")
    Treatment.objects.filter(pk=lift.pk).update(body=lift.body.replace("\n", "\r\n"), duration="")
    load()
    assert Page.objects.get(slug="first-visit").in_short == "Staff wrote this."
    assert Treatment.objects.get(slug="static-sling").used_for == ""
    assert Treatment.objects.get(slug="face-neck-brow-lift").duration
