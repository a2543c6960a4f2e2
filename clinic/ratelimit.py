"""Per-client counters in Django's cache (Redis in production, so all web processes share them)."""

import hashlib

from django.core.cache import cache


def _key(request, scope):
    # Hashed: the cache holds no client addresses.
    client = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{client}"


def is_limited(request, scope, limit):
    return cache.get(_key(request, scope), 0) >= limit


def count_hit(request, scope, window):
    key = _key(request, scope)
    cache.add(key, 0, timeout=window)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
