from datetime import timedelta

from django.core.management.base import BaseCommand

from appointments.models import Notification
from appointments.tasks import notifications_requeue


class Command(BaseCommand):
    help = (
        "Queues again the emails that a crash left behind (a worker that died mid-send, or a "
        "queueing lost after the request was stored), and marks the dead worker's tasks "
        "failed. Safe to run often: sending is idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, default=15, metavar="MINUTES")

    def handle(self, *, older_than, **options):
        stuck = list(Notification.objects.stuck(timedelta(minutes=older_than)))
        notifications_requeue(stuck, grace=timedelta(minutes=older_than))
        self.stdout.write(f"Queued {len(stuck)} email(s) again.")
