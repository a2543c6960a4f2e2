"""The featured story card ("One patient’s journey") for pages of other apps."""

from django import template

from services.models import Treatment
from specialists.models import Specialist

from ..models import Story

register = template.Library()

RELATION = {Treatment: "treatments", Specialist: "specialists"}


@register.inclusion_tag("stories/_featured.html")
def featured_story(subject=None):
    """The newest featured public story, about this treatment or specialist if one is given."""
    stories = Story.objects.public().filter(is_featured=True)
    if subject is not None:
        stories = stories.filter(**{RELATION[type(subject)]: subject})
    story = stories.for_cards().first()
    return {"story": story}
