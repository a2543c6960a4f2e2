"""django-tasks-db's `db_worker`, made to wait out a database outage instead of exiting.

The stock worker stops at the first lost connection; a supervisor restarts it, but one
that gives up after a few fast failures leaves emails unsent until someone notices.
"""

import logging
import os
from time import monotonic, sleep

from django.core.management.base import CommandError
from django.db import close_old_connections
from django.db.utils import InterfaceError, OperationalError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger(__name__)

RETRY_DELAY = 1  # seconds, doubling while the database stays away...
RETRY_MAX_DELAY = 60  # ...up to this; an error after this long without one starts again at 1


class Worker(db_worker.Worker):
    def run(self):
        delay = 0
        while True:
            started = monotonic()
            try:
                return super().run()
            except (OperationalError, InterfaceError) as error:
                if not self.running:  # asked to stop (SIGTERM) while the task was running
                    logger.warning(
                        "Worker stopped during a database error (%s)", type(error).__name__
                    )
                    return None
                if monotonic() - started > RETRY_MAX_DELAY:  # a new outage
                    delay = 0
                delay = min(max(delay * 2, RETRY_DELAY), RETRY_MAX_DELAY)
                # The type only: a database error's message can quote a row.
                logger.warning(
                    "Database unavailable (%s); the worker tries again in %s s",
                    type(error).__name__, delay,
                )  # fmt: skip
            close_old_connections()  # drop the broken connection; the next query reconnects
            sleep(delay)  # SIGTERM here exits at once: no task is running


class Command(db_worker.Command):
    help = "Runs the background tasks (emails); waits out a database outage instead of exiting."

    def handle(
        self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload,
        max_tasks, worker_id, exclude_queues, **options,
    ):  # fmt: skip
        # The stock handle(), which builds db_worker.Worker by name, building ours (as of
        # django-tasks-db 0.13: check it when that pin moves).
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names, interval=interval, batch=batch, backend_name=backend_name,
            startup_delay=startup_delay, max_tasks=max_tasks, worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )  # fmt: skip
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":  # only the child handles signals
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
