from django.urls import path

from . import views

app_name = "feedback"
urlpatterns = [
    path("", views.vote, name="vote"),
    path("<str:token>/", views.comment, name="comment"),
]
