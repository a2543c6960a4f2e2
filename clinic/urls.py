from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("specialists/", include("specialists.urls")),
    path("stories/", include("stories.urls")),
    path("appointments/", include("appointments.urls")),
    path("", include("services.urls")),
]

if settings.SERVE_MEDIA:
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", views.media, name="media")
    )

handler500 = "clinic.views.server_error"
