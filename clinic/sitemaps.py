from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class NamedPagesSitemap(Sitemap):
    """Pages that are not content items (home, indexes, the form), by URL name."""

    def __init__(self, url_names):
        self.url_names = url_names

    def items(self):
        return self.url_names

    def location(self, name):
        return reverse(name)


class UpdatedContentSitemap(Sitemap):
    """Content items, each last modified when staff last saved it."""

    def lastmod(self, item):
        return item.updated_at
