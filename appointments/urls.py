from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "appointments"

urlpatterns = [
    # Translators: words in the page's web address: lower case, no accents.
    path(_("request/"), views.request_form, name="request"),
    path(_("request/received/"), views.received, name="received"),
]
