from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "services"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    # Translators: words in the page's web address: lower case, no accents, keep <slug:slug>.
    path(_("conditions/"), views.OverviewView.as_view(), name="overview"),
    path(
        _("conditions/<slug:slug>/"), views.ConditionDetailView.as_view(), name="condition_detail"
    ),
    path(_("causes/<slug:slug>/"), views.CauseDetailView.as_view(), name="cause_detail"),
    path(
        _("treatments/<slug:slug>/"), views.TreatmentDetailView.as_view(), name="treatment_detail"
    ),
    path(_("info/<slug:slug>/"), views.PageDetailView.as_view(), name="page_detail"),
]
