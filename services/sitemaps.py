from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from clinic.models import PublicationStatus

from .models import Cause, Condition, Page, Treatment


class StaticSitemap(Sitemap):
    def items(self):
        return ["services:home", "services:overview"]

    def location(self, name):
        return reverse(name)


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
