from django import forms
from django.utils.translation import gettext_lazy as _

from clinic.languages import default_language_field

from .models import Cause, Treatment

# A filter's value is the English slug in every language, so a shared or switched link
# (/specialists/?cause=… → /es/especialistas/?cause=…) keeps its filter.
SLUG = default_language_field("slug")


class CauseTreatmentFilterForm(forms.Form):
    """Filters by cause and treatment, as GET parameters: the directory's and the stories'."""

    FILTERS = ["cause", "treatment"]

    cause = forms.ModelChoiceField(
        Cause.objects.published(), to_field_name=SLUG, required=False,
        label=_("Cause of paralysis"), empty_label=_("Any cause"),
    )  # fmt: skip
    treatment = forms.ModelChoiceField(
        Treatment.objects.published(), to_field_name=SLUG, required=False,
        label=_("Treatment"), empty_label=_("Any treatment"),
    )  # fmt: skip

    def ignored_filters(self):
        """Labels of filters whose value this site does not know (an old or mistyped link)."""
        return [self.fields[name].label for name in self.errors if name in self.FILTERS]
