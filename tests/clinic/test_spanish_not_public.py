"""Spanish content can be stored, but no Spanish page is served until its words exist."""

import pytest

from services.models import Treatment
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/es/", "/es/conditions/", "/es/treatments/botox/"])
def test_spanish_addresses_are_not_served_before_the_spanish_site_is_ready(client, path):
    # A page under /es/ would say lang="es" over English words (WCAG 3.1.1).
    make_treatment(slug="botox")
    assert client.get(path).status_code == 404


def test_a_page_keeps_its_spanish_text_beside_its_english():
    treatment = make_treatment(title="Botox and injections")
    Treatment.objects.filter(pk=treatment.pk).update(title_es="Botox e inyecciones")
    treatment.refresh_from_db()
    assert (treatment.title_en, treatment.title_es) == (
        "Botox and injections",
        "Botox e inyecciones",
    )
    assert treatment.title == "Botox and injections"
