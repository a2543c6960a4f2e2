from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("specialists/", include("specialists.urls")),
    path("stories/", include("stories.urls")),
    path("appointments/", include("appointments.urls")),
    path("", include("services.urls")),
]

handler500 = "clinic.views.server_error"
