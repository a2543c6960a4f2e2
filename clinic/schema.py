"""schema.org data (JSON-LD) for the site's pages, so search engines can read them.

Every builder lives here, so one page cannot describe a thing differently from another (the
home page and a treatment's own page once disagreed on what Botox is). clinic/ imports no app:
builders take plain values or objects with the fields they read (title, summary,
get_absolute_url…), and views pass them in. Templates emit the result as a data block, which
needs no CSP nonce, so pages stay cacheable.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

CONTEXT = "https://schema.org"
# schema.org's own MedicalWebPage example names the audience this way.
PATIENT_AUDIENCE = "https://schema.org/Patient"


def with_context(data):
    return {"@context": CONTEXT} | data


def described(item, schema_type, request):
    """Name, description and address of a content page (anything with title and summary)."""
    return {
        "@type": schema_type,
        "name": item.title,
        "description": item.summary,
        "url": request.build_absolute_uri(item.get_absolute_url()),
    }


def treatment_type(treatment):
    """The one place that decides a treatment's schema.org type.

    Surgery is a MedicalProcedure of procedureType SurgicalProcedure. Everything else the
    program offers (injections such as Botox, neuromuscular retraining) is a MedicalTherapy:
    schema.org's therapeutic procedure relying on drugs or behavioural therapy.
    """
    if treatment.is_surgical:
        return {"@type": "MedicalProcedure", "procedureType": "SurgicalProcedure"}
    return {"@type": "MedicalTherapy"}


def treatment(item, request):
    kind = treatment_type(item)
    return described(item, kind["@type"], request) | kind


def treatments(treatment_groups, request):
    """Treatments as grouped by TreatmentQuerySet.grouped_by_category(), in that order."""
    return [treatment(item, request) for _label, group in treatment_groups for item in group]


def cause(item, request, condition=None):
    data = described(item, "MedicalCause", request)
    if condition is not None:
        data["causeOf"] = described(condition, "MedicalCondition", request)
    return data


def condition(item, causes, treatment_groups, request):
    return described(item, "MedicalCondition", request) | {
        "cause": [cause(each, request) for each in causes],
        "possibleTreatment": treatments(treatment_groups, request),
    }


def medical_web_page(page, request, about=None):
    """The page itself: what it is about, and who last checked it (Reviewed's fields), if anyone."""
    data = described(page, "MedicalWebPage", request) | {
        "audience": PATIENT_AUDIENCE,
        "inLanguage": get_language(),
    }
    if about:
        data["about"] = about
    if page.last_reviewed_on:
        data["lastReviewed"] = page.last_reviewed_on.isoformat()
        if page.reviewed_by:
            data["reviewedBy"] = {"@type": "Person", "name": page.reviewed_by}
    return with_context(data)


def breadcrumb_list(crumbs, request):
    """The trail templates/includes/_breadcrumbs.html shows: Home, then (label, url or None).

    The last crumb (the page itself) has no link on the page; here it gets the page's address.
    """
    trail = [(_("Home"), reverse("services:home")), *crumbs]
    return with_context(
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": str(label),
                    "item": request.build_absolute_uri(url or request.path),
                }
                for position, (label, url) in enumerate(trail, start=1)
            ],
        }
    )


def clinic(treatment_groups, request):
    return with_context(
        {
            "@type": "MedicalClinic",
            "name": settings.CLINIC_NAME,
            "url": request.build_absolute_uri(reverse("services:home")),
            "telephone": settings.CLINIC_PHONE,
            "medicalSpecialty": ["PlasticSurgery", "Otolaryngologic"],
            "availableService": treatments(treatment_groups, request),
        }
    )


def physician(specialist, request):
    """A specialist's profile: expertise, languages, treatments offered and where to go."""
    data = {
        "@type": "Physician",
        "name": specialist.display_name,
        "jobTitle": specialist.title,
        "url": request.build_absolute_uri(specialist.get_absolute_url()),
        "medicalSpecialty": [str(area) for area in specialist.expertise.all()],
        "knowsLanguage": [str(language) for language in specialist.languages.all()],
        "availableService": [treatment(item, request) for item in specialist.treatments.all()],
        "address": [
            {
                "@type": "PostalAddress",
                "name": location.name,
                "streetAddress": location.street_address,
                "addressLocality": location.city,
                "addressRegion": location.state,
                "postalCode": location.postal_code,
                "telephone": location.phone,
            }
            for location in specialist.locations.all()
        ],
    }
    if specialist.accepts_new_patients is not None:
        data["isAcceptingNewPatients"] = specialist.accepts_new_patients
    if specialist.photo:
        data["image"] = request.build_absolute_uri(specialist.photo.url)
    return with_context(data)
