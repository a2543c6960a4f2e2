from django_otp.plugins.otp_totp.models import TOTPDevice


def new_authenticator(user):
    """Replace the user's authenticator app: returns the key and the otpauth:// link to give
    them, privately, to add to any TOTP app (scan the link as a QR code, or type the key)."""
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="Authenticator app")
    key = device.config_url.split("secret=")[1].split("&")[0]
    return key, device.config_url
