import time

from django.conf import settings
from django.contrib.auth import logout

LAST_SEEN_KEY = "staff_last_seen"
# Writing the session on every click costs a query; a minute's precision is plenty.
LAST_SEEN_RESOLUTION = 60


class StaffSessionTimeoutMiddleware:
    """Signs staff out after STAFF_SESSION_IDLE_TIMEOUT seconds without a request.

    A clinic computer left open must not stay signed in to the admin. Patients have no
    accounts, so only signed-in users are affected.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # No session cookie, no one signed in: skip touching the session (and Vary: Cookie).
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        if has_session and request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY, now)
            if now - last_seen > settings.STAFF_SESSION_IDLE_TIMEOUT:
                logout(request)
            elif now - last_seen >= LAST_SEEN_RESOLUTION or LAST_SEEN_KEY not in request.session:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Turns off browser features the site never uses, so no injected script can use them."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_OFF)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.policy)
        return response
