from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

app_name = "specialists"

urlpatterns = [
    path(
        "",
        TemplateView.as_view(
            template_name="placeholder.html",
            extra_context={
                "title": _("Find a specialist"),
                "message": _(
                    "Our online specialist directory is on its way. "
                    "Our team can match you with the right specialist for your needs."
                ),
            },
        ),
        name="index",
    ),
]
