"""The style guide: every component on one page, for staff only, never cached or listed."""

import pytest
from django.contrib.auth.models import User
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import authenticator_code, make_staff

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"
COMPONENTS = ['class="button"', 'class="card', 'class="notice"', 'class="emergency"',
              'class="error-summary"', 'class="form-check"', "is-invalid", 'class="form-text"',
              'class="breadcrumbs"', 'class="pagination"', 'class="filters"',
              'class="card path"', 'class="compact-cards"', 'class="ticks"', 'class="steps"',
              'class="card location-card"',
              'class="monogram"', 'class="illustration-badge"', 'class="form-step__cue"',
              'class="in-short"', 'class="key-facts"']  # fmt: skip


def test_staff_see_every_component_and_the_page_is_never_cached(client):
    client.force_login(make_staff())
    response = client.get("/styleguide/")
    assert response.status_code == 200
    content = response.content.decode()
    assert all(component in content for component in COMPONENTS)
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in content


def test_anyone_else_gets_the_ordinary_not_found_page(client):
    assert client.get("/styleguide/").status_code == 404
    client.force_login(User.objects.create_user("patient"))
    assert client.get("/styleguide/").status_code == 404
    client.force_login(make_staff("gone", password=PASSWORD))
    User.objects.filter(username="gone").update(is_active=False)
    assert client.get("/styleguide/").status_code == 404


def test_with_two_factor_on_staff_need_their_code_as_for_the_admin(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    user = make_staff(password=PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="phone")
    client.force_login(user)  # a password alone
    assert client.get("/styleguide/").status_code == 404

    client.logout()
    code = authenticator_code(device)
    client.post("/admin/login/", {"username": "staff", "password": PASSWORD, "otp_token": code})
    assert client.get("/styleguide/").status_code == 200


def test_the_style_guide_is_not_in_the_sitemap(client):
    assert "/styleguide/" not in client.get("/sitemap.xml").content.decode()
