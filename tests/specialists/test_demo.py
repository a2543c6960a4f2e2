"""The directory's demo content: read from specialists/demo/, in English and Spanish."""

import pytest
from django.urls import reverse
from django.utils import translation

from specialists.demo import demo_specialists, load_demo_content
from specialists.models import Education, Expertise, Language, Location, Specialist, Synonym

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(demo_content):
    """The program's pages and the directory (the specialists link to the pages)."""
    load_demo_content()


def test_the_files_keep_the_order_and_facts_of_the_demo():
    specialists = demo_specialists()
    assert [item["en"]["position"] for item in specialists] == list(range(len(specialists)))
    heckman = specialists[0]["en"]
    assert heckman["slug"] == "wes-heckman" and heckman["bio"].startswith(
        "Wes Heckman, MD, is a facial plastic and reconstructive surgeon."
    )
    assert all(set(item) == {"en", "es"} for item in specialists)


def test_the_seed_surgeon_has_only_what_the_seed_says(directory):
    heckman = Specialist.objects.get(slug="wes-heckman")
    assert not heckman.is_sample and not heckman.photo
    assert not heckman.languages.exists() and not heckman.education.exists()
    assert heckman.accepts_new_patients is None and heckman.offers_video_visits is None
    assert heckman.bio_es.startswith("Wes Heckman, MD, es cirujano plástico y reconstructivo")
    assert Specialist.objects.filter(is_sample=False).count() == 1


def test_every_text_patients_read_has_its_spanish(directory):
    for specialist in Specialist.objects.all():
        assert specialist.title_es and specialist.bio_es, specialist.slug
        assert bool(specialist.photo_alt_es) == bool(specialist.photo), specialist.slug
    assert not Education.objects.filter(detail_es__isnull=True).exists()
    assert not Expertise.objects.filter(name_es__isnull=True).exists()
    assert not Language.objects.filter(name_es__isnull=True).exists()
    for location in Location.objects.all():
        assert location.is_sample
        assert location.name_es and location.hours_es, location.slug
        assert location.directions_en and location.directions_es, location.slug


def test_three_fictional_specialists_speak_spanish(directory):
    speakers = Specialist.objects.filter(languages__name_en="Spanish")
    assert speakers.count() >= 3
    assert all(speaker.is_sample for speaker in speakers)


def test_a_spanish_page_shows_the_spanish_texts_and_finds_spanish_speakers(client, directory):
    with translation.override("es"):  # and English again afterwards, for the tests that follow
        url = reverse("specialists:index")
        content = client.get(url, {"language": "Español"}).content.decode()
    assert "José Núñez" in content and "Naomi Kessler" in content and "Samuel Mensah" in content
    assert "Wes Heckman" not in content
    assert "Especialista en psicología" in content and "Español, Inglés" in content


def test_a_profile_shows_its_locations_directions(client, directory):
    specialist = Specialist.objects.get(slug="samuel-mensah")
    content = client.get(specialist.get_absolute_url()).content.decode()
    assert "Getting there:" in content and "Use the east door." in content
    with translation.override("es"):
        content = client.get(specialist.get_absolute_url()).content.decode()
    assert "Cómo llegar:" in content and "Use la puerta del lado este." in content


def test_synonyms_are_loaded_for_each_language(directory):
    assert Synonym.objects.filter(language="en", phrase="eye won’t close").exists()
    assert Synonym.objects.filter(language="es", phrase="cerrar el ojo").exists()
    assert {"en", "es"} == set(
        Synonym.objects.filter(phrase="botox").values_list("language", flat=True)
    )


def test_loading_again_adds_spanish_to_demo_rows_loaded_before_it(directory):
    """A site loaded before the Spanish existed gets it, where the English is still the demo's."""
    untouched = Specialist.objects.get(slug="linh-pham")
    rewritten = Specialist.objects.get(slug="xiaoling-zhao")
    Specialist.objects.filter(pk=untouched.pk).update(title_es=None, bio_es=None, photo_alt_es=None)
    Specialist.objects.filter(pk=rewritten.pk).update(bio_en="Staff wrote this.", bio_es=None)
    Education.objects.update(detail_es=None)
    Location.objects.update(directions_en="", directions_es=None, hours_es=None)
    Language.objects.filter(name_en="Spanish").update(name_es=None)

    load_demo_content()
    untouched.refresh_from_db()
    assert untouched.bio_es.startswith("Linh Pham trabaja en terapia física")
    assert untouched.photo_alt_es == "Ilustración en lugar de una foto de Linh Pham"
    assert untouched.education.filter(detail_es="Doctorado en Terapia Física (DPT)").exists()
    assert Specialist.objects.get(pk=rewritten.pk).bio_es is None
    location = Location.objects.get(slug="kearney-outreach-clinic")
    assert location.directions_en.startswith("Free parking") and location.hours_es
    assert Language.objects.get(name_en="Spanish").name_es == "Español"
    with translation.override("es"):  # and the Spanish search text is rebuilt from it
        assert "biorretroalimentacion" in Specialist.objects.get(pk=untouched.pk).search_bio_es


def test_loading_again_keeps_staff_translations(directory):
    Specialist.objects.filter(slug="linh-pham").update(title_es="Fisioterapeuta")
    Location.objects.filter(slug="kearney-outreach-clinic").update(directions_es="Otra puerta.")
    load_demo_content()
    assert Specialist.objects.get(slug="linh-pham").title_es == "Fisioterapeuta"
    assert Location.objects.get(slug="kearney-outreach-clinic").directions_es == "Otra puerta."
