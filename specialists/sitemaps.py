from clinic.sitemaps import UpdatedContentSitemap

from .models import Specialist


class SpecialistSitemap(UpdatedContentSitemap):
    def items(self):
        return Specialist.objects.published().only("slug", "updated_at")
