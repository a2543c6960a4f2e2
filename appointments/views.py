import uuid

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from clinic.middleware import allow_methods
from clinic.ratelimit import client_address, count_hit, is_limited

from .actions import appointment_request_create, appointment_request_find
from .forms import AppointmentRequestForm

SESSION_KEY = "appointment_reference"
RATE_SCOPE = "appointment-request"  # per client address; a waiting room shares one
CONTACT_SCOPES = {"email": "appointment-request-email", "phone": "appointment-request-phone"}


def senders(form):
    """(scope, identity) of who sent a valid form: the same email or phone, however written."""
    identities = {
        "email": form.cleaned_data["email"].casefold(),
        "phone": form.cleaned_data["phone"],
    }
    return [(CONTACT_SCOPES[name], value) for name, value in identities.items() if value]


def already_stored(form):
    """A double click at the limit is still the request that got in, not a new one."""
    return form.is_valid() and bool(
        appointment_request_find(
            submission_token=form.cleaned_data["submission_token"], **form.request_fields()
        )
    )


def over_the_limit(client, form):
    if is_limited(RATE_SCOPE, client, settings.APPOINTMENT_RATE_LIMIT):
        return True
    return form.is_valid() and any(
        is_limited(scope, identity, settings.APPOINTMENT_RATE_LIMIT_PER_CONTACT)
        for scope, identity in senders(form)
    )


# Never cached anywhere: each visitor's form has its own submission token.
@never_cache
@allow_methods("GET", "HEAD", "POST")
@sensitive_post_parameters()
def request_form(request):
    limited = False
    if request.method == "POST":
        client = client_address(request)
        form = AppointmentRequestForm(request.POST)
        # Over a limit, the form comes back with everything typed kept, and the phone number.
        limited = over_the_limit(client, form) and not already_stored(form)
        if not limited and form.is_valid():
            appointment, created = appointment_request_create(
                submission_token=form.cleaned_data["submission_token"],
                suspected_spam=form.is_suspected_spam,
                **form.request_fields(),
            )
            if created:  # a double click is one request, and counts once
                window = settings.APPOINTMENT_RATE_WINDOW
                for scope, identity in [(RATE_SCOPE, client), *senders(form)]:
                    count_hit(scope, identity, window)
            request.session[SESSION_KEY] = appointment.reference
            return redirect("appointments:received")
    else:
        # ?specialist=<slug> preselects a specialist: the profile pages' contract.
        form = AppointmentRequestForm(
            initial={
                "submission_token": uuid.uuid4(),
                "preferred_specialist": request.GET.get("specialist"),
            }
        )
    response = render(
        request,
        "appointments/appointmentrequest_form.html",
        {
            "form": form,
            "limited": limited,
            "response_time": settings.APPOINTMENT_RESPONSE_TIME,
            "breadcrumbs": [(_("Request an appointment"), None)],
        },
        status=429 if limited else 200,
    )
    if limited:
        response["Retry-After"] = str(settings.APPOINTMENT_RATE_WINDOW)
    return response


def received(request):
    """The confirmation: only the browser that sent the request can see its reference."""
    reference = request.session.get(SESSION_KEY)
    return render(
        request,
        "appointments/received.html",
        {"reference": reference, "response_time": settings.APPOINTMENT_RESPONSE_TIME},
        status=200 if reference else 404,
    )
