from clinic.sitemaps import UpdatedContentSitemap

from .models import Story


class StorySitemap(UpdatedContentSitemap):
    def items(self):
        return Story.objects.public()
