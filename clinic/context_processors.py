from django.conf import settings

from .phone import tel_href


def clinic(request):
    """What every page shows: the clinic's name and phone, and the page's canonical address."""
    return {
        "clinic_name": settings.CLINIC_NAME,
        "clinic_phone": settings.CLINIC_PHONE,
        "clinic_phone_href": tel_href(settings.CLINIC_PHONE),
        # The query string is left out: filters and searches are not separate pages.
        "canonical_url": request.build_absolute_uri(request.path),
    }
