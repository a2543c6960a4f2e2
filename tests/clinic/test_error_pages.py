import pytest
from django.test import Client
from django.urls import path

from clinic.urls import urlpatterns as site_urls


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view), *site_urls]
handler500 = "clinic.views.server_error"


@pytest.mark.django_db
def test_a_missing_page_is_a_friendly_404_with_the_phone_number(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Page not found" in content
    assert 'href="tel:+18009220000"' in content
    assert 'href="/specialists/"' in content


@pytest.mark.django_db
def test_a_server_error_is_a_friendly_500_with_the_phone_number(settings):
    settings.ROOT_URLCONF = __name__
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    content = response.content.decode()
    assert "Sorry, there is a problem with the service" in content
    assert "800.922.0000" in content


@pytest.mark.django_db
def test_an_expired_form_gets_a_friendly_403_with_the_phone_number():
    response = Client(enforce_csrf_checks=True).post("/appointments/request/", {"phone": "1"})
    content = response.content.decode()
    assert response.status_code == 403
    assert "Your form timed out" in content and "800.922.0000" in content
