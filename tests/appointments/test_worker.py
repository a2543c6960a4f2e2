"""The task worker waits out a database outage (with backoff, logging only the error's type)."""

import logging
import os
import signal
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db.utils import OperationalError
from django_tasks_db.models import DBTaskResult, DBTaskResultQuerySet

from .conftest import MEMORY, run_worker

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queued(client, form_data, settings):
    """A stored request with its two emails waiting in the queue."""
    settings.MAILERS = MEMORY
    response = client.post("/appointments/request/", form_data)
    assert response.status_code == 302
    assert DBTaskResult.objects.ready().count() == 2


def database_down_for(fetches):
    """The worker's fetch fails this many times (as with a lost connection), then works."""
    real_get_locked = DBTaskResultQuerySet.get_locked
    # A database error's message can quote a row: it must not reach the logs.
    errors = [OperationalError("server closed the connection (patient@example.org)")] * fetches

    def get_locked(queryset):
        if errors:
            raise errors.pop()
        return real_get_locked(queryset)

    return mock.patch.object(DBTaskResultQuerySet, "get_locked", get_locked)


def waits():
    return mock.patch("appointments.management.commands.task_worker.sleep")


def test_the_worker_waits_out_a_database_outage_with_backoff_then_sends(queued, caplog):
    with database_down_for(8), waits() as sleep, caplog.at_level(logging.WARNING):
        run_worker()
    assert [call.args[0] for call in sleep.call_args_list] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert len(mail.outbox) == 2
    outage = [r for r in caplog.records if r.name.endswith("task_worker")]
    assert len(outage) == 8
    assert "OperationalError" in outage[0].getMessage() and outage[0].exc_info is None
    assert not any("patient@example.org" in r.getMessage() for r in caplog.records)


def test_sigterm_while_waiting_for_the_database_stops_the_worker(queued):
    handlers = {
        name: signal.getsignal(name) for name in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)
    }
    try:
        with database_down_for(1), waits() as sleep, pytest.raises(SystemExit) as stopped:
            sleep.side_effect = lambda seconds: os.kill(os.getpid(), signal.SIGTERM)
            call_command(
                "task_worker", "--no-startup-delay", "--no-reload", stdout=open(os.devnull, "w")
            )
    finally:
        for name, handler in handlers.items():
            signal.signal(name, handler)
    assert stopped.value.code == 0
    assert sleep.call_count == 1
