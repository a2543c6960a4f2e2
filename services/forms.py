from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Cause, Treatment


class CauseTreatmentFilterForm(forms.Form):
    """Filters by cause and treatment, as GET parameters: the directory's and the stories'."""

    FILTERS = ["cause", "treatment"]

    cause = forms.ModelChoiceField(
        Cause.objects.published(), to_field_name="slug", required=False,
        label=_("Cause of paralysis"), empty_label=_("Any cause"),
    )  # fmt: skip
    treatment = forms.ModelChoiceField(
        Treatment.objects.published(), to_field_name="slug", required=False,
        label=_("Treatment"), empty_label=_("Any treatment"),
    )  # fmt: skip

    def ignored_filters(self):
        """Labels of filters whose value this site does not know (an old or mistyped link)."""
        return [self.fields[name].label for name in self.errors if name in self.FILTERS]
