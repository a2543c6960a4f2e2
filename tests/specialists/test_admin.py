import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from specialists.models import Specialist
from tests.clinic.test_images import photo_with_gps, png_claiming
from tests.factories import make_specialist

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    ["/admin/specialists/specialist/", "/admin/specialists/specialist/add/",
     "/admin/specialists/synonym/", "/admin/specialists/location/",
     "/admin/services/treatment/", "/admin/services/condition/add/"],
)  # fmt: skip
def test_staff_admin_pages_open(admin_client, url):
    make_specialist(photo=photo_with_gps(), photo_alt="A portrait")
    assert admin_client.get(url).status_code == 200


def form_data(**fields):
    return {
        "name": "New Person", "slug": "new-person", "credentials": "MD", "title_en": "Surgeon",
        "status": "published", "photo_alt_en": "A portrait",
        "education-TOTAL_FORMS": "0", "education-INITIAL_FORMS": "0",
    } | fields  # fmt: skip


def test_a_specialist_added_in_the_admin_is_found_by_search(admin_client):
    response = admin_client.post(
        "/admin/specialists/specialist/add/", form_data(photo=photo_with_gps())
    )
    assert response.status_code == 302
    specialist = Specialist.objects.get(slug="new-person")
    assert specialist.search_name == "new person"
    assert specialist.photo_width == 1200


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("me.jpg", b"not really a photo", "image/jpeg"),
            "not a JPEG, PNG, WebP or HEIC",
        ),
        (png_claiming(30_000, 30_000), "too many pixels"),
    ],
    ids=["text-named-jpg", "decompression-bomb"],
)
def test_a_bad_upload_is_refused_with_a_clear_message(admin_client, upload, message):
    response = admin_client.post("/admin/specialists/specialist/add/", form_data(photo=upload))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Specialist.objects.exists()
