from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

app_name = "stories"

urlpatterns = [
    path(
        "",
        TemplateView.as_view(
            template_name="placeholder.html",
            extra_context={
                "title": _("Patient stories"),
                "message": _("Stories from our patients will appear here soon."),
            },
        ),
        name="index",
    ),
]
