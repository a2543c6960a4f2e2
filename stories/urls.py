from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("", views.story_list, name="index"),
    path("photos/<path:name>", views.photo, name="photo"),
    path("<slug:slug>/", views.StoryDetailView.as_view(), name="detail"),
]
