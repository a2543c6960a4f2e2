"""The demo content in Spanish: filled in on first load, and on a database loaded before there was
Spanish, only where it is missing and the English is still the demo's own."""

import pytest
from django.utils import translation

from services.demo import load_demo_content as load_services
from services.demo import translated
from services.models import Cause, Condition, Page, Treatment
from stories.demo import load_demo_content as load_stories
from stories.models import PhotoPair, Story

pytestmark = pytest.mark.django_db

MODELS = (Condition, Cause, Treatment, Page)


def forget_spanish(*models):
    """The database as it was before the demo had Spanish: every `_es` column empty."""
    for model in models:
        model.objects.update(**{f"{name}_es": None for name in translated(model)})


def test_the_first_load_fills_in_every_page_in_spanish():
    load_services()
    for model in MODELS:
        for page in model.objects.all():
            for name in translated(model):
                assert bool(getattr(page, f"{name}_es")) == bool(getattr(page, f"{name}_en"))
    botox = Treatment.objects.get(slug="botox-and-injections")
    assert (botox.slug_es, botox.title_es) == ("botox-e-inyecciones", "Botox y otras inyecciones")
    assert botox.is_sample_copy
    assert Cause.objects.get(slug_es="paralisis-de-bell").title_en == "Bell’s palsy"
    with translation.override("es"):
        condition = Condition.objects.get()
        assert condition.title == "Parálisis facial"
        assert condition.in_short.startswith("Con la parálisis facial")
        assert condition.body.startswith("La parálisis facial ocurre cuando")


def test_running_it_again_fills_in_spanish_only_where_missing_on_untouched_pages():
    load_services()
    forget_spanish(*MODELS)
    Treatment.objects.filter(slug="static-sling").update(body="Rewritten by staff.")
    Treatment.objects.filter(slug="face-neck-brow-lift").update(title_es="Lifting (staff)")
    load_services()
    botox = Treatment.objects.get(slug="botox-and-injections")
    assert botox.slug_es == "botox-e-inyecciones" and botox.body_es.startswith("## Qué es")
    assert botox.used_for_es
    # The Spanish of the demo's text would not translate what staff wrote instead.
    sling = Treatment.objects.get(slug="static-sling")
    assert not any(getattr(sling, f"{name}_es") for name in translated(Treatment))
    lift = Treatment.objects.get(slug="face-neck-brow-lift")
    assert lift.title_es == "Lifting (staff)"
    assert lift.slug_es == "estiramiento-de-cara-cuello-o-cejas"
    assert Page.objects.get(slug="first-visit").in_short_es.startswith("En su primera visita")


def test_stories_and_their_photo_pairs_are_loaded_and_filled_in_spanish():
    load_services()
    load_stories()
    maya = Story.objects.get(slug="maya-finding-her-smile-after-bells-palsy")
    assert maya.slug_es == "maya-volvio-a-sonreir-despues-de-la-paralisis-de-bell"
    assert maya.body_es.startswith("*Esta es una historia de ejemplo")
    assert not PhotoPair.objects.filter(before_alt_es=None).exists()
    assert PhotoPair.objects.get(story=maya).after_label_es == "8 meses después"

    forget_spanish(Story, PhotoPair)
    Story.objects.filter(slug="ruth-a-static-sling-years-after-a-fall").update(body="Rewritten.")
    daniel = Story.objects.get(slug="daniel-blinking-and-smiling-after-tumor-surgery")
    staff_photo = daniel.photo_pairs.get(position=1)
    PhotoPair.objects.filter(pk=staff_photo.pk).update(before_alt="A photo staff uploaded")
    load_stories()
    maya.refresh_from_db()
    assert maya.title_es.startswith("Volví a encontrar mi sonrisa")
    assert maya.photo_pairs.get().before_label_es == "Antes del tratamiento"
    ruth = Story.objects.get(slug="ruth-a-static-sling-years-after-a-fall")
    assert ruth.title_es is None and ruth.photo_pairs.get().before_alt_es is None
    assert daniel.photo_pairs.get(position=0).before_label_es == "En reposo, antes"
    assert daniel.photo_pairs.get(position=1).before_alt_es is None
