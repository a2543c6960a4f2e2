from django.conf import settings

from .phone import tel_href


def clinic_details():
    """The clinic's details, which every page may show (the error pages included)."""
    return {
        "clinic_name": settings.CLINIC_NAME,
        "clinic_phone": settings.CLINIC_PHONE,
        "clinic_phone_href": tel_href(settings.CLINIC_PHONE),
        "clinic_fax": settings.CLINIC_FAX,
        "referral_response_time": settings.REFERRAL_RESPONSE_TIME,
    }


def clinic(request):
    """What every page shows: the clinic's details and the page's canonical address."""
    # The query string is left out: filters and searches are not separate pages.
    return clinic_details() | {"canonical_url": request.build_absolute_uri(request.path)}
