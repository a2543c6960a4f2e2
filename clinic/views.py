from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.static import serve

from .context_processors import clinic


@requires_csrf_token
def server_error(request):
    # Deliberately no RequestContext: other context processors may be what just failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render(clinic(request)))


def media(request, path):
    """Uploaded files, for sites without a separate media server (development, small installs).

    Uploads are served as inert files: never sniffed as another type, never run as a page.
    """
    return as_inert_file(serve(request, path, document_root=settings.MEDIA_ROOT))


def as_inert_file(response):
    """An uploaded file is never sniffed as another type, nor run as a page."""
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def csrf_failure(request, reason=""):
    """A form sent from an old or expired page: say so in plain words, and how to go on."""
    return render(request, "403_csrf.html", status=403)
