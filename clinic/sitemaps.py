from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class LanguagesSitemap(Sitemap):
    """Every page in each of the site's languages, each listing the others as alternates
    (hreflang), and the default language's as x-default."""

    i18n = True
    alternates = True
    x_default = True


class NamedPagesSitemap(LanguagesSitemap):
    """Pages that are not content items (home, indexes, the form), by URL name."""

    def __init__(self, url_names):
        self.url_names = url_names

    def items(self):
        return self.url_names

    def location(self, name):
        return reverse(name)


class UpdatedContentSitemap(LanguagesSitemap):
    """Content items, each last modified when staff last saved it."""

    def lastmod(self, item):
        return item.updated_at
