from django import forms
from django.utils.translation import gettext_lazy as _

from clinic.text import without_control_characters

from .text import MAX_QUERY_LENGTH


class SearchTextField(forms.CharField):
    """Free text with control characters dropped, so pasted junk still searches."""

    def to_python(self, value):
        value = super().to_python(value)
        return without_control_characters(value).strip()


class QueryMixin:
    """A form's `q`: searched for its first MAX_QUERY_LENGTH characters, never refused."""

    query_shortened = False

    def clean_q(self):
        text = self.cleaned_data["q"]
        self.query_shortened = len(text) > MAX_QUERY_LENGTH
        return text[:MAX_QUERY_LENGTH]


class SiteSearchForm(QueryMixin, forms.Form):
    q = SearchTextField(label=_("Search this site"), required=False)
