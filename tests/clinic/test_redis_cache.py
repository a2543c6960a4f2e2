"""The production cache against a real Redis (127.0.0.1:6379, as in CI; skipped elsewhere
when none runs there): a page-cache hit is one round trip, and clients are not rebuilt."""

import os
import socket
from unittest import mock

import pytest
import redis
from django.core.cache import cache

from tests.factories import make_treatment

pytestmark = pytest.mark.django_db
REDIS = {
    "default": {
        "BACKEND": "clinic.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/12",  # a database of its own
    }
}


@pytest.fixture
def redis_cache(settings):
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        message = "Redis is not running on 127.0.0.1:6379"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI must test the production cache.")
        pytest.skip(message)
    settings.CACHES = REDIS
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield cache
    cache.clear()


def redis_commands(during):
    commands, send = [], redis.Redis.execute_command

    def counted(client, *args, **options):
        commands.append(args[0])
        return send(client, *args, **options)

    with mock.patch.object(redis.Redis, "execute_command", counted):
        during()
    return commands


def test_a_page_cache_hit_is_one_round_trip_to_redis(client, redis_cache):
    url = make_treatment().get_absolute_url()
    first = client.get(url)
    assert redis_commands(lambda: client.get(url)) == ["MGET"]
    assert client.get(url).content == first.content


def test_an_edit_shows_at_once(client, redis_cache):
    treatment = make_treatment(title="Old title")
    client.get(treatment.get_absolute_url())
    treatment.title = "New title"
    treatment.save()
    assert "New title" in client.get(treatment.get_absolute_url()).content.decode()


def test_each_connection_pool_keeps_one_client(redis_cache):
    backend = redis_cache._cache
    assert backend.get_client() is backend.get_client()
    redis_cache.set("answer", 42)
    assert redis_cache.get("answer") == 42
