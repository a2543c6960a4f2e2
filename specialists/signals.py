"""Keeps each specialist's denormalised search text current: cache invalidation, nothing more."""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from clinic.languages import in_every_language
from services.models import Cause, Condition, Treatment

from .forms import OPTIONS_CACHE_KEY
from .models import SYNONYMS_CACHE_KEY, Expertise, Language, Location, Specialist, Synonym
from .search import refresh_search_text


def refresh_specialist(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_search_text(Specialist.objects.filter(pk=instance.pk))


def refresh_after_relation_change(sender, instance, action, reverse, pk_set, **kwargs):
    if reverse and action == "pre_clear":
        # e.g. treatment.specialists.clear(): Django names no one afterwards, so note them now.
        instance._cleared_specialists = list(instance.specialists.values_list("pk", flat=True))
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        pks = [instance.pk]
    elif action == "post_clear":
        pks = getattr(instance, "_cleared_specialists", [])
    else:  # e.g. treatment.specialists.add(...): the specialists are in pk_set
        pks = pk_set or []
    refresh_search_text(Specialist.objects.filter(pk__in=pks))


def refresh_linked_specialists(sender, instance, raw=False, **kwargs):
    """A renamed treatment, cause or expertise changes the words its specialists are found by."""
    if not raw:
        refresh_search_text(instance.specialists.all())


def note_linked_specialists(sender, instance, **kwargs):
    instance._linked_specialists = list(instance.specialists.values_list("pk", flat=True))


def refresh_after_deletion(sender, instance, **kwargs):
    """A deleted treatment, cause or expertise no longer finds anyone."""
    refresh_search_text(Specialist.objects.filter(pk__in=instance._linked_specialists))


def clear_directory_cache(sender, **kwargs):
    cache.delete_many(in_every_language(OPTIONS_CACHE_KEY) + in_every_language(SYNONYMS_CACHE_KEY))


def connect():
    post_save.connect(refresh_specialist, sender=Specialist)
    for relation in ["expertise", "conditions", "causes", "treatments", "languages", "locations"]:
        m2m_changed.connect(
            refresh_after_relation_change, sender=getattr(Specialist, relation).through
        )
    for model in [Expertise, Language, Location, Condition, Cause, Treatment]:
        post_save.connect(refresh_linked_specialists, sender=model)
        pre_delete.connect(note_linked_specialists, sender=model)
        post_delete.connect(refresh_after_deletion, sender=model)

    for model in [Expertise, Language, Location, Cause, Treatment, Synonym]:
        post_save.connect(clear_directory_cache, sender=model)
        post_delete.connect(clear_directory_cache, sender=model)
