import logging
import time

from django.conf import settings
from django.contrib.auth import logout
from django.core.exceptions import (
    BadRequest,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.http import HttpResponse, HttpResponseNotAllowed, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_from_path, override
from django.views.decorators.http import require_http_methods

from .views import bad_request

logger = logging.getLogger(__name__)

LAST_SEEN_KEY = "staff_last_seen"
# Writing the session on every click costs a query; a minute's precision is plenty.
LAST_SEEN_RESOLUTION = 60


LIVENESS_PATH = "/healthz/live"


class LivenessMiddleware:
    """Liveness: the process answers. Answered here, before the page cache, the session, CSRF
    and sign-in, so it touches nothing else; it is the benchmarks' trivial view, costing what
    every request costs at least (the security headers above it, nothing below)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != LIVENESS_PATH:
            return self.get_response(request)
        if request.method not in {"GET", "HEAD"}:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        response = HttpResponse("ok", content_type="text/plain")
        add_never_cache_headers(response)
        return response


class TextGZipMiddleware(GZipMiddleware):
    """Django's gzip, with its BREACH mitigation, for pages and other text only.

    Pictures and video are compressed already (and static files come precompressed from
    WhiteNoise, before this runs), so recompressing them would cost time and save nothing.
    """

    COMPRESSIBLE = ("text/", "application/json", "application/ld+json", "application/xml")

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(self.COMPRESSIBLE):
            return response
        return super().process_response(request, response)


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


class UnreadableFormMiddleware:
    """Answers 400, with the site's own page, a form body Django cannot read.

    A form sent as UTF-16 or Latin-1, or a broken multipart body, raises on every read of
    request.POST: in the CSRF check, in the view, and again in the error handlers, until it
    escapes Django as the server's bare 500. It is read once here, before anything else needs
    it; afterwards request.POST is empty. One log line names the error, never the data.
    """

    UNREADABLE = (
        BadRequest,
        MultiPartParserError,
        UnreadablePostError,
        RequestDataTooBig,
        TooManyFieldsSent,
        TooManyFilesSent,
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 (parses request.FILES too)
            except self.UNREADABLE as error:
                request._mark_post_parse_error()
                # Before LocaleMiddleware: the page is in the address's language all the same.
                language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
                with override(language):
                    response = bad_request(request, error)
                logger.warning(
                    "Bad request: the form data could not be read (%s)",
                    type(error).__name__,
                    extra={"request": request, "status_code": response.status_code},
                )
                response._has_been_logged = True  # Django would log it a second time
                return response
        return self.get_response(request)


def allow_methods(*methods):
    """A view that accepts more than GET and HEAD, e.g. @allow_methods("GET", "HEAD", "POST").

    The view refuses any other method itself, and AllowedMethodsMiddleware reads the list.
    """
    methods = [method.upper() for method in methods]

    def decorator(view):
        view = require_http_methods(methods)(view)
        view.allowed_methods = methods
        return view

    return decorator


class AllowedMethodsMiddleware:
    """Every page of the site answers GET and HEAD; anything else gets 405 with Allow.

    The rule holds for every view, so a new view cannot forget it: a view that takes a form
    says so with @allow_methods. OPTIONS and TRACE are refused too (no page needs them). The
    admin keeps Django's own handling.
    """

    DEFAULT = ("GET", "HEAD")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match and request.resolver_match.app_name == "admin":
            return None
        allowed = getattr(view_func, "allowed_methods", self.DEFAULT)
        if request.method not in allowed:
            return HttpResponseNotAllowed(allowed)
        return None
