from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    if settings.REDIS_URL:
        return []
    return [
        Warning(
            "REDIS_URL is not set: each web process keeps its own cache, so rate limits and "
            "the sign-in lockout count per process and the page cache is off.",
            hint="Set REDIS_URL to a Redis server that every web process shares.",
            id="clinic.W001",
        )
    ]
