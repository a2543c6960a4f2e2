from clinic.models import PublicationStatus
from clinic.sitemaps import UpdatedContentSitemap

from .models import Cause, Condition, Page, Treatment


class ContentSitemap(UpdatedContentSitemap):
    def items(self):
        return [
            *Condition.objects.published(),
            *Cause.objects.published().filter(condition__status=PublicationStatus.PUBLISHED),
            *Treatment.objects.published(),
            *Page.objects.published(),
        ]
