from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("conditions/", views.OverviewView.as_view(), name="overview"),
    path("conditions/<slug:slug>/", views.ConditionDetailView.as_view(), name="condition_detail"),
    path("causes/<slug:slug>/", views.CauseDetailView.as_view(), name="cause_detail"),
    path("treatments/<slug:slug>/", views.TreatmentDetailView.as_view(), name="treatment_detail"),
    path("info/<slug:slug>/", views.PageDetailView.as_view(), name="page_detail"),
]
