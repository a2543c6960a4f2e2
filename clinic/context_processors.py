from django.conf import settings


def clinic(request):
    """What every page shows: the clinic's name and phone, and the page's canonical address."""
    digits = "".join(ch for ch in settings.CLINIC_PHONE if ch.isdigit())
    return {
        "clinic_name": settings.CLINIC_NAME,
        "clinic_phone": settings.CLINIC_PHONE,
        "clinic_phone_href": f"tel:+1{digits}" if len(digits) == 10 else f"tel:{digits}",
        # The query string is left out: filters and searches are not separate pages.
        "canonical_url": request.build_absolute_uri(request.path),
    }
