from django.urls import path
from django.utils.translation import gettext_lazy as _

from clinic.views import not_online_yet

app_name = "appointments"

urlpatterns = [
    path(
        "request/",
        not_online_yet(
            _("Request an appointment"),
            _("Our online request form is on its way. You can make an appointment by phone today."),
        ),
        name="request",
    ),
]
