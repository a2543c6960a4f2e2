from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from clinic.languages import default_language_field, in_page_language
from clinic.search.forms import QueryMixin, SearchTextField
from services.forms import CauseTreatmentFilterForm

from .models import Expertise, Language, Location

SELECT_FILTERS = ["expertise", "cause", "treatment", "location", "language"]
OPTIONS_CACHE_KEY = "specialists:directory-options"


def directory_options():
    """{filter: [(value, label)]} for the select filters, in the page's language: cached,
    cleared when staff edit them."""

    def build():
        fields = DirectoryForm.base_fields
        return {
            name: [
                (str(fields[name].prepare_value(choice)), fields[name].label_from_instance(choice))
                for choice in fields[name].queryset.all()  # a fresh query, not the class's cache
            ]
            for name in SELECT_FILTERS
        }

    return cache.get_or_set(in_page_language(OPTIONS_CACHE_KEY), build, timeout=3600)


class DirectoryForm(QueryMixin, CauseTreatmentFilterForm):
    """The directory's search box and filters, all GET parameters so results can be shared."""

    q = SearchTextField(label=_("Name, condition or treatment"), required=False)
    expertise = forms.ModelChoiceField(
        Expertise.objects.all(), to_field_name="slug", required=False,
        label=_("Area of expertise"), empty_label=_("Any area"),
    )  # fmt: skip
    location = forms.ModelChoiceField(
        Location.objects.all(), to_field_name="slug", required=False,
        label=_("Location"), empty_label=_("Any location"),
    )  # fmt: skip
    language = forms.ModelChoiceField(
        # Its English name, like the other filters' values: the same in every language.
        Language.objects.all(), to_field_name=default_language_field("name"), required=False,
        label=_("Language spoken"), empty_label=_("Any language"),
    )  # fmt: skip
    new_patients = forms.BooleanField(required=False, label=_("Accepting new patients"))
    video = forms.BooleanField(required=False, label=_("Offers video visits"))

    FILTERS = ["expertise", "cause", "treatment", "location", "language", "new_patients", "video"]
    field_order = ["q", *FILTERS]

    def select_filters(self):
        """[(bound field, [(value, label, selected)])] for rendering the select filters."""
        selects = []
        for name, choices in directory_options().items():
            field = self[name]
            chosen = str(field.value() or "")
            options = [("", field.field.empty_label, not chosen)] + [
                (value, label, value == chosen) for value, label in choices
            ]
            selects.append((field, options))
        return selects

    def filters(self):
        """The valid filters, as SpecialistQuerySet.filter_by() arguments."""
        data = self.cleaned_data
        return {
            "expertise": data.get("expertise"),
            "cause": data.get("cause"),
            "treatment": data.get("treatment"),
            "location": data.get("location"),
            "language": data.get("language"),
            "accepts_new_patients": data.get("new_patients", False),
            "offers_video_visits": data.get("video", False),
        }

    def active_filters(self):
        """(label, value shown, query string without it) for each filter in use."""
        active = []
        for name in self.FILTERS:
            value = self.cleaned_data.get(name)
            if value:
                remaining = self.data.copy()
                for parameter in (name, "page"):
                    remaining.pop(parameter, None)
                shown = "" if value is True else str(value)
                active.append((self.fields[name].label, shown, f"?{remaining.urlencode()}"))
        return active
