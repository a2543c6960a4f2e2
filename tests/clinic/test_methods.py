"""Every public address answers GET and HEAD (the form POST too); any other method is a 405."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db
REFUSED = ["OPTIONS", "TRACE", "PUT", "PATCH", "DELETE", "PROPFIND"]
FORM = "/appointments/request/"


@pytest.fixture
def addresses(client, tmp_path):
    """Every page in the sitemap, the form, the text files, the health checks, a static file."""
    call_command("load_demo_content", stdout=open(tmp_path / "log", "w"))
    sitemap = client.get("/sitemap.xml").content.decode()
    pages = [urlsplit(url).path for url in re.findall(r"<loc>(.*?)</loc>", sitemap)]
    assert len(pages) > 30 and FORM in pages
    profile = client.get("/specialists/jose-nunez/").content.decode()
    portrait = re.search(r'src="(/media/[^"]+)"', profile)[1]
    return [*pages, "/robots.txt", "/sitemap.xml", "/healthz", "/healthz/live",
            "/appointments/request/?specialist=jose-nunez", portrait]  # fmt: skip


def test_every_address_answers_head_as_it_answers_get(addresses):
    client = Client()
    for url in addresses:
        get, head = client.get(url), client.head(url)
        assert get.status_code == 200, url
        assert head.status_code == 200, url
        assert b"".join(head.streaming_content if head.streaming else [head.content]) == b"", url
        assert head["Content-Type"] == get["Content-Type"], url


def is_form(url):
    """The appointment form, in any language (/appointments/request/, /es/citas/solicitar/)."""
    forms = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            forms.append(reverse("appointments:request"))
    return url.startswith(tuple(forms))


def test_every_other_method_is_refused_with_the_methods_allowed(addresses):
    client = Client()
    for url in addresses:
        allowed = "GET, HEAD, POST" if is_form(url) else "GET, HEAD"
        for method in REFUSED + ([] if is_form(url) else ["POST"]):
            response = client.generic(method, url)
            assert response.status_code == 405, (method, url)
            assert response["Allow"] == allowed, (method, url)
            assert "frame-ancestors 'none'" in response["Content-Security-Policy"], url


def test_static_files_refuse_other_methods_too():
    response = Client().options("/static/css/site.css")
    assert response.status_code == 405 and response["Allow"] == "GET, HEAD"


def test_the_admin_keeps_djangos_own_handling(admin_client):
    login = f"/{settings.ADMIN_PATH}login/"
    assert Client().head(login).status_code == 200
    assert Client().options(login).status_code == 200  # Django's LoginView answers it
    assert admin_client.get(f"/{settings.ADMIN_PATH}").status_code == 200
