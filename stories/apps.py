from django.apps import AppConfig
from django.db.models.signals import post_init
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Patient stories")

    def ready(self):
        from clinic.page_cache import check_shown
        from clinic.search import registry

        from . import page_cache
        from .models import Consent, Story

        check_shown(page_cache.KIND, page_cache.still_shown)
        post_init.connect(page_cache.story_loaded, sender=Story, dispatch_uid="stories.shown")
        post_init.connect(page_cache.consent_loaded, sender=Consent, dispatch_uid="consent.shown")

        registry.register_group("stories", _("Patient stories"))
        registry.register_pages(
            Story,
            group="stories",
            indexed=Story.objects.searchable,
            depends_on={Consent: lambda consent: [consent.story_id]},
            still_public=page_cache.still_public,
        )
