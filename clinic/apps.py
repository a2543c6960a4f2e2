from django.apps import AppConfig


class ClinicConfig(AppConfig):
    """Shared, app-independent pieces: Markdown rendering, SEO helpers, demo content command."""

    name = "clinic"
    verbose_name = "Clinic site"
