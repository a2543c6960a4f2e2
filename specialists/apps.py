from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpecialistsConfig(AppConfig):
    name = "specialists"
    verbose_name = _("Specialists")

    def ready(self):
        from clinic.search import registry

        from . import signals
        from .models import Synonym
        from .search import search_vocabulary, site_search_results

        signals.connect()
        # Site search shows the directory's best matches and links to the directory for all.
        registry.register_group("specialists", _("Specialists"))
        registry.register_own_search("specialists", site_search_results)
        registry.register_synonyms(Synonym.objects.pairs)
        registry.register_vocabulary(search_vocabulary)
