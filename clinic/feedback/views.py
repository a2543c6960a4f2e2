from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy, override
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from clinic.middleware import allow_methods
from clinic.ratelimit import client_address, count_hit

from .forms import CommentForm, VoteForm
from .models import PageFeedback

RATE_SCOPE = "page-feedback"
VOTE_SALT = "clinic.feedback.vote"
COMMENT_SECONDS = 24 * 3600  # how long after voting a comment can be added
TOO_MANY = gettext_lazy(
    "We have had a lot of feedback from your network in the last hour. Please try again later."
)


def from_this_site(request):
    """Whether a post came from one of the site's own pages, by what browsers say of every
    request they send (Sec-Fetch-Site, else Origin): the check a CSRF token makes, without a
    token in pages that everyone shares. A client that sends neither is not a browser that a
    page elsewhere could make post here."""
    if site := request.headers.get("Sec-Fetch-Site"):
        return site in ("same-origin", "none")
    if origin := request.headers.get("Origin"):
        own = f"{request.scheme}://{request.get_host()}"
        return origin in (own, *settings.CSRF_TRUSTED_ORIGINS)
    return True


def over_the_limit(request):
    window = settings.FEEDBACK_RATE_WINDOW
    return count_hit(RATE_SCOPE, client_address(request), window) > settings.FEEDBACK_RATE_LIMIT


def feedback_page(request, template, context, status=200):
    """A page of the feedback journey; over the limit (429), it says when to try again."""
    context = context | {"breadcrumbs": [(_("Feedback"), None)]}
    response = render(request, template, context, status=status)
    if status == 429:
        response["Retry-After"] = str(settings.FEEDBACK_RATE_WINDOW)
    return response


def refused(request, message, status):
    return feedback_page(request, "feedback/refused.html", {"message": message}, status)


@csrf_exempt  # from_this_site() instead: the form is on cached pages (module docstring)
@allow_methods("POST")
def vote(request):
    if not from_this_site(request):
        return refused(request, _("Feedback can only be sent from this site’s own pages."), 403)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return refused(request, _("Choose “Yes” or “No” on the page you were reading."), 400)
    if over_the_limit(request):
        return refused(request, TOO_MANY, 429)
    feedback = PageFeedback.objects.create(
        **form.cleaned_data["page"], helpful=form.cleaned_data["helpful"], language=get_language()
    )
    token = signing.dumps(feedback.pk, salt=VOTE_SALT)
    return redirect("feedback:comment", token=token)


def feedback_from(token):
    try:
        pk = signing.loads(token, salt=VOTE_SALT, max_age=COMMENT_SECONDS)
    except signing.BadSignature:
        raise Http404 from None
    feedback = PageFeedback.objects.filter(pk=pk).select_related("content_type").first()
    if feedback is None:
        raise Http404
    return feedback


def page_link(feedback):
    """(title, address) of the page the feedback is about, in the language it was read in; None
    for a page that has gone since."""
    model = feedback.content_type.model_class()
    page = model._default_manager.filter(pk=feedback.object_id).first() if model else None
    if page is None:
        return None
    with override(feedback.language):
        return str(page), page.get_absolute_url()


@never_cache
@allow_methods("GET", "HEAD", "POST")
def comment(request, token):
    """Thanks for the vote, and the optional comment: one per vote, kept with it."""
    feedback = feedback_from(token)
    form, sent, limited = CommentForm(), bool(feedback.comment), False
    if request.method == "POST" and not sent:
        form = CommentForm(request.POST)
        if form.is_valid():
            # Over the limit, the form comes back with the comment kept and why.
            limited = over_the_limit(request)
            if not limited:
                if form.cleaned_data["comment"]:
                    PageFeedback.objects.filter(pk=feedback.pk, comment="").update(
                        comment=form.cleaned_data["comment"]
                    )
                sent = True
    return feedback_page(
        request,
        "feedback/comment.html",
        {
            "form": form,
            "sent": sent,
            "limited": TOO_MANY if limited else None,
            "helpful": feedback.helpful,
            "page": page_link(feedback),
        },
        status=429 if limited else 200,
    )
