"""What search engines and link previews read: JSON-LD, robots.txt, the sitemap, meta tags."""

import html
import re
from datetime import date

import pytest

from tests.factories import make_cause, make_condition, make_page, make_treatment
from tests.helpers import json_ld_blocks

pytestmark = pytest.mark.django_db


def blocks_by_type(client, path):
    """The page's schema.org blocks by @type; each must parse as JSON (json_ld_blocks)."""
    response = client.get(path)
    assert response.status_code == 200, path
    blocks = json_ld_blocks(response.content.decode())
    types = [block["@type"] for block in blocks]
    assert len(types) == len(set(types)), f"{path}: {types}"
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    return {block["@type"]: block for block in blocks}


def test_the_home_page_describes_the_clinic(client, demo_content):
    assert set(blocks_by_type(client, "/")) == {"MedicalClinic"}  # no breadcrumbs at home
    clinic = blocks_by_type(client, "/")["MedicalClinic"]
    assert clinic["telephone"] == "800.922.0000"
    services = {service["name"]: service["@type"] for service in clinic["availableService"]}
    assert services["Static sling"] == "MedicalProcedure"
    assert services["Neuromuscular retraining"] == "MedicalTherapy"


def test_the_condition_page_lists_its_causes_and_possible_treatments(client, demo_content):
    page = blocks_by_type(client, "/conditions/facial-paralysis/")["MedicalWebPage"]
    condition = page["about"]
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
    treatment = blocks_by_type(client, path)["MedicalWebPage"]["about"]
    assert treatment["@type"] == schema_type and treatment["url"] == "http://testserver" + path


def test_every_page_that_describes_botox_gives_it_the_same_type(client, demo_content):
    from services.models import Treatment
    from tests.factories import make_specialist

    botox = Treatment.objects.get(slug="botox-and-injections")
    make_specialist(slug="injector", treatments=[botox])
    url = "http://testserver/treatments/botox-and-injections/"
    seen = {
        "home": blocks_by_type(client, "/")["MedicalClinic"]["availableService"],
        "condition": blocks_by_type(client, "/conditions/facial-paralysis/")["MedicalWebPage"][
            "about"
        ]["possibleTreatment"],
        "own page": [blocks_by_type(client, botox.get_absolute_url())["MedicalWebPage"]["about"]],
        "profile": blocks_by_type(client, "/specialists/injector/")["Physician"][
            "availableService"
        ],
    }
    types = {page: [item for item in items if item["url"] == url] for page, items in seen.items()}
    assert {page: [item["@type"] for item in items] for page, items in types.items()} == {
        page: ["MedicalTherapy"] for page in seen
    }
    assert len({str(sorted(items[0].items())) for items in types.values()}) == 1


# Every public page with breadcrumbs, and the schema.org types it must carry besides them.
PAGES = [
    ("/conditions/", set()),
    ("/conditions/facial-paralysis/", {"MedicalWebPage"}),
    ("/causes/bells-palsy/", {"MedicalWebPage"}),
    ("/treatments/botox-and-injections/", {"MedicalWebPage"}),
    ("/info/first-visit/", {"MedicalWebPage"}),
    ("/info/why-choose-us/", {"MedicalWebPage"}),
    ("/specialists/", set()),
    ("/specialists/?q=hemifacial+spasm", set()),
]


@pytest.mark.parametrize("path, types", PAGES, ids=[path for path, _types in PAGES])
def test_each_page_carries_its_breadcrumbs_as_a_breadcrumb_list(client, demo_content, path, types):
    content = client.get(path).content.decode()
    blocks = blocks_by_type(client, path)
    assert set(blocks) == types | {"BreadcrumbList"}
    items = blocks["BreadcrumbList"]["itemListElement"]
    # The same trail the page shows: Home, each linked crumb, then the page itself.
    trail = re.search(r'<nav class="breadcrumbs".*?</nav>', content, re.S).group()
    links = ["http://testserver" + href for href in re.findall(r'<a href="([^"]+)"', trail)]
    assert [item["item"] for item in items] == [*links, "http://testserver" + path.split("?")[0]]
    labels = [html.unescape(label) for label in re.findall(r">([^<]+)</(?:a|span)>", trail)]
    assert [item["name"] for item in items] == labels
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))


def test_a_cause_page_describes_the_cause_and_its_condition(client, demo_content):
    cause = blocks_by_type(client, "/causes/stroke/")["MedicalWebPage"]["about"]
    assert cause["@type"] == "MedicalCause" and cause["name"] == "Stroke"
    assert cause["causeOf"]["url"] == "http://testserver/conditions/facial-paralysis/"


@pytest.mark.parametrize("make", [make_condition, make_cause, make_treatment, make_page])
def test_a_reviewed_page_says_when_and_by_whom(client, make):
    page = make(last_reviewed_on=date(2026, 3, 4), reviewed_by="Jane Doe, MD")
    data = blocks_by_type(client, page.get_absolute_url())["MedicalWebPage"]
    assert data["lastReviewed"] == "2026-03-04"
    assert data["reviewedBy"] == {"@type": "Person", "name": "Jane Doe, MD"}
    assert data["url"] == "http://testserver" + page.get_absolute_url()


def test_a_page_never_reviewed_claims_no_review(client):
    data = blocks_by_type(client, make_page(reviewed_by="Jane Doe, MD").get_absolute_url())
    assert "lastReviewed" not in data["MedicalWebPage"]
    assert "reviewedBy" not in data["MedicalWebPage"]


def test_structured_data_needs_no_csp_nonce(client, demo_content):
    content = client.get("/causes/stroke/").content.decode()
    assert content.count('<script type="application/ld+json">') == 2
    assert "nonce" not in content


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
