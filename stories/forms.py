from services.forms import CauseTreatmentFilterForm


class StoryFilterForm(CauseTreatmentFilterForm):
    """The stories list's filters."""
