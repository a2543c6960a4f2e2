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
import functools
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.middleware.csp import get_nonce
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.functional import SimpleLazyObject, empty
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


def new_release(**kwargs):
    # Every release runs migrate: pages and parts built by the old templates and settings (the
    # form's questions follow settings) are not served once it has run.
    new_content_version()


def new_content_version():
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


# The names of the parts templates declare ({% shared_part "name" %}), noted as each template
# is compiled, so a page reads all of its parts in one round trip (with the content version).
PART_NAMES = set()


def part_key(request, name):
    """A part's key: the page's address (its host too: parts hold absolute addresses) and
    language, the day (as for whole pages), its name."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    day = timezone.localdate().isoformat()
    key = f"{day}|{address}|{translation.get_language()}|{name}"
    return "page-cache:part:" + hashlib.sha256(key.encode()).hexdigest()


def shared_part(request, name, render):
    """The HTML of a part of a page that is the same for every visitor who may be served a
    cached page, kept like a whole page: under the content version, checked on each use for
    the rows it showed, and those rows recorded for the page around it. It serves what the
    page cache cannot: visitors with a session, and a page whose other parts differ (its
    address's own query, say), so they do not build the same lists again on every request.

    Staff are never served one (they may see drafts) nor are their parts stored; nor is a
    part that used the CSP nonce (it would be replayed to others). The rows a part shows are
    those loaded while it is built: one loaded before (a story page's own story) must be noted
    with record_shown as the part uses it."""
    if (
        settings.SHARED_PART_SECONDS <= 0
        or request.method not in ("GET", "HEAD")
        or request.user.is_authenticated
    ):
        return render()
    version, kept = _kept_parts(request)
    key = part_key(request, name)
    cached = kept[key] if key in kept else cache.get(key)
    if cached is not None:
        stored_version, html, shown = cached
        if stored_version == version and still_shown(shown):
            _record_all(shown)
            return html
    token = _shown.set({})
    try:
        html = render()
        shown = _shown.get()
    finally:
        _shown.reset(token)
    _record_all(shown)
    if not get_nonce(request):
        cache.set(key, (version, html, shown), settings.SHARED_PART_SECONDS)
    return html


def _kept_parts(request):
    """(content version, {key: kept part or None}) for the page's request, read once."""
    if (kept := getattr(request, "_kept_parts", None)) is None:
        keys = [part_key(request, name) for name in PART_NAMES]
        found = cache.get_many([VERSION_KEY, *keys])
        version = found.get(VERSION_KEY) or content_version()
        kept = request._kept_parts = (version, {key: found.get(key) for key in keys})
    return kept


class WhenUsed(SimpleLazyObject):
    """A value built the first time it is used. A template calls what it reads, so `{% if x %}`
    and `{{ x.y }}` get the value itself; text inside {% blocktranslate %}, which is not
    called, and Python code see it through the lazy object."""

    def __call__(self):
        if self._wrapped is empty:
            self._setup()
        return self._wrapped


def when_used(build, *args, **kwargs):
    """A value for a page's context, built only when the page first reads it: a part kept
    between requests (shared_part) is not rendered again, so nothing only it reads is built."""
    return WhenUsed(functools.partial(build, *args, **kwargs))


def each_when_used(build, *names):
    """{name: value} for these entries of the dict `build()` returns, each built only when the
    page first reads it (build() runs at most once): a list page's results, counts and notes."""
    built = when_used(build)
    return {name: when_used(lambda name=name: built()[name]) for name in names}


def with_related(instance, *lookups):
    """`instance` with these relations fetched (prefetch_related's lookups), for when_used: a
    page fetches what only its kept parts show when it builds them, not on every request."""
    prefetch_related_objects([instance], *lookups)
    return instance


def _record_all(shown):
    for kind, values in shown.items():
        for value in values:
            record_shown(kind, value)


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
