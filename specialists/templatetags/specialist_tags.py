"""Lets pages of other apps list specialists without importing this app."""

from django import template
from django.urls import reverse

from services.forms import SLUG
from services.models import Cause, Condition, Treatment

from ..models import Expertise, Location, Specialist

register = template.Library()

SHOWN = 6
# The relation to filter on, and the directory filter that lists them all (if there is one).
RELATIONS = {Condition: ("conditions", None), Cause: ("causes", "cause"),
             Treatment: ("treatments", "treatment")}  # fmt: skip


@register.inclusion_tag("specialists/_providers.html")
def specialists_for(subject):
    """A few published specialists who treat this condition or cause, or offer this treatment."""
    relation, directory_filter = RELATIONS[type(subject)]
    specialists = Specialist.objects.published().filter(**{relation: subject}).for_cards()
    directory_url = reverse("specialists:index")
    if directory_filter:
        directory_url += f"?{directory_filter}={getattr(subject, SLUG)}"
    return {"specialists": specialists[:SHOWN], "directory_url": directory_url}


@register.simple_tag
def team_credentials(certifications=8, disciplines=12):
    """A few of the board certifications and areas of expertise of the published team: real
    people only, since the home page presents them as the clinic's own."""
    team = Specialist.objects.published().real()
    return {
        "certifications": team.certification_names(limit=certifications),
        "disciplines": Expertise.objects.with_published_specialists(real_only=True)[:disciplines],
    }


@register.simple_tag
def clinic_locations(limit=6):
    """The first few locations where a published specialist works."""
    return Location.objects.with_published_specialists()[:limit]
