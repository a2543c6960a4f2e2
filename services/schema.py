"""schema.org data (JSON-LD) for the program's pages, so search engines can read them."""

from django.conf import settings

from .models import Treatment

CONTEXT = "https://schema.org"


def _described(item, schema_type, request):
    return {
        "@type": schema_type,
        "name": item.title,
        "description": item.summary,
        "url": request.build_absolute_uri(item.get_absolute_url()),
    }


def _treatment(treatment, request):
    """Nonsurgical treatments are therapies; surgical ones are surgical procedures."""
    if treatment.category == Treatment.Category.SURGICAL:
        return _described(treatment, "MedicalProcedure", request) | {
            "procedureType": "SurgicalProcedure"
        }
    return _described(treatment, "MedicalTherapy", request)


def treatment_schema(treatment, request):
    return {"@context": CONTEXT} | _treatment(treatment, request)


def _treatments(treatment_groups, request):
    """Treatments as grouped by TreatmentQuerySet.grouped_by_category(), in that order."""
    return [_treatment(treatment, request) for _label, group in treatment_groups
            for treatment in group]  # fmt: skip


def condition_schema(condition, causes, treatment_groups, request):
    return {"@context": CONTEXT} | _described(condition, "MedicalCondition", request) | {
        "cause": [_described(cause, "MedicalCause", request) for cause in causes],
        "possibleTreatment": _treatments(treatment_groups, request),
    }  # fmt: skip


def clinic_schema(treatment_groups, request):
    return {
        "@context": CONTEXT,
        "@type": "MedicalClinic",
        "name": settings.CLINIC_NAME,
        "url": request.build_absolute_uri("/"),
        "telephone": settings.CLINIC_PHONE,
        "medicalSpecialty": ["PlasticSurgery", "Otolaryngologic"],
        "availableService": _treatments(treatment_groups, request),
    }
