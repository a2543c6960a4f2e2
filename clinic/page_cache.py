"""Whole public pages kept in the shared cache for anonymous visitors.

A page is stored only when it is the same for everyone: a GET with no session (so no staff,
no patient part-way through the form), answered 200 without setting a cookie (so never a
page holding a CSRF token) and not marked private. Staff saving any content changes the
content version, which every key includes, so edits show at once; the date is in the key
too, because consent expiry and scheduled stories change pages at midnight with no save.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.middleware.csp import get_nonce
from django.utils import timezone
from django.utils.cache import patch_cache_control, set_response_etag

VERSION_KEY = "page-cache:content-version"
# Content apps: a change to any of their models may show on any page.
CONTENT_APPS = {"services", "specialists", "stories"}
# Cookies that make a page personal: a session (staff, the form's confirmation), messages.
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages"}


def content_version():
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def content_changed(sender, action="post_", **kwargs):
    # m2m_changed also fires before each change ("pre_add"…); the post_ one is enough.
    if sender._meta.app_label in CONTENT_APPS and not action.startswith("pre_"):
        new_content_version()
        # Again once the change is committed: a page built from the old rows in between
        # would otherwise be stored under the new version.
        transaction.on_commit(new_content_version)


def new_content_version():
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def page_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    day = timezone.localdate().isoformat()
    digest = hashlib.sha256(f"{content_version()}|{day}|{address}".encode()).hexdigest()
    return f"page-cache:page:{digest}"


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not PERSONAL_COOKIES & request.COOKIES.keys()
        and not request.path.startswith("/" + settings.ADMIN_PATH)
    )


def is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        # A page that used the CSP nonce must not replay it to everyone (the nonce would be
        # known in advance); public pages need none, so this only guards against a slip.
        and not get_nonce(request)
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        if (cached := cache.get(key)) is not None:
            return cached
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            set_response_etag(response)
            # Browsers ask again each time (a withdrawn consent must take effect at once),
            # and the ETag turns that question into a quick 304.
            patch_cache_control(response, no_cache=True)
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response
