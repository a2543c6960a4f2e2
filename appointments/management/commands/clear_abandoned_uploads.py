from django.conf import settings
from django.core.management.base import BaseCommand

from appointments.actions import pending_media_clear


class Command(BaseCommand):
    help = (
        "Deletes photos and videos sent with appointment forms that were never sent, once they "
        "are older than APPOINTMENT_PENDING_UPLOAD_HOURS. Run it every hour or so (cron)."
    )

    def handle(self, **options):
        deleted = pending_media_clear()
        self.stdout.write(
            f"Deleted {deleted} upload(s) left over {settings.APPOINTMENT_PENDING_UPLOAD_HOURS} "
            "hours ago by forms that were never sent."
        )
