import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.static import serve

from .authenticator import passed_second_factor
from .context_processors import clinic_details
from .languages import LANGUAGE_CODES

logger = logging.getLogger(__name__)


# The error pages are rendered without a RequestContext (other context processors may be what
# just failed), from the clinic's details alone: the request may be the fault, so nothing reads
# its form data (which would raise again) or its host (which may be one the site refuses).


def server_error(request):
    """500, or 503 when the database is out of reach: either way, the phone number."""
    if isinstance(sys.exception(), (OperationalError, InterfaceError)):
        response = HttpResponse(
            loader.get_template("503.html").render(clinic_details()), status=503
        )
        response["Retry-After"] = "60"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render(clinic_details()))


def bad_request(request, exception=None):
    """400: a request the site cannot read (a form in another encoding, a host it refuses)."""
    return HttpResponseBadRequest(loader.get_template("400.html").render(clinic_details()))


def media(request, path):
    """Uploaded files, for sites without a separate media server (development, small installs).

    Uploads are served as inert files: never sniffed as another type, never run as a page.
    """
    return as_inert_file(serve(request, path, document_root=settings.MEDIA_ROOT))


def as_inert_file(response):
    """An uploaded file is never sniffed as another type, nor run as a page."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def csrf_failure(request, reason=""):
    """A form sent from an old or expired page: say so in plain words, and how to go on."""
    return render(request, "403_csrf.html", status=403)


@never_cache
def health(request):
    """Readiness for load balancers: 200 when the database and the cache answer, else 503."""
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    return JsonResponse(
        {name: "ok" if passed else "unavailable" for name, passed in checks.items()},
        status=200 if all(checks.values()) else 503,
    )


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        logger.exception("Health check: the database did not answer")
        return False


def _cache_answers():
    try:
        cache.set("healthz", "ok", 5)
        return cache.get("healthz") == "ok"
    except Exception:
        logger.exception("Health check: the cache did not answer")
        return False


def robots_txt(request):
    """Everything public may be crawled; the admin's address is left unadvertised."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    # The language switch's links only set a cookie and lead to pages the sitemap lists.
    switches = "".join(
        f"Disallow: {reverse('switch_language', args=[code])}\n" for code in LANGUAGE_CODES
    )
    return HttpResponse(f"User-agent: *\nAllow: /\n{switches}\nSitemap: {sitemap_url}\n",
                        content_type="text/plain; charset=utf-8")  # fmt: skip


@never_cache
def switch_language(request, language):
    """The language switch: remembers the language in Django's language cookie (so the home
    page opens in it next time), then shows `next`, the page in that language. A GET link
    rather than Django's set_language form, which needs a CSRF token on every page."""
    if language not in LANGUAGE_CODES:
        raise Http404
    page = request.GET.get("next", "")
    # Only a path on this site (never "//elsewhere", "https://…" or "javascript:").
    if not (page.startswith("/") and url_has_allowed_host_and_scheme(page, allowed_hosts=None)):
        with translation.override(language):
            page = reverse("services:home")
    response = HttpResponseRedirect(page)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


@never_cache
def styleguide(request):
    """Every component on one page, for staff building pages. Others get a plain 404, as for
    any address that is not there: the page is not advertised (nor in the sitemap)."""
    user = request.user
    if not (user.is_active and user.is_staff and passed_second_factor(user)):
        raise Http404
    return render(request, "styleguide.html", {"breadcrumbs": [(_("Style guide"), None)]})
