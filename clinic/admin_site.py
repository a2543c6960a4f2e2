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


class StaffLoginForm(AdminAuthenticationForm):
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
    error_messages = AdminAuthenticationForm.error_messages | {
        "locked_out": _(
            "Too many failed sign-in attempts. Sign-in is paused for %(minutes)d minutes. "
            "If you have lost your password or authenticator app, ask the site administrator."
        ),
        "no_device": _(
            "Your account has no authenticator app set up yet. Ask the site administrator to "
            "set one up for you."
        ),
        "code_paused": _(
            "Too many wrong codes in a row. Wait a minute, then enter the code your "
            "authenticator app shows."
        ),
        "invalid_code": _(
            "That code is not right or has expired. Enter the 6-digit code your authenticator "
            "app shows now."
        ),
    }

    def clean(self):
        identities = _login_identities(self.request, self.cleaned_data.get("username") or "")
        if any(ratelimit.is_limited(scope, who, limit) for scope, who, limit in identities):
            raise forms.ValidationError(
                self.error_messages["locked_out"],
                code="locked_out",
                params={"minutes": settings.LOGIN_LOCKOUT_SECONDS // 60},
            )
        try:
            super().clean()
            if settings.ADMIN_REQUIRE_2FA and self.user_cache is not None:
                self.verify_second_factor(self.user_cache)
        except forms.ValidationError:
            for scope, who, _limit in identities:
                ratelimit.count_hit(scope, who, settings.LOGIN_LOCKOUT_SECONDS)
            raise
        account_scope, account, _limit = identities[0]
        ratelimit.reset(account_scope, account)  # the address's count stays: it may be guessing
        return self.cleaned_data

    def verify_second_factor(self, user):
        device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
        if device is None:
            raise forms.ValidationError(self.error_messages["no_device"], code="no_device")
        token = self.cleaned_data.get("otp_token", "").replace(" ", "")
        allowed, _details = device.verify_is_allowed()  # wrong codes slow down further tries
        if not allowed:
            raise forms.ValidationError(self.error_messages["code_paused"], code="code_paused")
        if not (token and device.verify_token(token)):
            raise forms.ValidationError(self.error_messages["invalid_code"], code="invalid_code")
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
