"""Keeps each specialist's denormalised search text current: cache invalidation, nothing more."""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from services.models import Cause, Condition, Treatment

from .forms import OPTIONS_CACHE_KEY
from .models import SYNONYMS_CACHE_KEY, Expertise, Language, Location, Specialist, Synonym
from .search import refresh_search_text


def refresh_specialist(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_search_text(Specialist.objects.filter(pk=instance.pk))


def refresh_after_relation_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # e.g. treatment.specialists.add(...): the specialists are in pk_set
        specialists = Specialist.objects.filter(pk__in=pk_set or [])
    else:
        specialists = Specialist.objects.filter(pk=instance.pk)
    refresh_search_text(specialists)


def refresh_linked_specialists(sender, instance, raw=False, **kwargs):
    """A renamed treatment, cause or expertise changes the words its specialists are found by."""
    if not raw:
        refresh_search_text(instance.specialists.all())


def clear_directory_cache(sender, **kwargs):
    cache.delete_many([OPTIONS_CACHE_KEY, SYNONYMS_CACHE_KEY])


def connect():
    post_save.connect(refresh_specialist, sender=Specialist)
    for relation in ["expertise", "conditions", "causes", "treatments", "languages", "locations"]:
        m2m_changed.connect(
            refresh_after_relation_change, sender=getattr(Specialist, relation).through
        )
    for model in [Expertise, Language, Location, Condition, Cause, Treatment]:
        post_save.connect(refresh_linked_specialists, sender=model)
    for model in [Expertise, Language, Location, Cause, Treatment, Synonym]:
        post_save.connect(clear_directory_cache, sender=model)
        post_delete.connect(clear_directory_cache, sender=model)
