"""Keeps each specialist's denormalised search text current, and the directory's cached lists."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from clinic.languages import in_every_language
from clinic.search.freshness import keep_current
from services.models import Cause, Condition, Treatment

from .forms import OPTIONS_CACHE_KEY
from .models import SYNONYMS_CACHE_KEY, Expertise, Language, Location, Specialist, Synonym
from .search import refresh_denormalised


def refresh_specialists(pks):
    refresh_denormalised(Specialist.objects.filter(pk__in=pks))


def linked_specialists(instance):
    """A renamed or deleted treatment, cause, expertise… changes the words its specialists are
    found by."""
    return instance.specialists.values_list("pk", flat=True)


def clear_directory_cache(sender, **kwargs):
    cache.delete_many(in_every_language(OPTIONS_CACHE_KEY) + in_every_language(SYNONYMS_CACHE_KEY))


def connect():
    related = [Expertise, Language, Location, Condition, Cause, Treatment]
    keep_current(
        Specialist, refresh_specialists, uid="specialists.search",
        relations=["expertise", "conditions", "causes", "treatments", "languages", "locations"],
        depends_on=dict.fromkeys(related, linked_specialists),
    )  # fmt: skip
    for model in [Expertise, Language, Location, Cause, Treatment, Synonym]:
        post_save.connect(clear_directory_cache, sender=model)
        post_delete.connect(clear_directory_cache, sender=model)
