"""django-tasks-db's `db_worker`, made to wait out a database outage instead of exiting.

The stock worker stops at the first lost connection; a supervisor restarts it, but one
that gives up after a few fast failures leaves emails unsent until someone notices.
A batch run (`--batch`, e.g. from cron) does not wait: it logs the error and exits non-zero,
so the scheduler reports it and the next run tries again.
"""

import logging
from time import monotonic, sleep

from django.core.management.base import CommandError
from django.db import close_old_connections
from django.db.utils import InterfaceError, OperationalError
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger(__name__)

RETRY_DELAY = 1  # seconds, doubling while the database stays away...
RETRY_MAX_DELAY = 60  # ...up to this; an error after this long without one starts again at 1
DATABASE_ERRORS = (OperationalError, InterfaceError)


class Worker(db_worker.Worker):
    def run(self):
        delay = 0
        while True:
            started = monotonic()
            try:
                return super().run()
            except DATABASE_ERRORS as error:
                if not self.running:  # asked to stop (SIGTERM) while the task was running
                    logger.warning(
                        "Worker stopped during a database error (%s)", type(error).__name__
                    )
                    return None
                # The type only: a database error's message can quote a row.
                if self.batch:
                    logger.error("Database unavailable (%s); the batch run stops",
                                 type(error).__name__)  # fmt: skip
                    raise
                if monotonic() - started > RETRY_MAX_DELAY:  # a new outage
                    delay = 0
                delay = min(max(delay * 2, RETRY_DELAY), RETRY_MAX_DELAY)
                logger.warning(
                    "Database unavailable (%s); the worker tries again in %s s",
                    type(error).__name__, delay,
                )  # fmt: skip
            close_old_connections()  # drop the broken connection; the next query reconnects
            sleep(delay)  # SIGTERM here exits at once: no task is running


class Command(db_worker.Command):
    help = "Runs the background tasks (emails); waits out a database outage instead of exiting."

    def handle(self, **options):
        if options["reload"] and not options["batch"]:
            # Development's reloading worker (--reload, the default with DJANGO_DEBUG on) is the
            # stock one: its reloader needs the library's own process handling.
            return super().handle(**options)
        # The stock handle() builds db_worker.Worker by name, with no hook for a subclass: this
        # is its non-reloading half, building ours (as of django-tasks-db 0.13: check it when
        # that pin moves).
        self.configure_logging(options["verbosity"])
        queue_names = options["queue_name"].split(",")
        excluded = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names, excluded_queue_names=excluded, batch=options["batch"],
            interval=options["interval"], backend_name=options["backend_name"],
            startup_delay=options["startup_delay"], max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )  # fmt: skip
        worker.configure_signals()
        try:
            worker.run()
        except DATABASE_ERRORS as error:  # only a batch run's: the worker logged it
            raise CommandError(f"Database unavailable ({type(error).__name__})") from None
