"""Requests stored before causes came from the cause pages keep their answer."""

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("appointments", "0002_notification_progress_and_closing"),
    ("services", "0002_content_review"),
]
AFTER = [("appointments", "0005_remove_old_cause")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_old_causes_are_linked_to_their_pages_by_slug():
    apps = migrate(BEFORE)
    Condition, Cause = apps.get_model("services", "Condition"), apps.get_model("services", "Cause")
    condition = Condition.objects.create(title="Facial paralysis", slug="facial-paralysis")
    Cause.objects.create(condition=condition, title="Bell’s palsy", slug="bells-palsy")
    Request = apps.get_model("appointments", "AppointmentRequest")
    common = {"asker": "patient", "patient_name": "Ann", "contact_method": "phone",
              "contact_time": "any", "affected_side": "left", "onset": "not_sure",
              "referred": "no", "consent_to_contact": True}  # fmt: skip
    for number, (cause, phone) in enumerate(
        [("bells_palsy", "402-555-0199"), ("injury", "not a number"), ("not_sure", "")]
    ):
        Request.objects.create(reference=f"FP-AAAA-A{number}", submission_token=uuid.uuid4(),
                               cause=cause, phone=phone, **common)  # fmt: skip
    try:
        apps = migrate(AFTER)
        Request = apps.get_model("appointments", "AppointmentRequest")
        rows = Request.objects.order_by("reference").values_list(
            "cause__slug", "cause_title", "unlisted_cause", "phone"
        )
        assert list(rows) == [
            ("bells-palsy", "Bell’s palsy", "", "+14025550199"),
            (None, "Injury", "", "not a number"),  # no such page here: the answer as text
            (None, "", "not_sure", ""),
        ]
        # Rolled back, every answer is the old one again, the one kept as text too.
        apps = migrate(BEFORE)
        Request = apps.get_model("appointments", "AppointmentRequest")
        causes = Request.objects.order_by("reference").values_list("cause", flat=True)
        assert list(causes) == ["bells_palsy", "injury", "not_sure"]
    finally:
        # The test database as the other tests expect it: every app's latest migration.
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_requests_made_before_the_language_was_recorded_are_english_and_not_asked():
    before, after = (
        [("appointments", "0005_remove_old_cause")],
        [("appointments", "0006_language_and_interpreter")],
    )
    apps = migrate(before)
    Request = apps.get_model("appointments", "AppointmentRequest")
    Request.objects.create(reference="FP-AAAA-AA", submission_token=uuid.uuid4(), asker="patient",
                           patient_name="Ann", contact_method="phone", contact_time="any",
                           unlisted_cause="not_sure", affected_side="left", onset="not_sure",
                           referred="no", consent_to_contact=True)  # fmt: skip
    try:
        apps = migrate(after)
        Request = apps.get_model("appointments", "AppointmentRequest")
        row = Request.objects.values("language", "interpreter", "interpreter_language").get()
        assert row == {"language": "en", "interpreter": "", "interpreter_language": ""}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_migrations_use_no_app_code():
    """A migration runs as written, whatever later changes to the app's code."""
    import ast
    from pathlib import Path

    import appointments.migrations

    ours = {"appointments", "clinic", "services", "specialists", "stories", "tests"}
    for path in Path(appointments.migrations.__file__).parent.glob("0*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                )
                assert not {name.split(".")[0] for name in names} & ours, path.name
