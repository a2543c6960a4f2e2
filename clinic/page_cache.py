"""Whole public pages kept in the shared cache for anonymous visitors.

A page is stored only when it is the same for everyone: a GET with no session (so no staff,
no patient part-way through the form), answered 200 without setting a cookie (so never a
page holding a CSRF token) and not marked private. Staff saving any content changes the
content version, which every stored page carries and a hit must match (read with the page in
one round trip), so edits show at once; the date is in the key too, because consent expiry
and scheduled stories change pages at midnight with no save.

A change that sends no signal (a queryset update(), a data migration, SQL) leaves the version
alone, so rows that must leave the site at once (a story whose consent is revoked) are checked
on every hit instead: while a page is built, the rows it shows are recorded with it (see
record_shown), and a hit is served only while the check registered for them still passes. That
costs one indexed query, and only on pages that showed such rows; every other hit costs none.
A version kept in the database would cover every change too, but cost a query on every hit.
"""

import contextvars
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.middleware.csp import get_nonce
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.translation import get_language_from_path

from .languages import cookie_language

VERSION_KEY = "page-cache:content-version"
# Content apps: a change to any of their models may show on any page.
CONTENT_APPS = {"services", "specialists", "stories"}
# Cookies that make a page personal: a session (staff, the form's confirmation), messages.
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages"}

# kind -> still_shown(values): whether a page that showed these rows may still be served.
SHOWN_CHECKS = {}
# The rows shown by the page being built ({kind: set of values}); None outside the cache.
_shown = contextvars.ContextVar("page_cache_shown", default=None)


def check_shown(kind, still_shown):
    """Registers the check a cached page that recorded rows of this kind must pass on a hit."""
    SHOWN_CHECKS[kind] = still_shown


def record_shown(kind, value):
    """Notes that the page being built shows this row (nothing happens outside the cache)."""
    if (shown := _shown.get()) is not None:
        shown.setdefault(kind, set()).add(value)


def still_shown(shown):
    return all(SHOWN_CHECKS[kind](values) for kind, values in shown.items())


def content_version():
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def version_and_entry(key):
    """The content version and the page stored under `key`, in one round trip to the cache."""
    found = cache.get_many([VERSION_KEY, key])
    return found.get(VERSION_KEY) or content_version(), found.get(key)


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
    # The page's language, as its address gives it (/es/…; no prefix is English whatever
    # Accept-Language says), and the language the switch remembered, which decides whether
    # the home page redirects (it says Vary: Cookie), read as the site reads it: a mangled
    # cookie shares the entry of no cookie rather than making its own.
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    chosen = cookie_language(request) or ""
    # Stored compressed for browsers that accept it (nearly all; as GZipMiddleware decides),
    # plain for others.
    encoding = "gzip" if re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")) else ""
    key = f"{day}|{address}|{language}|{chosen}|{encoding}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    # (content version, response, rows shown): a new prefix, so a process still running the
    # old code never reads one, nor this code an older kind of entry.
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
        version, cached = version_and_entry(key)
        if cached is not None:
            stored_version, response, shown = cached
            # Built before the last edit: stale, and built again below.
            if stored_version == version and still_shown(shown):
                return response
        token = _shown.set({})
        try:
            response = self.get_response(request)  # rendered too, so every row shown is noted
            shown = _shown.get()
        finally:
            _shown.reset(token)
        if is_cacheable_response(request, response):
            set_response_etag(response)
            # Browsers ask again each time (a withdrawn consent must take effect at once),
            # and the ETag turns that question into a quick 304.
            patch_cache_control(response, no_cache=True)
            # Under the version read before it was built: a page built while an edit commits
            # is stored under the old version, so it is never served after the edit.
            cache.set(key, (version, response, shown), settings.PAGE_CACHE_SECONDS)
        return response
