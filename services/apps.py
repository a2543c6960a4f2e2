from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Conditions and treatments")

    def ready(self):
        from clinic.search import registry

        from .models import Cause, Condition, Page, Treatment

        registry.register_group("conditions", _("Conditions and causes"))
        registry.register_group("treatments", _("Treatments"))
        registry.register_group("guides", _("Guides"))
        registry.register_pages(Condition, group="conditions", indexed=Condition.objects.published)
        registry.register_pages(
            Cause,
            group="conditions",
            indexed=Cause.objects.public,
            # A cause is public only while its condition is.
            depends_on={Condition: lambda condition: condition.causes.values_list("pk", flat=True)},
        )
        registry.register_pages(Treatment, group="treatments", indexed=Treatment.objects.published)
        registry.register_pages(Page, group="guides", indexed=Page.objects.published)
