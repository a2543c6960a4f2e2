import pytest
import time_machine
from django.conf import settings
from django.utils import translation

from tests.helpers import SITE_NOON


@pytest.fixture(autouse=True)
def isolated_files(settings, tmp_path):
    """Every test writes media to its own folder and needs no collectstatic run."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def empty_cache():
    """Rolled-back test data sends no signals, so nothing cached may outlive a test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request leaves its page's language active in the thread
    (LocaleMiddleware never switches back), so after an /es/ page, content saved later would
    be written to the Spanish columns."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def site_noon(settings):
    """The clock set to SITE_NOON and running on from there, so that the dates a test computes
    and the site's own "today" agree whenever the suite runs, even across midnight in the
    clinic's time zone. .shift(timedelta(days=1)) moves to the next day."""
    settings.TIME_ZONE = "America/Chicago"
    with time_machine.travel(SITE_NOON, tick=True) as traveller:
        yield traveller


@pytest.fixture(scope="module")
def demo_for_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every app's demo content, loaded once for a module's tests (portraits take a while),
    such as a search-quality table's; flushed after them."""
    from django.core.management import call_command
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        with django_db_blocker.unblock():
            call_command("load_demo_content", stdout=open("/dev/null", "w"))
            yield
            call_command("flush", interactive=False)


@pytest.fixture
def demo_content(db):
    """The program's content (services only: quick, and what most page tests need)."""
    from services.demo import load_demo_content

    load_demo_content()


@pytest.fixture
def bells_palsy(db):
    """A published cause page: the appointment form offers the published causes."""
    from services.models import Cause
    from tests.factories import make_cause

    existing = Cause.objects.filter(slug="bells-palsy").first()
    return existing or make_cause(slug="bells-palsy", title="Bell’s palsy")


@pytest.fixture
def form_data(bells_palsy):
    return {
        "asker": "patient",
        "patient_name": "Siobhán O’Brien",
        "phone": "402-555-0199",
        "email": "patient@example.org",
        "contact_method": "phone",
        "contact_time": "morning",
        "interpreter": "no",
        "cause": "bells-palsy",
        "affected_side": "left",
        "onset": "under_3_months",
        "referred": "yes",
        "insurance": "Sample Health Plan",
        "message": "My left eye will not close at night.",
        "consent_to_contact": "on",
        "submission_token": "8a1f0c62-4a1e-4b7b-9c55-0b1f3f2b6a11",
    }


def pytest_report_header(config):
    from django.conf import settings

    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}"
