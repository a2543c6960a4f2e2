from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.generic import TemplateView
from django.views.static import serve

from .context_processors import clinic


@requires_csrf_token
def server_error(request):
    # Deliberately no RequestContext: other context processors may be what just failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render(clinic(request)))


def not_online_yet(title, message):
    """A part of the site still being built: a page that says so and gives the phone number."""
    return TemplateView.as_view(
        template_name="placeholder.html", extra_context={"title": title, "message": message}
    )


def media(request, path):
    """Uploaded files, for sites without a separate media server (development, small installs).

    Uploads are served as inert files: never sniffed as another type, never run as a page.
    """
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
