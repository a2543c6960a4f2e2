"""“Was this page helpful?” by keyboard alone, from a cached page to a comment, with axe on each
state (the treatment page itself is in the accessibility sweep)."""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from clinic.feedback.models import PageFeedback
from scripts.browser_checks import AXE_OPTIONS
from tests.browser.test_accessibility import describe
from tests.browser.test_keyboard import tab_to, tab_to_id


def assert_no_axe_violations(page):
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, describe(violations)


def test_a_reader_says_a_page_did_not_help_and_why_by_keyboard(page, site):
    page.goto(site + "/treatments/static-sling/")
    tab_to(page, "No", limit=200).press("Enter")
    expect(page).to_have_url(re.compile(r"/feedback/[^/]+/$"))
    expect(page.locator("h1")).to_have_text("Thank you for your feedback")
    assert_no_axe_violations(page)

    # The box takes 500 characters; a client that ignores its maxlength hears why it is refused.
    page.locator("#id_comment").evaluate("box => box.removeAttribute('maxlength')")
    tab_to_id(page, "id_comment")
    page.keyboard.type("How long " * 60)
    tab_to(page, "Send comment").press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Shorten it to 500 characters or fewer")
    assert_no_axe_violations(page)

    page.keyboard.press("Tab")  # the summary's link to the field
    page.keyboard.press("Enter")
    expect(page.locator("#id_comment")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("How long does recovery take? Call me on 402-555-0199")
    tab_to(page, "Send comment").press("Enter")
    expect(page.locator("main")).to_contain_text("We read every comment")
    assert_no_axe_violations(page)
    tab_to(page, "Back to “Static sling”").press("Enter")
    expect(page).to_have_url(re.compile(r"/treatments/static-sling/$"))

    feedback = PageFeedback.objects.get()
    assert not feedback.helpful
    assert feedback.comment == "How long does recovery take? Call me on [phone number removed]"
