"""The task worker waits out a database outage (with backoff, logging only the error's type);
a batch run (cron) logs it and exits with an error instead."""

import logging
import os
import signal
from unittest import mock

import pytest
from django.core import mail
from django.core.management import CommandError, ManagementUtility, call_command
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


@pytest.fixture
def signal_handlers():
    """The worker sets its own SIGINT/SIGTERM/SIGQUIT handlers: put the test runner's back."""
    handlers = {
        name: signal.getsignal(name) for name in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)
    }
    yield
    for name, handler in handlers.items():
        signal.signal(name, handler)


def run_service(*args):
    """The worker as a service runs it (not --batch), here stopping after the two emails."""
    call_command("task_worker", "--no-startup-delay", "--no-reload", "--max-tasks", "2", *args,
                 stdout=open(os.devnull, "w"))  # fmt: skip


def test_the_worker_waits_out_a_database_outage_with_backoff_then_sends(
    queued, caplog, signal_handlers
):
    with database_down_for(8), waits() as sleep, caplog.at_level(logging.WARNING):
        run_service()
    assert [call.args[0] for call in sleep.call_args_list] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert len(mail.outbox) == 2
    outage = [r for r in caplog.records if r.name.endswith("task_worker")]
    assert len(outage) == 8
    assert "OperationalError" in outage[0].getMessage() and outage[0].exc_info is None
    assert not any("patient@example.org" in r.getMessage() for r in caplog.records)


def test_a_batch_run_with_the_database_down_logs_it_and_exits_with_an_error(
    queued, caplog, signal_handlers
):
    with (
        database_down_for(1),
        waits() as sleep,
        caplog.at_level(logging.WARNING),
        pytest.raises(CommandError, match="Database unavailable") as failed,
    ):
        run_worker()
    assert "patient@example.org" not in str(failed.value)
    assert sleep.call_count == 0
    outage = [r for r in caplog.records if r.name.endswith("task_worker")]
    assert [r.levelname for r in outage] == ["ERROR"]
    assert "OperationalError" in outage[0].getMessage() and outage[0].exc_info is None
    assert not any("patient@example.org" in r.getMessage() for r in caplog.records)
    assert not mail.outbox and DBTaskResult.objects.ready().count() == 2  # the next run sends


def test_a_batch_run_from_the_command_line_exits_non_zero(queued, signal_handlers):
    with database_down_for(1), waits(), pytest.raises(SystemExit) as stopped:
        ManagementUtility(["manage.py", "task_worker", "--batch", "--no-startup-delay"]).execute()
    assert stopped.value.code == 1


def test_sigterm_while_waiting_for_the_database_stops_the_worker(queued, signal_handlers):
    with database_down_for(1), waits() as sleep, pytest.raises(SystemExit) as stopped:
        sleep.side_effect = lambda seconds: os.kill(os.getpid(), signal.SIGTERM)
        call_command(
            "task_worker", "--no-startup-delay", "--no-reload", stdout=open(os.devnull, "w")
        )
    assert stopped.value.code == 0
    assert sleep.call_count == 1
