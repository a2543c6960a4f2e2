from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from .context_processors import clinic


@requires_csrf_token
def server_error(request):
    # Deliberately no RequestContext: other context processors may be what just failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render(clinic(request)))
