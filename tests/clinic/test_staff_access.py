"""Roles, the locked-down admin: lockout, two-factor sign-in, idle sign-out, the admin path."""

import io
import re
import time

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import clear_url_caches
from django_otp.plugins.otp_totp.models import TOTPDevice

from clinic.middleware import LAST_SEEN_KEY
from clinic.roles import APPOINTMENT_COORDINATORS, CLINIC_MANAGERS, CONTENT_EDITORS, ROLES
from tests.factories import authenticator_code, make_staff, wrong_authenticator_code

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"

CONTENT_PAGES = [
    "/admin/services/condition/", "/admin/services/cause/", "/admin/services/treatment/",
    "/admin/services/page/", "/admin/specialists/specialist/", "/admin/specialists/location/",
    "/admin/specialists/synonym/", "/admin/specialists/expertise/",
    "/admin/specialists/language/", "/admin/stories/story/",
]  # fmt: skip
APPOINTMENT_PAGES = ["/admin/appointments/appointmentrequest/"]
ACCOUNT_PAGES = ["/admin/auth/user/", "/admin/auth/group/"]


@pytest.mark.parametrize(
    "role, allowed",
    [
        (CONTENT_EDITORS, CONTENT_PAGES),
        (APPOINTMENT_COORDINATORS, APPOINTMENT_PAGES),
        (CLINIC_MANAGERS, CONTENT_PAGES + APPOINTMENT_PAGES + ACCOUNT_PAGES),
    ],
)
def test_each_role_reaches_exactly_its_admin_pages(client, role, allowed):
    client.force_login(make_staff(role=role, password=PASSWORD))
    for url in CONTENT_PAGES + APPOINTMENT_PAGES + ACCOUNT_PAGES:
        expected = 200 if url in allowed else 403
        assert client.get(url).status_code == expected, url


def test_managers_may_look_at_staff_accounts_but_not_change_them(client):
    manager = make_staff(role=CLINIC_MANAGERS, password=PASSWORD)
    client.force_login(manager)
    page = client.get(f"/admin/auth/user/{manager.pk}/change/")
    assert page.status_code == 200 and b'name="_save"' not in page.content
    assert client.get("/admin/auth/user/add/").status_code == 403


def test_setting_up_roles_again_changes_nothing_and_repairs_a_tampered_group():
    group = Group.objects.get(name=CONTENT_EDITORS)
    expected = set(group.permissions.values_list("codename", flat=True))
    group.permissions.clear()
    call_command("setup_roles", stdout=io.StringIO())
    call_command("setup_roles", stdout=io.StringIO())
    assert set(group.permissions.values_list("codename", flat=True)) == expected
    assert Group.objects.filter(name__in=ROLES).count() == len(ROLES)
    assert "view_appointmentrequest" not in expected


def test_create_staff_user_makes_an_account_in_its_role_with_an_authenticator(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    out = io.StringIO()
    call_command("create_staff_user", "ada", "--email", "ada@example.org", "--role", "editor",
                 "--password-stdin", stdout=out)  # fmt: skip
    user = User.objects.get(username="ada")
    assert user.is_staff and not user.is_superuser and user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == [CONTENT_EDITORS]
    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed and "otpauth://totp/" in out.getvalue()


def test_create_staff_user_refuses_a_weak_password(monkeypatch):
    from django.core.management.base import CommandError

    monkeypatch.setattr("sys.stdin", io.StringIO("password\n"))
    with pytest.raises(CommandError, match="too common|too short"):
        call_command("create_staff_user", "bob", "--email", "b@example.org", "--role", "editor",
                     "--password-stdin", stdout=io.StringIO())  # fmt: skip
    assert not User.objects.filter(username="bob").exists()


def sign_in(client, username, password=PASSWORD, code=""):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "otp_token": code},
    )


FAILED = b"Sign-in did not work"


def signed_in(client):
    return "_auth_user_id" in client.session


def refused(client, response):
    return response.status_code == 200 and FAILED in response.content and not signed_in(client)


def test_repeated_failed_sign_ins_pause_sign_in_for_the_account(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    for _attempt in range(3):
        assert refused(client, sign_in(client, "editor", "wrong"))
    assert refused(client, sign_in(client, "editor"))  # the right password, too late
    # Another account from another address is not affected.
    make_staff("other", CONTENT_EDITORS, PASSWORD)
    assert sign_in(client, "other").status_code == 302


def test_repeated_failures_from_one_address_pause_sign_in_from_it(client, settings):
    settings.LOGIN_CLIENT_FAILURE_LIMIT = 4
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    for number in range(4):
        sign_in(client, f"guess{number}", "wrong")
    assert refused(client, sign_in(client, "editor"))


def test_a_successful_sign_in_clears_the_accounts_failures(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    for _round in range(2):
        sign_in(client, "editor", "wrong")
        sign_in(client, "editor", "wrong")
        assert sign_in(client, "editor").status_code == 302
        client.logout()


def test_a_post_with_a_blank_password_does_not_clear_the_accounts_failures(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    sign_in(client, "editor", "wrong")
    sign_in(client, "editor", "wrong")
    sign_in(client, "editor", "")  # checks nothing, so it must not start the count again
    sign_in(client, "editor", "wrong")
    assert refused(client, sign_in(client, "editor"))


@pytest.fixture
def two_factor(settings):
    settings.ADMIN_REQUIRE_2FA = True
    # A wrong code pauses codes for an hour, not django-otp's one second: a test that checks
    # the pause must not race the clock on a slow machine.
    settings.OTP_TOTP_THROTTLE_FACTOR = 3600


def test_with_two_factor_on_a_password_alone_does_not_open_the_admin(client, two_factor):
    user = make_staff("editor", CONTENT_EDITORS, PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="phone")
    assert refused(client, sign_in(client, "editor"))
    assert refused(client, sign_in(client, "editor", code=wrong_authenticator_code(device)))
    # A wrong code pauses codes for a while: even the right one is refused until then.
    assert refused(client, sign_in(client, "editor", code=authenticator_code(device)))
    device.refresh_from_db()
    device.throttle_reset()  # as if the pause had passed

    assert sign_in(client, "editor", code=authenticator_code(device)).status_code == 302
    assert client.get("/admin/services/treatment/").status_code == 200


def test_with_two_factor_on_an_account_without_an_authenticator_is_told_whom_to_ask(
    client, two_factor
):
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    response = sign_in(client, "editor")
    assert refused(client, response)
    assert b"no authenticator app set up yet" in response.content
    assert b"ask the site administrator" in response.content


def the_page(response):
    """The sign-in page as an attacker compares it: all but what is new on every request
    (the form token and the CSP nonce)."""
    content = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())
    return response.status_code, re.sub(r'nonce="[^"]*"', "", content)


def test_with_two_factor_on_every_failed_sign_in_gets_the_same_page(client, two_factor, settings):
    settings.LOGIN_FAILURE_LIMIT = 6
    pages = {"unknown account": the_page(sign_in(client, "editor"))}
    user = make_staff("editor", CONTENT_EDITORS, PASSWORD)
    pages["no authenticator app"] = the_page(sign_in(client, "editor"))
    device = TOTPDevice.objects.create(user=user, name="phone")
    pages["wrong password"] = the_page(
        sign_in(client, "editor", "wrong", code=authenticator_code(device))
    )
    pages["no code"] = the_page(sign_in(client, "editor"))
    pages["wrong code"] = the_page(sign_in(client, "editor", code=wrong_authenticator_code(device)))
    pages["codes paused"] = the_page(sign_in(client, "editor", code=authenticator_code(device)))
    device.refresh_from_db()
    device.throttle_reset()
    # Six failures: the account is paused, so even everything right is refused.
    pages["sign-in paused"] = the_page(sign_in(client, "editor", code=authenticator_code(device)))
    assert not signed_in(client)
    first = pages["unknown account"]
    assert {kind: page == first for kind, page in pages.items()} == dict.fromkeys(pages, True)
    assert first[0] == 200 and FAILED.decode() in first[1]


def test_with_two_factor_off_every_failed_sign_in_gets_the_same_page(client, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    pages = {"unknown account": the_page(sign_in(client, "editor"))}
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    pages["wrong password"] = the_page(sign_in(client, "editor", "wrong"))
    pages["sign-in paused"] = the_page(sign_in(client, "editor"))  # the right password, too late
    assert not signed_in(client)
    first = pages["unknown account"]
    assert {kind: page == first for kind, page in pages.items()} == dict.fromkeys(pages, True)
    assert first[0] == 200 and FAILED.decode() in first[1]


def test_with_two_factor_on_a_session_signed_in_by_password_alone_is_not_enough(client, two_factor):
    client.force_login(make_staff("editor", CONTENT_EDITORS, PASSWORD))
    assert client.get("/admin/services/treatment/").status_code == 302  # to the sign-in page


def test_the_sign_in_page_asks_for_the_code_only_when_two_factor_is_on(client, settings):
    assert b"otp_token" not in client.get("/admin/login/").content
    settings.ADMIN_REQUIRE_2FA = True
    page = client.get("/admin/login/").content.decode()
    assert 'autocomplete="one-time-code"' in page


def test_staff_are_signed_out_after_the_idle_timeout(client, settings):
    client.force_login(make_staff("editor", CONTENT_EDITORS, PASSWORD))
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - settings.STAFF_SESSION_IDLE_TIMEOUT - 1
    session.save()
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_activity_keeps_staff_signed_in(client, settings):
    client.force_login(make_staff("editor", CONTENT_EDITORS, PASSWORD))
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - settings.STAFF_SESSION_IDLE_TIMEOUT + 60
    session.save()
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/").status_code == 200


@pytest.fixture
def admin_path(settings):
    settings.ADMIN_PATH = "staff-only/"
    import importlib

    import clinic.urls

    importlib.reload(clinic.urls)
    clear_url_caches()
    yield
    settings.ADMIN_PATH = "admin/"
    importlib.reload(clinic.urls)
    clear_url_caches()


def test_the_admin_path_is_a_setting(client, admin_path):
    assert client.get("/staff-only/login/").status_code == 200
    assert client.get("/admin/login/").status_code == 404


def test_with_two_factor_on_a_blank_password_gets_the_usual_message(client, two_factor):
    make_staff("editor", CONTENT_EDITORS, PASSWORD)
    content = sign_in(client, "editor", password="").content.decode()
    assert "no authenticator app" not in content and "This field is required" in content


def test_reset_authenticator_replaces_the_old_one():
    user = make_staff("editor", CONTENT_EDITORS, PASSWORD)
    old = TOTPDevice.objects.create(user=user, name="lost phone")
    out = io.StringIO()
    call_command("reset_authenticator", "editor", stdout=out)
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    assert TOTPDevice.objects.filter(user=user).count() == 1 and "otpauth://" in out.getvalue()
