from django.contrib.sitemaps import Sitemap

from .models import Story


class StorySitemap(Sitemap):
    def items(self):
        return Story.objects.public()

    def lastmod(self, story):
        return story.updated_at
