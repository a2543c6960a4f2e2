import ast
import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from clinic.models import PublicationStatus
from clinic.readability import reading_grade
from services.models import Treatment
from tests.factories import make_cause, make_condition, make_page, make_treatment

pytestmark = pytest.mark.django_db


def test_each_kind_of_page_has_its_own_address():
    condition = make_condition(slug="facial-paralysis")
    assert condition.get_absolute_url() == "/conditions/facial-paralysis/"
    assert make_cause(condition, slug="stroke").get_absolute_url() == "/causes/stroke/"
    assert make_treatment(slug="static-sling").get_absolute_url() == "/treatments/static-sling/"
    assert make_page(slug="first-visit").get_absolute_url() == "/info/first-visit/"


def test_a_page_reads_as_its_title():
    assert str(make_treatment(title="Static sling")) == "Static sling"


def test_published_leaves_out_drafts():
    published = make_treatment()
    make_treatment(status=PublicationStatus.DRAFT)
    assert list(Treatment.objects.published()) == [published]


def test_new_content_starts_as_a_draft():
    assert Treatment().status == PublicationStatus.DRAFT


def test_treatments_group_nonsurgical_first_and_skip_empty_groups():
    surgical = make_treatment(category=Treatment.Category.SURGICAL)
    nonsurgical = make_treatment(category=Treatment.Category.NONSURGICAL)
    groups = Treatment.objects.grouped_by_category()
    assert [(str(label), items) for label, items in groups] == [
        ("Nonsurgical treatments", [nonsurgical]),
        ("Surgical treatments", [surgical]),
    ]
    surgical.delete()
    assert len(Treatment.objects.grouped_by_category()) == 1


def test_pages_are_listed_by_position_then_title():
    second = make_page(position=2, title="A")
    first = make_page(position=1, title="Z")
    assert list(type(first).objects.all()) == [first, second]


def test_a_condition_is_named_mid_sentence_as_staff_write_it():
    assert make_condition(title="Facial paralysis").name_in_sentence == "Facial paralysis"
    named = make_condition(title="Facial paralysis", title_in_sentence="facial paralysis")
    assert named.name_in_sentence == "facial paralysis"


def migration(name):
    return importlib.import_module(f"services.migrations.{name}")


def models_after(name):
    """The app's models as the migration `name` left them: one column per field, no
    translations, as a data migration sees them."""
    return MigrationLoader(connection).project_state(("services", name)).apps


def test_the_migration_names_the_demo_condition_mid_sentence_and_nothing_else():
    demo = make_condition(title="Facial paralysis")
    edited = make_condition(title="Facial paralysis", title_in_sentence="facial palsy")
    other = make_condition(title="Bell’s palsy")
    old_apps = models_after("0003_condition_title_in_sentence")
    migration("0003_condition_title_in_sentence").fill_in_the_demo_condition(old_apps, None)
    in_sentence = dict(
        old_apps.get_model("services", "Condition").objects.values_list("pk", "title_in_sentence")
    )
    assert [in_sentence[c.pk] for c in (demo, edited, other)] == [
        "facial paralysis",
        "facial palsy",
        "",
    ]


def test_the_migration_rewords_only_the_untouched_demo_summary():
    module = migration("0004_why_choose_us_summary")
    demo = make_page(slug="why-choose-us", summary=module.OLD_SUMMARY)
    module.speak_as_the_program(apps, None)
    demo.refresh_from_db()
    assert demo.summary == module.NEW_SUMMARY and "Nebraska" not in demo.summary
    demo.summary = "Staff wrote this."
    demo.save()
    module.speak_as_the_program(apps, None)
    demo.refresh_from_db()
    assert demo.summary == "Staff wrote this."


def test_the_summary_migration_scores_the_new_summary_as_the_site_does_today():
    module = migration("0004_why_choose_us_summary")
    body = "## Why us\n\nWe see [many patients](/guide/) each year. *Every* visit is unhurried!"
    demo = make_page(slug="why-choose-us", summary=module.OLD_SUMMARY, body=body)
    module.speak_as_the_program(apps, None)
    demo.refresh_from_db()
    assert float(demo.reading_grade) == reading_grade(f"{module.NEW_SUMMARY}\n\n{body}")
    assert module.reading_grade("") is None and module.reading_grade("No stop") == reading_grade(
        "No stop"
    )


PROJECT_APPS = {"appointments", "clinic", "services", "specialists", "stories"}


@pytest.mark.parametrize("name", ["0003_condition_title_in_sentence", "0004_why_choose_us_summary"])
def test_a_data_migration_imports_no_app_code(name):
    # Live app code would make a later change to it change what an old migration does.
    tree = ast.parse(
        importlib.util.find_spec(f"services.migrations.{name}").loader.get_source(
            f"services.migrations.{name}"
        )
    )
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {module.split(".")[0] for module in imported} & PROJECT_APPS
