from django.conf import settings
from django.core.management.base import BaseCommand

from appointments.models import AppointmentRequest


class Command(BaseCommand):
    help = "Deletes closed (and spam) appointment requests older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=settings.APPOINTMENT_RETENTION_DAYS, metavar="DAYS",
            help="age in days (default: the APPOINTMENT_RETENTION_DAYS setting)",

        )  # fmt: skip

    def handle(self, *, older_than, **options):
        deleted, _by_model = AppointmentRequest.objects.purgeable(older_than).delete()
        self.stdout.write(
            f"Deleted {deleted} row(s) of requests closed over {older_than} days ago."
        )
