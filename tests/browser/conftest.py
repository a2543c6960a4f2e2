"""A real Chromium (Debian's package) driven by Playwright against the live test server."""

import os
import shutil

import pytest
from django.core.management import call_command
from playwright.sync_api import expect, sync_playwright

from scripts.browser_checks import CHROMIUM_ARGS

# An assertion waits as long as an action does (Playwright's 30 s), not 5 s: on a loaded
# machine a page can take longer than that to come back from the live server, and a slow
# page is not a failure. A passing check still returns as soon as it holds.
expect.set_options(timeout=30_000)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)


# Package scope: the browser closes when the browser tests are done, before any other test runs.
@pytest.fixture(scope="package")
def chromium():
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(executable):
        message = "Chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI must run the browser tests.")
        pytest.skip(f"{message}: browser tests skipped.")
    # While Playwright's sync API is open it keeps an event loop running in the test thread,
    # and Django refuses ORM calls from a thread with a running loop. The browser tests need
    # the ORM, so they alone turn that check off, and only while the browser is open: in every
    # other test, an ORM call from async code must still fail.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live site with every app's demo content."""
    call_command("load_demo_content", stdout=open(os.devnull, "w"))
    return live_server.url


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
