from django.contrib.sitemaps import Sitemap

from clinic.models import PublicationStatus

from .models import Cause, Condition, Page, Treatment


class ContentSitemap(Sitemap):
    def items(self):
        return [
            *Condition.objects.published(),
            *Cause.objects.published().filter(condition__status=PublicationStatus.PUBLISHED),
            *Treatment.objects.published(),
            *Page.objects.published(),
        ]

    def lastmod(self, page):
        return page.updated_at
