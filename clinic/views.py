from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.generic import TemplateView

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
