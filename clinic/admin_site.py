"""The staff admin, locked down: sign-in lockout, two-factor sign-in, the clinic's name.

Lockout counts failed sign-ins per account and per client address in the shared cache, so
every web process sees the same count. Two-factor sign-in uses a TOTP authenticator app
(django-otp); `manage.py create_staff_user` sets one up.
"""

from django import forms
from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import ratelimit
from .authenticator import passed_second_factor

ACCOUNT_SCOPE, CLIENT_SCOPE = "login-account", "login-client"


def _login_identities(request, username):
    return [
        (ACCOUNT_SCOPE, username.strip().casefold(), settings.LOGIN_FAILURE_LIMIT),
        (CLIENT_SCOPE, ratelimit.client_address(request), settings.LOGIN_CLIENT_FAILURE_LIMIT),
    ]


class OneTimeCodeInput(forms.TextInput):
    """Left empty when the page comes back, like the password: the code typed is spent or
    stale by then, and the page must not echo it (nor differ by it) after a failed sign-in."""

    def format_value(self, value):
        return None


class StaffLoginForm(AdminAuthenticationForm):
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=8,
        widget=OneTimeCodeInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    # One answer for every failure (unknown account, wrong password, wrong or missing code,
    # no authenticator app, codes paused, sign-in paused), so the page never tells anyone
    # which part they got right. It says what to do in each case, in general terms.
    error_messages = AdminAuthenticationForm.error_messages | {
        "sign_in_failed": _(
            "Sign-in did not work. Check your username and password (both are case-sensitive) "
            "and try again. After several failed tries, sign-in pauses for %(minutes)d minutes. "
            "If you cannot sign in, ask the site administrator."
        ),
        "sign_in_failed_with_code": _(
            "Sign-in did not work. Check your username and password (both are case-sensitive) "
            "and enter the code your authenticator app shows now. After several failed tries, "
            "sign-in pauses for %(minutes)d minutes. If you cannot sign in (for example, you "
            "have no authenticator app set up yet, or have lost it), ask the site administrator."
        ),
    }

    def sign_in_failed(self):
        key = "sign_in_failed_with_code" if settings.ADMIN_REQUIRE_2FA else "sign_in_failed"
        return forms.ValidationError(
            self.error_messages[key],
            code="invalid_login",
            params={"minutes": settings.LOGIN_LOCKOUT_SECONDS // 60},
        )

    def clean(self):
        identities = _login_identities(self.request, self.cleaned_data.get("username") or "")
        if any(ratelimit.is_limited(scope, who, limit) for scope, who, limit in identities):
            raise self.sign_in_failed()
        try:
            super().clean()
            if settings.ADMIN_REQUIRE_2FA and self.user_cache is not None:
                self.verify_second_factor(self.user_cache)
        except forms.ValidationError:
            for scope, who, _limit in identities:
                ratelimit.count_hit(scope, who, settings.LOGIN_LOCKOUT_SECONDS)
            raise self.sign_in_failed() from None
        # Only a real sign-in clears the account's count: a post with a blank field checks
        # nothing, so it must not wipe the failures before it.
        if self.user_cache is not None:
            account_scope, account, _limit = identities[0]
            ratelimit.reset(account_scope, account)  # the address's count stays: it may be guessing
        return self.cleaned_data

    def verify_second_factor(self, user):
        device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
        token = self.cleaned_data.get("otp_token", "").replace(" ", "")
        if (
            device is None
            or not device.verify_is_allowed()[0]  # wrong codes slow down further tries
            or not (token and device.verify_token(token))
        ):
            raise self.sign_in_failed()
        user.otp_device = device  # django-otp keeps it in the session when login completes


class ClinicAdminSite(AdminSite):
    site_header = _("Facial Paralysis Program: staff")
    site_title = _("Clinic staff")
    index_title = _("What would you like to update?")
    login_form = StaffLoginForm
    login_template = "admin/clinic_login.html"

    def login(self, request, extra_context=None):
        extra_context = {"two_factor_required": settings.ADMIN_REQUIRE_2FA, **(extra_context or {})}
        return super().login(request, extra_context)

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        return passed_second_factor(request.user)
