from clinic.sitemaps import UpdatedContentSitemap

from .models import Cause, Condition, Page, Treatment


class ContentSitemap(UpdatedContentSitemap):
    def items(self):
        return [
            *Condition.objects.published(),
            *Cause.objects.public(),
            *Treatment.objects.published(),
            *Page.objects.published(),
        ]
