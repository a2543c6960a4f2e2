"""What search engines and link previews read: JSON-LD, robots.txt, the sitemap, meta tags."""

import pytest

from tests.helpers import json_ld_blocks

pytestmark = pytest.mark.django_db


def test_the_home_page_describes_the_clinic(client, demo_content):
    [clinic] = json_ld_blocks(client.get("/").content.decode())
    assert clinic["@type"] == "MedicalClinic"
    assert clinic["telephone"] == "800.922.0000"
    services = {service["name"]: service["@type"] for service in clinic["availableService"]}
    assert services["Static sling"] == "MedicalProcedure"
    assert services["Neuromuscular retraining"] == "MedicalTherapy"


def test_the_condition_page_lists_its_causes_and_possible_treatments(client, demo_content):
    [condition] = json_ld_blocks(client.get("/conditions/facial-paralysis/").content.decode())
    assert condition["@type"] == "MedicalCondition"
    assert {cause["@type"] for cause in condition["cause"]} == {"MedicalCause"}
    assert "Bell’s palsy" in {cause["name"] for cause in condition["cause"]}
    assert len(condition["possibleTreatment"]) == 7
    assert condition["possibleTreatment"][0]["url"].startswith("http://testserver/treatments/")


@pytest.mark.parametrize(
    "path, schema_type",
    [("/treatments/static-sling/", "MedicalProcedure"),
     ("/treatments/neuromuscular-retraining/", "MedicalTherapy")],
)  # fmt: skip
def test_treatment_pages_are_procedures_or_therapies(client, demo_content, path, schema_type):
    [treatment] = json_ld_blocks(client.get(path).content.decode())
    assert treatment["@type"] == schema_type and treatment["url"] == "http://testserver" + path


def test_robots_txt_allows_crawling_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "admin" not in response.content.decode()  # the admin's address stays unadvertised


def test_every_page_has_a_description_a_canonical_address_and_open_graph(client, demo_content):
    for path in ["/", "/conditions/", "/treatments/static-sling/", "/specialists/"]:
        content = client.get(path + "?page=1").content.decode()
        assert '<meta name="description" content="' in content
        assert f'<link rel="canonical" href="http://testserver{path}">' in content
        assert '<meta property="og:title"' in content


def test_the_sitemap_lists_the_index_pages_and_published_content_only(client):
    from clinic.models import PublicationStatus
    from tests.factories import make_treatment

    draft = make_treatment(status=PublicationStatus.DRAFT)
    published = make_treatment()
    sitemap = client.get("/sitemap.xml").content.decode()
    for path in ["/", "/conditions/", "/specialists/", "/stories/", "/appointments/request/",
                 published.get_absolute_url()]:  # fmt: skip
        assert f"<loc>http://testserver{path}</loc>" in sitemap
    assert draft.get_absolute_url() not in sitemap
