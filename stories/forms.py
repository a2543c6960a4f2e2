from django import forms
from django.utils.translation import gettext_lazy as _

from services.models import Cause, Treatment


class StoryFilterForm(forms.Form):
    """The stories list's filters, as GET parameters."""

    cause = forms.ModelChoiceField(
        Cause.objects.published(), to_field_name="slug", required=False,
        label=_("Cause of paralysis"), empty_label=_("Any cause"),
    )  # fmt: skip
    treatment = forms.ModelChoiceField(
        Treatment.objects.published(), to_field_name="slug", required=False,
        label=_("Treatment"), empty_label=_("Any treatment"),
    )  # fmt: skip

    def ignored_filters(self):
        return [self.fields[name].label for name in self.errors]
