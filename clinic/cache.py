"""The shared cache (Redis) without its failure modes: an outage costs speed, never a page.

Every error is logged and treated as a miss, so while Redis is down pages are built afresh,
the form's rate limit and the sign-in lockout count nothing (requests are still stored and
the form still works), and everything returns to normal when Redis does.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
# After a failure, Redis is left alone this long: each try costs a timeout, and one page
# makes several calls.
RETRY_AFTER_SECONDS = 5


def _miss_on_error(method, result):
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        if time.monotonic() >= self.unavailable_until:
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                self.unavailable_until = time.monotonic() + RETRY_AFTER_SECONDS
                logger.error("Cache unavailable, carrying on without it (%s)", type(error).__name__)
        return result(*args, **kwargs) if callable(result) else result

    return guarded


class ReusedClientRedisCacheClient(RedisCacheClient):
    """One redis.Redis per connection pool, not a new one for every call as Django makes:
    redis-py 8 builds its table of response callbacks in each (about 0.2 ms, more than the
    command's round trip on loopback, so most of a page-cache hit). A client is safe to share
    between threads; its pool hands each command a connection of its own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}  # connection pool -> its client

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if (client := self._clients.get(pool)) is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    unavailable_until = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    get = _miss_on_error(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _miss_on_error(RedisCache.get_many, {})
    has_key = _miss_on_error(RedisCache.has_key, False)
    set = _miss_on_error(RedisCache.set, None)
    add = _miss_on_error(RedisCache.add, False)
    touch = _miss_on_error(RedisCache.touch, False)
    set_many = _miss_on_error(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    delete = _miss_on_error(RedisCache.delete, False)
    delete_many = _miss_on_error(RedisCache.delete_many, None)
    incr = _miss_on_error(RedisCache.incr, 0)
    clear = _miss_on_error(RedisCache.clear, False)
