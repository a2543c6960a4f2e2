import uuid

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from clinic.middleware import allow_methods
from clinic.ratelimit import client_address, count_hit, is_limited

from .actions import appointment_request_create
from .forms import AppointmentRequestForm

SESSION_KEY = "appointment_reference"
RATE_SCOPE = "appointment-request"


# Never cached anywhere: each visitor's form has its own submission token.
@never_cache
@allow_methods("GET", "HEAD", "POST")
@sensitive_post_parameters()
def request_form(request):
    if request.method == "POST":
        client = client_address(request)
        if is_limited(RATE_SCOPE, client, settings.APPOINTMENT_RATE_LIMIT):
            return render(request, "429.html", status=429)
        form = AppointmentRequestForm(request.POST)
        if form.is_valid():
            count_hit(RATE_SCOPE, client, settings.APPOINTMENT_RATE_WINDOW)
            if form.is_from_a_bot:  # stored nothing; the bot is sent where any stranger goes
                return redirect("appointments:received")
            fields = {k: v for k, v in form.cleaned_data.items() if k in form.Meta.fields}
            token = form.cleaned_data["submission_token"]
            appointment, _created = appointment_request_create(submission_token=token, **fields)
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
    return render(
        request,
        "appointments/appointmentrequest_form.html",
        {
            "form": form,
            "response_time": settings.APPOINTMENT_RESPONSE_TIME,
            "breadcrumbs": [(_("Request an appointment"), None)],
        },
    )


def received(request):
    """The confirmation: only the browser that sent the request can see its reference."""
    reference = request.session.get(SESSION_KEY)
    return render(
        request,
        "appointments/received.html",
        {"reference": reference, "response_time": settings.APPOINTMENT_RESPONSE_TIME},
        status=200 if reference else 404,
    )
