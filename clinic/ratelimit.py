"""Per-client counters in Django's cache (Redis in production, so all web processes share them)."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's address: behind TRUSTED_PROXIES proxies, the one they saw, not theirs."""
    if settings.TRUSTED_PROXIES:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if len(forwarded) >= settings.TRUSTED_PROXIES:
            return forwarded[-settings.TRUSTED_PROXIES]
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, identity):
    # Keyed hash: the cache holds no client addresses or usernames, and none can be
    # recovered by guessing.
    digest = hmac.new(settings.SECRET_KEY.encode(), identity.encode(), hashlib.sha256)
    return f"ratelimit:{scope}:{digest.hexdigest()[:32]}"


def is_limited(scope, identity, limit):
    return cache.get(_key(scope, identity), 0) >= limit


def reset(scope, identity):
    cache.delete(_key(scope, identity))


def count_hit(scope, identity, window, amount=1):
    """Counts amount more (one hit, or the bytes of an upload) and returns the new count.

    The increment is atomic (Redis INCR), so concurrent callers each get their own count: one
    that compares the count it got with the limit cannot be let in by a check that raced it.
    """
    key = _key(scope, identity)
    cache.add(key, 0, timeout=window)  # starts the window; nothing if it has started
    try:
        return cache.incr(key, amount)
    except ValueError:  # expired between add and incr
        cache.set(key, amount, timeout=window)
        return amount


def uncount_hit(scope, identity, amount=1):
    """Takes the count back (what was counted was not done after all)."""
    try:
        cache.decr(_key(scope, identity), amount)
    except ValueError:  # the window has ended: nothing to take back
        pass
