import mimetypes
import uuid

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Fieldset, Layout, Submit
from django import forms
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from clinic.images import cleaned_copy, validate_image
from clinic.languages import default_language_field
from clinic.phone import normalised_phone
from clinic.private_media import cleaned_video, validate_video
from clinic.text import JOINERS, without_control_characters
from services.models import Cause
from specialists.models import Location, Specialist

from .models import AppointmentRequest
from .photos import VIDEO_SLOT, asked_slots, requested_expressions


class Step(Fieldset):
    """A fieldset whose legend starts "Step 2 of 4": one page, with its parts numbered."""

    template = "appointments/_step_fieldset.html"

    def __init__(self, legend, *fields, number, total, **kwargs):
        super().__init__(legend, *fields, css_class="form-step", **kwargs)
        self.number, self.total = number, total


def steps(*groups):
    """A Step for each (legend, field names...) group, numbered in order."""
    return [
        Step(legend, *fields, number=number, total=len(groups))
        for number, (legend, *fields) in enumerate(groups, start=1)
    ]


ContactMethod = AppointmentRequest.ContactMethod
Interpreter = AppointmentRequest.Interpreter
UnlistedCause = AppointmentRequest.UnlistedCause
# What the stored number leaves for an extension: E.164 is at most "+" and 15 digits, then
# ";ext=" (so the longest number with an extension this long still fits the column).
EXTENSION_DIGITS = AppointmentRequest._meta.get_field("phone").max_length - len("+;ext=") - 15

# A cause is answered in the site's default language whatever the form's: its slug is the
# choice's value, its title what the request keeps for staff (the patient reads their own).
CAUSE_SLUG = default_language_field("slug")
CAUSE_TITLE = default_language_field("title")

# The questions, in the order they are asked (and their errors listed).
QUESTIONS = [
    "asker", "patient_name", "phone", "email", "contact_method", "contact_time",
    "interpreter", "interpreter_language", "cause", "affected_side", "onset", "referred",
    "preferred_specialist", "specialist_name", "preferred_location", "insurance", "message",
    "consent_to_contact",
]  # fmt: skip
# Answers the request does not store as they are: the cause is stored by request_fields(), and
# a name typed to look a specialist up is only ever a search.
NOT_STORED = {"cause", "specialist_name"}

# However big the directory grows, the form offers only the specialist chosen already (from a
# profile's "Request an appointment") and the few found by the name a patient looks up.
FIND_SPECIALIST = "find_specialist"
SPECIALISTS_FOUND = 5


def specialist_choice_label(specialist):
    return f"{specialist.display_name} – {specialist.title}"


class AppointmentRequestForm(forms.ModelForm):
    """Only what scheduling needs. Names are taken exactly as typed (O’Brien, José, 李)."""

    field_order = QUESTIONS
    submission_token = forms.CharField(widget=forms.HiddenInput, required=False)
    # Left empty by people, filled in by bots; but autofill or an assistive tool can fill it
    # too, so a request with it filled is stored as suspected spam, never thrown away.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    # Never a list of the whole directory: __init__ offers the few that apply (or none).
    preferred_specialist = forms.ModelChoiceField(
        Specialist.objects.published(), to_field_name="slug", required=False,
        label=_("Preferred specialist (optional)"), widget=forms.HiddenInput,
        error_messages={"invalid_choice": _(
            "That specialist is not taking requests online. Find another, or choose "
            "“No preference”")},
    )  # fmt: skip
    specialist_name = forms.CharField(
        required=False, max_length=100, label=_("Find a specialist by name (optional)"),
        help_text=_("Type a name and choose “Find”. What you have typed stays as it is."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )  # fmt: skip
    preferred_location = forms.ModelChoiceField(
        Location.objects.all(), to_field_name="slug", required=False,
        label=_("Preferred location (optional)"), empty_label=_("No preference"),
    )  # fmt: skip
    # The published cause pages, then the two answers for a cause the site does not list.
    cause = forms.ChoiceField(
        label=_("What caused the paralysis, if you know?"), widget=forms.RadioSelect,
        error_messages={
            "required": _("Select a cause, or “Not sure”"),
            "invalid_choice": _("Select a cause, or “Not sure”"),  # a page since unpublished
        },
    )  # fmt: skip
    # Required here, though blank in the model: requests made before the form asked.
    interpreter = forms.ChoiceField(
        label=_("Do you need an interpreter?"), choices=Interpreter.choices,
        widget=forms.RadioSelect, help_text=_("For our phone calls and your visits."),
        error_messages={"required": _("Select whether you need an interpreter")},
    )  # fmt: skip
    consent_to_contact = forms.BooleanField(
        label=_("I agree that the clinic may contact me about this request"),
        error_messages={"required": _("Tick the box so we can contact you about your request")},
    )

    class Meta:
        model = AppointmentRequest
        fields = [name for name in QUESTIONS if name not in NOT_STORED]
        labels = {
            "asker": _("Who is asking for the appointment?"),
            "patient_name": _("Patient’s full name"),
            "phone": _("Phone number (optional if you choose email)"),
            "email": _("Email address (optional unless you choose email)"),
            "contact_method": _("How should we contact you?"),
            "contact_time": _("When is the best time to reach you?"),
            "affected_side": _("Which side of the face is affected?"),
            "onset": _("When did the paralysis begin?"),
            "referred": _("Did a doctor refer you to us?"),
            "interpreter_language": _("If for another language, which one?"),
            "insurance": _("Insurance (optional)"),
            "message": _("Anything else we should know? (optional)"),
        }
        help_texts = {
            "phone": _(
                "Needed for a phone call or text message. For a number outside the US, "
                "start with + and the country code."
            ),
            "email": _(
                "Needed if you would like us to email you. We will send your reference number here."
            ),
            "interpreter_language": _(
                "Only if you chose another language. For example, Vietnamese, Arabic or K’iche’."
            ),
            "onset": _("If it began recently, we will try to see you sooner."),
            "insurance": _("For example, the name of your insurance company."),
            "message": _("Up to 1,000 characters. Please do not include detailed medical records."),
        }
        error_messages = {
            "asker": {"required": _("Select who is asking for the appointment")},
            "patient_name": {"required": _("Enter the patient’s full name")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
            "contact_method": {"required": _("Select how we should contact you")},
            "contact_time": {"required": _("Select when is best to reach you")},
            "affected_side": {"required": _("Select which side is affected, or “Not sure”")},
            "onset": {"required": _("Select when the paralysis began, or “Not sure”")},
            "referred": {"required": _("Select whether a doctor referred you")},
        }
        widgets = {
            "asker": forms.RadioSelect,
            # "name" (WCAG 1.3.5): the person filling it in is usually the patient; a parent or
            # caregiver overwrites the suggestion.
            "patient_name": forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "contact_method": forms.RadioSelect,
            "contact_time": forms.RadioSelect,
            "affected_side": forms.RadioSelect,
            "onset": forms.RadioSelect,
            "referred": forms.RadioSelect,
            "interpreter_language": forms.TextInput(attrs={"autocomplete": "off"}),
            "insurance": forms.TextInput(attrs={"autocomplete": "off"}),
            "message": forms.Textarea(attrs={"rows": 5, "maxlength": 1000}),
        }

    def __init__(self, data=None, *args, specialists_found=None, looked_up=None, **kwargs):
        if data is not None:  # before validation, which refuses some of them outright
            data = data.copy()
            for key in data:
                # A line break counts as one character, as the browser counted it.
                values = [without_control_characters(v.replace("\r\n", "\n"), keep="\n")
                          for v in data.getlist(key)]  # fmt: skip
                if key in {"phone", "email"}:  # joiners belong in names, never in these
                    values = ["".join(ch for ch in v if ch not in JOINERS) for v in values]
                data.setlist(
                    key, values if key == "message" else [v.replace("\n", " ") for v in values]
                )
        super().__init__(data, *args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.RadioSelect):  # no unlabelled "blank" radio
                field.choices = [choice for choice in field.choices if choice[0] != ""]
        # Read when the question is shown or checked: not when the fields are kept already.
        self.fields["cause"].choices = self.cause_choices
        self.looked_up = looked_up
        self.specialists_found = specialists_found or []
        self.offer_specialists()

        self.helper = FormHelper()
        # The template writes the <form> (and its CSRF token), with the error summary above it.
        self.helper.form_tag = False
        self.helper.disable_csrf = True

        self.helper.layout = Layout(
            *steps(
                (_("About you"), "asker", "patient_name"),
                (
                    _("How to reach you"),
                    "phone",
                    "email",
                    "contact_method",
                    "contact_time",
                    "interpreter",
                    # Beside the choice it belongs to, and visible without JavaScript: its
                    # label says when it is needed.
                    Field("interpreter_language", wrapper_class="form-conditional"),
                ),
                (_("About the paralysis"), "cause", "affected_side", "onset", "referred"),
                (
                    _("Your preferences"),
                    HTML('{% include "appointments/_specialist_lookup.html" %}'),
                    "preferred_specialist",
                    Div(
                        "specialist_name",
                        Submit(FIND_SPECIALIST, _("Find"), css_class="button button--secondary"),
                        css_class="specialist-lookup",
                    ),
                    "preferred_location",
                    "insurance",
                    "message",
                ),
                (
                    _("Photos of your face (optional)"),
                    HTML('{% include "appointments/_face_photos.html" with photos=form.photos %}'),
                ),
            ),  # fmt: skip
            "consent_to_contact",
            Div("website", css_class="honeypot", aria_hidden="true"),
            # submission_token: written by the template beside the CSRF token, outside the
            # fields every visitor shares (clinic.page_cache.shared_part).
            Submit("submit", _("Send request"), css_class="button"),
        )

    @cached_property
    def causes(self):
        """{slug: published cause}: one query, however many causes are published."""
        return {
            getattr(cause, CAUSE_SLUG): cause
            for cause in Cause.objects.public()
            if getattr(cause, CAUSE_SLUG) not in UnlistedCause.values  # an unlisted answer wins
        }

    def cause_choices(self):
        return [
            *((slug, cause.title) for slug, cause in self.causes.items()),
            *UnlistedCause.choices,
        ]

    @classmethod
    def after_lookup(cls, data):
        """The form as it was sent, neither checked nor stored, offering the specialists found
        for the name typed (the name box empty again, ready for another try)."""
        typed = without_control_characters(data.get("specialist_name", "")).strip()
        typed = typed[: cls.base_fields["specialist_name"].max_length]
        found = (
            Specialist.objects.published().best_matches(typed, SPECIALISTS_FOUND) if typed else []
        )
        initial = {name: data.get(name) for name in data if name != "specialist_name"}
        return cls(initial=initial, specialists_found=found, looked_up=typed)

    @staticmethod
    def wants_lookup(data):
        """ "Find" was chosen, or a name waits in its box (Enter pressed in any field looks it
        up first: nothing is sent with a question still open)."""
        return FIND_SPECIALIST in data or bool(data.get("specialist_name", "").strip())

    def offer_specialists(self):
        """Radios for the specialist chosen already and those found by name, with "No
        preference"; with nothing to choose from, no question at all (only the name box)."""
        field = self.fields["preferred_specialist"]
        chosen_slug = self["preferred_specialist"].value()
        chosen = chosen_slug and field.queryset.filter(slug=chosen_slug).first()
        offered = list(dict.fromkeys(filter(None, [chosen, *self.specialists_found])))
        if not offered and not (self.is_bound and chosen_slug):
            self.initial.pop("preferred_specialist", None)  # an unknown ?specialist= is no choice
            return
        field.widget = forms.RadioSelect(
            choices=[
                *((specialist.slug, specialist_choice_label(specialist)) for specialist in offered),
                ("", _("No preference")),
            ]
        )

    @property
    def is_suspected_spam(self):
        return bool(self.cleaned_data.get("website"))

    def clean_phone(self):
        typed = self.cleaned_data["phone"].strip()
        if not typed:
            return ""
        if (phone := normalised_phone(typed)) is None:
            if typed.startswith("+") or typed.startswith("011"):
                message = _("Enter the whole number with its country code, like +44 20 7946 0958")
            else:
                message = _("Enter a phone number with its area code, like 402-555-0199")
            raise forms.ValidationError(message, code="invalid")
        if len(phone.partition(";ext=")[2]) > EXTENSION_DIGITS:
            raise forms.ValidationError(
                _("Enter an extension of up to %(digits)s digits, or leave it out")
                % {"digits": EXTENSION_DIGITS},
                code="invalid",
            )
        return phone

    def clean(self):
        """Asks for the detail the chosen way of contact, or interpreter, needs, and says which."""
        cleaned_data = super().clean()
        method = cleaned_data.get("contact_method")
        if method == ContactMethod.EMAIL and not cleaned_data.get("email"):
            if "email" not in self.errors:
                self.add_error("email", forms.ValidationError(
                    _("Enter an email address so we can email you, or choose a phone call or "
                      "text message"), code="required"))  # fmt: skip
        elif not method and not cleaned_data.get("email"):  # at least one way to reach them
            if not cleaned_data.get("phone") and "phone" not in self.errors:
                self.add_error("phone", forms.ValidationError(
                    _("Enter a phone number, or an email address if you would like us to email "
                      "you"), code="required"))  # fmt: skip
        elif method in {ContactMethod.PHONE, ContactMethod.TEXT}:
            if not cleaned_data.get("phone") and "phone" not in self.errors:
                message = {
                    ContactMethod.PHONE: _("Enter a phone number so we can call you"),
                    ContactMethod.TEXT: _("Enter a mobile phone number so we can text you"),
                }[method]
                self.add_error("phone", forms.ValidationError(message, code="required"))
        # "Another language" needs its name; with any other answer, a name typed is not kept.
        language = cleaned_data.get("interpreter_language")
        if cleaned_data.get("interpreter") != Interpreter.OTHER:
            cleaned_data["interpreter_language"] = ""
        elif not language and "interpreter_language" not in self.errors:
            self.add_error("interpreter_language", forms.ValidationError(
                _("Enter the language you need an interpreter for"), code="required"))  # fmt: skip
        return cleaned_data

    def request_fields(self):
        """The answers, as the request stores them."""
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields}
        answer = self.cleaned_data["cause"]
        if answer in UnlistedCause.values:
            return fields | {"cause": None, "cause_title": "", "unlisted_cause": answer}
        cause = self.causes[answer]
        title = getattr(cause, CAUSE_TITLE)
        return fields | {"cause": cause, "cause_title": title, "unlisted_cause": ""}

    def clean_submission_token(self):
        return submission_token_from(self.cleaned_data)


def submission_token_from(data):
    """The form's token; a tampered or missing one is not the patient's problem: a new one."""
    try:
        return uuid.UUID(str(data.get("submission_token")))
    except ValueError:
        return uuid.uuid4()


class PatientPhotoField(forms.FileField):
    """A photo judged by its content (JPEG, PNG, WebP or HEIC, within the size and pixel
    limits) and cleaned: upright, in sRGB, no metadata at all."""

    widget = forms.FileInput(
        attrs={"accept": "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"}
    )

    def to_python(self, data):
        if file := super().to_python(data):
            validate_image(file)
            return cleaned_copy(file)
        return file


class PatientVideoField(forms.FileField):
    """A short MP4, MOV or WebM video judged by its content, remuxed without metadata."""

    widget = forms.FileInput(attrs={"accept": "video/mp4,video/quicktime,video/webm"})

    def to_python(self, data):
        if file := super().to_python(data):
            container, _seconds = validate_video(file)
            return cleaned_video(file, container)
        return file


class FacePhotosForm(forms.Form):
    """The optional photos and video. Each file is judged on its own, so a refused one costs
    the patient only that file; those accepted are kept (pending) until the request is sent.

    The view sets pending: the files this form's earlier sendings left, by slot.
    """

    def __init__(self, data=None, files=None):
        super().__init__(data, files)
        self.pending = {}
        self.expressions = requested_expressions()
        for expression in self.expressions:
            self.fields[f"photo_{expression.key}"] = PatientPhotoField(
                required=False, label=expression.label, help_text=expression.instruction
            )
        if settings.APPOINTMENT_VIDEO:
            self.fields[f"photo_{VIDEO_SLOT}"] = PatientVideoField(
                required=False, label=_("Short video (optional)"),
                help_text=_("Up to %(seconds)s seconds: smile, then close your eyes slowly.")
                % {"seconds": settings.VIDEO_MAX_SECONDS},
            )  # fmt: skip
        for slot in asked_slots():
            self.fields[f"remove_{slot}"] = forms.BooleanField(required=False)

    def slots(self):
        """For the template: per slot, its file input, its "remove" box and what it holds."""
        drawings = {expression.key: expression.drawing_url for expression in self.expressions}
        return [
            {
                "field": self[f"photo_{slot}"],
                "remove": self[f"remove_{slot}"],
                "pending": self.pending.get(slot),
                "drawing_url": drawings.get(slot),
            }
            for slot in asked_slots()
        ]

    def accepted(self):
        """{slot: (cleaned file, content type)} for the files sent now and not refused."""
        return {
            name.removeprefix("photo_"): (file, mimetypes.guess_type(file.name)[0])
            for name, file in self.cleaned_data.items()
            if name.startswith("photo_") and file
        }

    def removed(self):
        """The slots whose pending file the patient asked to remove."""
        return [
            name.removeprefix("remove_")
            for name, remove in self.cleaned_data.items()
            if name.startswith("remove_") and remove
        ]
