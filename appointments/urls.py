from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

app_name = "appointments"

urlpatterns = [
    path(
        "request/",
        TemplateView.as_view(
            template_name="placeholder.html",
            extra_context={
                "title": _("Request an appointment"),
                "message": _(
                    "Our online request form is on its way. "
                    "You can make an appointment by phone today."
                ),
            },
        ),
        name="request",
    ),
]
