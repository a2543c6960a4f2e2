from django.urls import path
from django.utils.translation import gettext_lazy as _

from clinic.views import not_online_yet

app_name = "stories"

urlpatterns = [
    path(
        "",
        not_online_yet(
            _("Patient stories"),
            _("Stories from our patients will appear here soon."),
        ),
        name="index",
    ),
]
