"""A content editor's whole journey in a real browser: sign in (with the authenticator code),
edit a treatment as a draft, preview it, publish it, and see it on the public site."""

import re

from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from clinic.roles import CONTENT_EDITORS
from scripts.browser_checks import AXE_OPTIONS
from tests.browser.test_accessibility import describe
from tests.factories import authenticator_code, make_staff

TREATMENT = "/treatments/botox-and-injections/"
NEW_SENTENCE = "Most people need a new injection every three to four months."
PASSWORD = "correct horse battery staple"


def content_editor():
    user = make_staff("editor", CONTENT_EDITORS, PASSWORD)
    return TOTPDevice.objects.create(user=user, name="phone")


def test_an_editor_drafts_previews_and_publishes_a_treatment_page(chromium, page, site, settings):
    settings.ADMIN_REQUIRE_2FA = True
    device = content_editor()
    policy_violations = []
    page.on("console", lambda message: policy_violations.append(message.text)
            if "Content Security Policy" in message.text else None)  # fmt: skip

    page.goto(site + "/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Code from your authenticator app").fill(authenticator_code(device))
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("link", name="Treatments", exact=True).click()

    page.get_by_role("link", name="Botox and other injections").click()
    body = page.get_by_label("Body [en]")  # the English, beside the Spanish
    body.fill(body.input_value() + "\n\n" + NEW_SENTENCE)
    page.get_by_label("Status").select_option("draft")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()

    page.get_by_role("link", name="View on site").click()
    expect(page).to_have_url(re.compile(re.escape(TREATMENT) + "$"))
    expect(page.get_by_text("Draft — patients cannot see this page")).to_be_visible()
    expect(page.get_by_text(NEW_SENTENCE)).to_be_visible()

    patient = chromium.new_context().new_page()
    assert patient.goto(site + TREATMENT).status == 404

    page.goto(site + "/admin/services/treatment/")
    page.get_by_role("row", name="Botox and other injections").get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option("publish")
    page.get_by_role("button", name="Run").click()
    expect(page.get_by_text("1 item is now published")).to_be_visible()

    assert patient.goto(site + TREATMENT).status == 200
    expect(patient.get_by_text(NEW_SENTENCE)).to_be_visible()
    expect(patient.get_by_text("Draft — patients cannot see this page")).to_have_count(0)
    assert policy_violations == []

    axe, problems = Axe(), {}
    # The pages the edit shows on (the full sweep is in test_accessibility.py).
    for path in ["/", "/conditions/", "/conditions/facial-paralysis/", TREATMENT]:
        patient.goto(site + path)
        results = axe.run(patient, options=AXE_OPTIONS)
        if violations := results.response["violations"]:
            problems[path] = describe(violations)
    assert problems == {}
    patient.context.close()
