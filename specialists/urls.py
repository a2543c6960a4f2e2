from django.urls import path
from django.utils.translation import gettext_lazy as _

from clinic.views import not_online_yet

app_name = "specialists"

urlpatterns = [
    path(
        "",
        not_online_yet(
            _("Find a specialist"),
            _(
                "Our online specialist directory is on its way. "
                "Our team can match you with the right specialist for your needs."
            ),
        ),
        name="index",
    ),
]
