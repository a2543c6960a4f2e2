from django.urls import path

from . import views

app_name = "specialists"

urlpatterns = [
    path("", views.directory, name="index"),
    path("<slug:slug>/", views.SpecialistDetailView.as_view(), name="detail"),
]
