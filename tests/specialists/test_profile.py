import pytest

from clinic.models import PublicationStatus
from services.models import Treatment
from specialists.models import Education, Language
from tests.factories import (
    make_cause,
    make_condition,
    make_location,
    make_specialist,
    make_treatment,
)
from tests.helpers import assert_constant_queries, json_ld_blocks

pytestmark = pytest.mark.django_db


@pytest.fixture
def specialist():
    specialist = make_specialist(
        name="Ana Example", slug="ana-example", credentials="MD", title="Facial surgeon",
        bio="Helps with **smiles**.", board_certifications="Board One\nBoard Two",
        accepts_new_patients=True, offers_video_visits=False,
        locations=[make_location(name="Omaha Clinic", street_address="1 Demo Way",
                                 phone="402-555-0101", hours="Mon to Fri, 8 to 5")],
        languages=[Language.objects.create(name="Spanish")],
        treatments=[make_treatment(title="Static sling", slug="static-sling")],
    )  # fmt: skip
    Education.objects.create(specialist=specialist, kind="degree", institution="Sample U")
    return specialist


def test_the_profile_shows_what_a_patient_needs(client, specialist):
    content = client.get("/specialists/ana-example/").content.decode()
    assert "<h1>Ana Example, MD</h1>" in content
    assert "<strong>smiles</strong>" in content
    assert "<li>Board Two</li>" in content
    assert "Accepting new patients" in content and "In-person visits only" in content
    assert "Languages: Spanish" in content
    assert 'href="/treatments/static-sling/"' in content
    assert 'href="tel:+14025550101"' in content
    assert "Mon to Fri, 8 to 5" in content
    assert "Degree: Sample U" in content


def test_the_map_is_a_plain_link_not_an_embed(client, specialist):
    content = client.get("/specialists/ana-example/").content.decode()
    assert (
        'href="https://www.openstreetmap.org/search?query=1+Demo+Way%2C+Omaha%2C+NE+68105"'
        in content
    )
    assert "<iframe" not in content


def test_the_appointment_button_preselects_the_specialist(client, specialist):
    content = client.get("/specialists/ana-example/").content.decode()
    assert '<a class="button" href="/appointments/request/?specialist=ana-example">' in content
    assert "Request an appointment with Ana Example, MD" in content


def test_the_profile_carries_physician_structured_data(client, specialist):
    content = client.get("/specialists/ana-example/").content.decode()
    blocks = json_ld_blocks(content)
    [data] = [block for block in blocks if block["@type"] == "Physician"]

    assert data["@type"] == "Physician"
    assert data["name"] == "Ana Example, MD"
    assert data["isAcceptingNewPatients"] is True
    assert data["address"][0]["telephone"] == "402-555-0101"
    assert data["availableService"] == [
        {
            "@type": "MedicalProcedure",
            "procedureType": "SurgicalProcedure",
            "name": "Static sling",
            "description": Treatment.objects.get(slug="static-sling").summary,
            "url": "http://testserver/treatments/static-sling/",
        }
    ]
    [breadcrumbs] = [block for block in blocks if block["@type"] == "BreadcrumbList"]
    assert [item["item"] for item in breadcrumbs["itemListElement"]] == [
        "http://testserver/",
        "http://testserver/specialists/",
        "http://testserver/specialists/ana-example/",
    ]


def test_a_nonsurgical_treatment_is_a_therapy_on_the_profile_too(client):
    botox = make_treatment(slug="botox", category=Treatment.Category.NONSURGICAL)
    make_specialist(slug="injector", treatments=[botox])
    [data, _breadcrumbs] = json_ld_blocks(client.get("/specialists/injector/").content.decode())
    assert [service["@type"] for service in data["availableService"]] == ["MedicalTherapy"]


def test_structured_data_cannot_break_out_of_its_script(client):
    make_specialist(slug="x", title="</script><script>alert(1)</script>")
    content = client.get("/specialists/x/").content.decode()
    assert "</script><script>alert(1)" not in content
    assert "\\u003C/script\\u003E" in content


def test_a_draft_profile_is_not_found(client):
    make_specialist(slug="hidden", status=PublicationStatus.DRAFT)
    assert client.get("/specialists/hidden/").status_code == 404


def test_a_specialist_without_locations_points_to_the_phone(client):
    make_specialist(slug="nowhere")
    content = client.get("/specialists/nowhere/").content.decode()
    assert "Call us to find out where and when you can see this specialist" in content


def test_the_profile_costs_the_same_queries_however_much_it_lists(client, specialist):
    def add_more():
        specialist.locations.add(make_location(), make_location())
        specialist.treatments.add(make_treatment(), make_treatment())
        specialist.causes.add(make_cause())
        Education.objects.create(specialist=specialist, kind="residency", institution="B")

    assert_constant_queries(client, "/specialists/ana-example/", add_more)


@pytest.mark.parametrize("kind", ["treatment", "cause", "condition"])
def test_content_pages_list_the_specialists_who_provide_them(client, kind):
    subject = {"treatment": make_treatment, "cause": make_cause, "condition": make_condition}[
        kind
    ]()
    make_specialist(name="Provider Person", **{f"{kind}s": [subject]})
    make_specialist(name="Other Person")
    content = client.get(subject.get_absolute_url()).content.decode()
    assert "Specialists who can help" in content
    assert "Provider Person" in content and "Other Person" not in content


def test_a_treatment_page_lists_specialists_in_constant_queries(client):
    treatment = make_treatment()
    make_specialist(treatments=[treatment])
    assert_constant_queries(
        client,
        treatment.get_absolute_url(),
        lambda: [make_specialist(treatments=[treatment]) for _ in range(8)],
    )


def test_the_name_facts_and_request_button_come_before_the_portrait(client, specialist):
    from tests.factories import jpeg_upload

    specialist.photo, specialist.photo_alt = jpeg_upload(size=(800, 1000)), "Ana smiling"
    specialist.save()
    content = client.get("/specialists/ana-example/").content.decode()
    in_order = ["<h1>", "Languages: Spanish", 'class="button"', "<picture>", 'alt="Ana smiling"']
    order = [content.index(marker) for marker in in_order]
    assert order == sorted(order)


def test_without_a_photo_there_is_no_empty_photo_column(client, specialist):
    content = client.get("/specialists/ana-example/").content.decode()
    assert "profile__photo" not in content and "profile--with-photo" not in content
    assert '<div class="profile">' in content


def test_a_sample_profiles_drawing_is_marked_beside_it_and_a_real_photo_is_not(client):
    from tests.factories import jpeg_upload

    badge = '<span class="illustration-badge">Illustration</span>'
    for slug, is_sample in [("drawn", True), ("real", False)]:
        make_specialist(slug=slug, is_sample=is_sample, photo=jpeg_upload(), photo_alt="A face")
    drawn = client.get("/specialists/drawn/").content.decode()
    assert f"<figcaption>{badge}</figcaption>" in drawn
    assert drawn.index("<picture>") < drawn.index(badge)  # beside the picture, not in it
    assert badge not in client.get("/specialists/real/").content.decode()
