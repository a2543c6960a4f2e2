import uuid

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from clinic.middleware import allow_methods
from clinic.ratelimit import client_address, count_hit, is_limited, uncount_hit

from .actions import appointment_request_create, appointment_request_find, pending_media_keep
from .forms import AppointmentRequestForm, FacePhotosForm, submission_token_from
from .models import AppointmentRequest, PatientMedia

SESSION_KEY = "appointment_reference"
RATE_SCOPE = "appointment-request"  # per client address; a waiting room shares one
CONTACT_SCOPES = {"email": "appointment-request-email", "phone": "appointment-request-phone"}
UPLOAD_SCOPES = {"files": "appointment-upload-files", "bytes": "appointment-upload-bytes"}


def senders(form):
    """(scope, identity) of who sent a valid form: the same email or phone, however written."""
    identities = {
        "email": form.cleaned_data["email"].casefold(),
        "phone": form.cleaned_data["phone"],
    }
    return [(CONTACT_SCOPES[name], value) for name, value in identities.items() if value]


def counted(client, form):
    """Counts the request against every limit it is under; (counts taken, whether it is over).

    Counted before it is stored, and judged by the counts the increments returned, so requests
    sent at the same moment cannot all pass a check made before any of them counted.
    """
    window = settings.APPOINTMENT_RATE_WINDOW
    limits = [(RATE_SCOPE, client, settings.APPOINTMENT_RATE_LIMIT)] + [
        (scope, identity, settings.APPOINTMENT_RATE_LIMIT_PER_CONTACT)
        for scope, identity in senders(form)
    ]
    over = False
    for scope, identity, limit in limits:
        over |= count_hit(scope, identity, window) > limit
    return [(scope, identity) for scope, identity, _limit in limits], over


def stored_within_the_limits(client, form):
    """The request the form stores (or stored already), or None when a limit is over."""
    token, fields = form.cleaned_data["submission_token"], form.request_fields()
    # A double click, at the limit too, is the request that got in, counted once.
    if appointment := appointment_request_find(submission_token=token, **fields):
        return appointment
    counts, over = counted(client, form)
    created = False
    try:
        if not over:
            appointment, created = appointment_request_create(
                submission_token=token,
                language=get_language(),  # the form's, from its address (/es/…)
                suspected_spam=form.is_suspected_spam,
                **fields,
            )
    finally:
        # Only a stored request counts: a refused one, or the second click of a double click
        # that lost the race, is given back.
        if not created:
            for scope, identity in counts:
                uncount_hit(scope, identity)
    return appointment


def uploads_within_the_limits(client, photos):
    """The files accepted that the client's limits allow; the others get a message.

    A client over the form's own limit sends no more files; files and bytes have their own
    limits per client (counted whether or not a request follows: they cost storage at once).
    """
    accepted = photos.accepted()
    window = settings.APPOINTMENT_RATE_WINDOW
    over_form_limit = bool(accepted) and is_limited(
        RATE_SCOPE, client, settings.APPOINTMENT_RATE_LIMIT
    )
    for slot, (file, _type) in list(accepted.items()):
        counts = [
            (UPLOAD_SCOPES["files"], 1, settings.APPOINTMENT_UPLOAD_FILES_PER_CLIENT),
            (UPLOAD_SCOPES["bytes"], file.size, settings.APPOINTMENT_UPLOAD_BYTES_PER_CLIENT),
        ]
        over = over_form_limit
        if not over:
            for scope, amount, limit in counts:
                over |= count_hit(scope, client, window, amount) > limit
        if over:
            if not over_form_limit:
                for scope, amount, _limit in counts:
                    uncount_hit(scope, client, amount)
            del accepted[slot]
            photos.add_error(f"photo_{slot}", _(
                "We cannot take more files from this network right now. Send your request "
                "without this one, or call us: we take photos at the first visit too."
            ))  # fmt: skip
    return accepted


def photos_kept(client, data, files):
    """The photos form for this sending: its accepted files kept (pending) under its token."""
    token = submission_token_from(data)
    photos = FacePhotosForm(data, files)
    photos.full_clean()  # each file judged on its own: a refused one has its message
    accepted = uploads_within_the_limits(client, photos)
    pending_media_keep(submission_token=token, accepted=accepted, removed=photos.removed())
    photos.pending = {m.slot: m for m in PatientMedia.objects.pending(token)}
    return photos


# Never cached anywhere: each visitor's form has its own submission token.
@never_cache
@allow_methods("GET", "HEAD", "POST")
@sensitive_post_parameters()
def request_form(request):
    limited = False
    if request.method == "POST":
        # One token from here on: the files kept now are found again by it, whatever was sent.
        data = request.POST.copy()
        data["submission_token"] = str(submission_token_from(data))
        client = client_address(request)
        # Before anything else, so that files sent with a look-up are kept too.
        photos = photos_kept(client, data, request.FILES)
        if AppointmentRequestForm.wants_lookup(data):
            form = AppointmentRequestForm.after_lookup(data)
        else:
            form = AppointmentRequestForm(data)
            if form.is_valid() and photos.is_valid():
                if appointment := stored_within_the_limits(client, form):
                    request.session[SESSION_KEY] = appointment.reference
                    return redirect("appointments:received")
                limited = True
            else:  # not counted, but an address over its limit is told now
                limited = is_limited(RATE_SCOPE, client, settings.APPOINTMENT_RATE_LIMIT)
            # Over a limit, the form comes back with everything typed kept, and the phone number.
    else:
        # The form's contracts with other pages: ?specialist=<slug> preselects a specialist
        # (the profile pages), ?onset=<choice> when the paralysis began (the guide to when to
        # see a specialist). An unknown value preselects nothing.
        onset = request.GET.get("onset")
        form = AppointmentRequestForm(
            initial={
                "submission_token": uuid.uuid4(),
                "preferred_specialist": request.GET.get("specialist"),
                "onset": onset if onset in AppointmentRequest.Onset.values else None,
            }
        )
        photos = FacePhotosForm()
    form.photos = photos
    response = render(
        request,
        "appointments/appointmentrequest_form.html",
        {
            "form": form,
            "photos": photos,
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
