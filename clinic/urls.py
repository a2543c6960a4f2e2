from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from services.sitemaps import ContentSitemap
from specialists.sitemaps import SpecialistSitemap
from stories.sitemaps import StorySitemap

from . import views
from .search.views import site_search
from .sitemaps import NamedPagesSitemap

# Each app's public pages; stories only while their consent is valid.
SITEMAPS = {
    "pages": NamedPagesSitemap(
        [
            "services:home",
            "services:overview",
            "specialists:index",
            "stories:index",
            "appointments:request",
        ]
    ),  # fmt: skip
    "content": ContentSitemap,
    "specialists": SpecialistSitemap,
    "stories": StorySitemap,
}

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.health, name="health"),
    path("styleguide/", views.styleguide, name="styleguide"),
    path("language/<str:language>/", views.switch_language, name="switch_language"),
    path(settings.ADMIN_PATH, admin.site.urls),
]
# The public pages: English at today's addresses, the other languages under /es/ and so on,
# with their own words ("/es/especialistas/"; the catalogue's translations of the paths).
urlpatterns += i18n_patterns(
    # Translators: words in the page's web address: lower case, no accents.
    path(_("specialists/"), include("specialists.urls")),
    path(_("stories/"), include("stories.urls")),
    path(_("appointments/"), include("appointments.urls")),
    path(_("search/"), site_search, name="search"),
    path(_("feedback/"), include("clinic.feedback.urls")),
    path("", include("services.urls")),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", views.media, name="media")
    )

handler400 = "clinic.views.bad_request"
handler500 = "clinic.views.server_error"
