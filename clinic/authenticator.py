"""Staff's second factor: a TOTP authenticator app (django-otp)."""

from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice


def passed_second_factor(user):
    """Signed in with the authenticator code too, or not asked for one (setting off)."""
    return not settings.ADMIN_REQUIRE_2FA or user.is_verified()


def new_authenticator(user):
    """Replace the user's authenticator app: returns the key and the otpauth:// link to give
    them, privately, to add to any TOTP app (scan the link as a QR code, or type the key)."""
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="Authenticator app")
    key = device.config_url.split("secret=")[1].split("&")[0]
    return key, device.config_url


def write_authenticator(stdout, key, link):
    stdout.write(
        "Give these to them privately, to add to their authenticator app "
        "(any TOTP app: scan the link as a QR code, or type the key):"
    )
    stdout.write(f"  Key: {key}")
    stdout.write(f"  Link: {link}")
