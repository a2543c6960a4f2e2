import uuid

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Fieldset, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from clinic.text import without_control_characters
from specialists.models import Location, Specialist

from .models import AppointmentRequest


class AppointmentRequestForm(forms.ModelForm):
    """Only what scheduling needs. Names are taken exactly as typed (O’Brien, José, 李)."""

    submission_token = forms.CharField(widget=forms.HiddenInput, required=False)
    # Left empty by people; filled in by bots, which then get no request stored.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    preferred_specialist = forms.ModelChoiceField(
        Specialist.objects.published(), to_field_name="slug", required=False,
        label=_("Preferred specialist (optional)"), empty_label=_("No preference"),
    )  # fmt: skip
    preferred_location = forms.ModelChoiceField(
        Location.objects.all(), to_field_name="slug", required=False,
        label=_("Preferred location (optional)"), empty_label=_("No preference"),
    )  # fmt: skip
    consent_to_contact = forms.BooleanField(
        label=_("I agree that the clinic may contact me about this request"),
        error_messages={"required": _("Tick the box so we can contact you about your request")},
    )

    class Meta:
        model = AppointmentRequest
        fields = [
            "asker", "patient_name", "phone", "email", "contact_method", "contact_time",
            "cause", "affected_side", "onset", "referred", "preferred_specialist",
            "preferred_location", "insurance", "message", "consent_to_contact",
        ]  # fmt: skip
        labels = {
            "asker": _("Who is asking for the appointment?"),
            "patient_name": _("Patient’s full name"),
            "phone": _("Phone number"),
            "email": _("Email address (optional)"),
            "contact_method": _("How should we contact you?"),
            "contact_time": _("When is the best time to reach you?"),
            "cause": _("What caused the paralysis, if you know?"),
            "affected_side": _("Which side of the face is affected?"),
            "onset": _("When did the paralysis begin?"),
            "referred": _("Did a doctor refer you to us?"),
            "insurance": _("Insurance (optional)"),
            "message": _("Anything else we should know? (optional)"),
        }
        help_texts = {
            "phone": _("We will call or text this number."),
            "email": _("We will send your reference number here."),
            "onset": _("If it began recently, we will try to see you sooner."),
            "insurance": _("For example, the name of your insurance company."),
            "message": _("Up to 1,000 characters. Please do not include detailed medical records."),
        }
        error_messages = {
            "asker": {"required": _("Select who is asking for the appointment")},
            "patient_name": {"required": _("Enter the patient’s full name")},
            "phone": {"required": _("Enter a phone number we can reach you on")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
            "contact_method": {"required": _("Select how we should contact you")},
            "contact_time": {"required": _("Select when is best to reach you")},
            "cause": {"required": _("Select a cause, or “Not sure”")},
            "affected_side": {"required": _("Select which side is affected, or “Not sure”")},
            "onset": {"required": _("Select when the paralysis began, or “Not sure”")},
            "referred": {"required": _("Select whether a doctor referred you")},
        }
        widgets = {
            "asker": forms.RadioSelect,
            # No autocomplete: the patient may be someone else than the person filling it in.
            "patient_name": forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "contact_method": forms.RadioSelect,
            "contact_time": forms.RadioSelect,
            "cause": forms.RadioSelect,
            "affected_side": forms.RadioSelect,
            "onset": forms.RadioSelect,
            "referred": forms.RadioSelect,
            "insurance": forms.TextInput(attrs={"autocomplete": "off"}),
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": 1000}),
        }

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:  # before validation, which refuses some of them outright
            data = data.copy()
            for key in data:
                # A line break counts as one character, as the browser counted it.
                values = [without_control_characters(v.replace("\r\n", "\n"), keep="\n")
                          for v in data.getlist(key)]  # fmt: skip
                data.setlist(
                    key, values if key == "message" else [v.replace("\n", " ") for v in values]
                )
        super().__init__(data, *args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.RadioSelect):  # no unlabelled "blank" radio
                field.choices = [choice for choice in field.choices if choice[0] != ""]

        self.helper = FormHelper()
        # The template writes the <form> (and its CSRF token), with the error summary above it.
        self.helper.form_tag = False
        self.helper.disable_csrf = True

        self.helper.layout = Layout(
            Fieldset(_("About you"), "asker", "patient_name"),
            Fieldset(_("How to reach you"), "phone", "email", "contact_method", "contact_time"),
            Fieldset(_("About the paralysis"), "cause", "affected_side", "onset", "referred"),
            Fieldset(
                _("Your preferences"),
                "preferred_specialist",
                "preferred_location",
                "insurance",
                "message",
            ),  # fmt: skip
            "consent_to_contact",
            Div("website", css_class="honeypot", aria_hidden="true"),
            "submission_token",
            Submit("submit", _("Send request"), css_class="button"),
        )

    @property
    def is_from_a_bot(self):
        return bool(self.cleaned_data.get("website"))

    def clean_submission_token(self):
        """A tampered or missing token is not the patient's problem: a new one is made."""
        try:
            return uuid.UUID(self.cleaned_data["submission_token"])
        except ValueError:
            return uuid.uuid4()
