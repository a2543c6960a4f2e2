from django.urls import path

from . import views

app_name = "appointments"

urlpatterns = [
    path("request/", views.request_form, name="request"),
    path("request/received/", views.received, name="received"),
]
