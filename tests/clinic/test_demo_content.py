import pytest
from django.core.management import call_command

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
    assert counts() == [1, 6, 7, 2]
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
