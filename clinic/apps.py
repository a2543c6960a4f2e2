from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class ClinicConfig(AppConfig):
    """Shared, app-independent pieces: Markdown rendering, SEO helpers, roles, demo content."""

    name = "clinic"
    verbose_name = _("Clinic site")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
        from .page_cache import content_changed, new_release
        from .roles import setup_roles

        post_migrate.connect(setup_roles, sender=self, dispatch_uid="clinic.setup_roles")
        post_migrate.connect(new_release, sender=self, dispatch_uid="clinic.page_cache.release")
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_changed, dispatch_uid="clinic.page_cache")


class ClinicAdminConfig(AdminConfig):
    """The admin, on the clinic's locked-down site (sign-in lockout, two-factor sign-in)."""

    default_site = "clinic.admin_site.ClinicAdminSite"
