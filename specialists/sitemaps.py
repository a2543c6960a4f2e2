from django.contrib.sitemaps import Sitemap

from .models import Specialist


class SpecialistSitemap(Sitemap):
    def items(self):
        return Specialist.objects.published().only("slug", "updated_at")

    def lastmod(self, specialist):
        return specialist.updated_at
