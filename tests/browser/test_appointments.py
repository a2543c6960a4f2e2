import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from scripts.browser_checks import AXE_OPTIONS

from .test_accessibility import describe
from .test_keyboard import tab_to_id


def no_violations(page):
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert violations == [], describe(violations)


def choose(page, radio_id):
    """Tab to a radio group and pick an option with the arrow keys, as a keyboard user does."""
    group, number = radio_id.rsplit("_", 1)
    tab_to_id(page, f"{group}_0")
    for _ in range(int(number)):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(page.locator(f"#{radio_id}")).to_be_checked()


def test_a_keyboard_user_sees_the_errors_then_sends_a_request(page, site):
    page.goto(site + "/appointments/request/?specialist=jose-nunez")
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_title(re.compile(r"^Error: Request an appointment"))
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(10)
    no_violations(page)

    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Select who is asking for the appointment")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#id_asker_0$"))

    page.goto(page.url.split("#")[0])  # start again from the top, as after reading the errors
    choose(page, "id_asker_1")
    tab_to_id(page, "id_patient_name")
    page.keyboard.type("Nguyễn O’Brien")
    tab_to_id(page, "id_phone")
    page.keyboard.type("402-555-0123")
    for radio in ["id_contact_method_0", "id_contact_time_1", "id_cause_0", "id_affected_side_1",
                  "id_onset_1", "id_referred_1"]:  # fmt: skip
        choose(page, radio)
    tab_to_id(page, "id_consent_to_contact")

    page.keyboard.press("Space")
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_url(re.compile(r"/appointments/request/received/$"))

    expect(page.locator(".reference")).to_have_text(re.compile(r"^FP-[0-9A-Z]{4}-[0-9A-Z]{2}$"))
    expect(page.locator("main")).not_to_contain_text("O’Brien")
    no_violations(page)


def test_over_the_limit_the_form_comes_back_filled_in_with_the_notice_focused(page, site, settings):
    settings.APPOINTMENT_RATE_LIMIT = 0  # every request from here is over it
    page.goto(site + "/appointments/request/")
    page.fill("#id_patient_name", "Nguyễn O’Brien")
    page.fill("#id_phone", "+44 20 7946 0958")
    page.fill("#id_message", "Line one\nLine two")
    page.click("#submit-id-submit")

    expect(page).to_have_title(re.compile(r"^Not sent: Request an appointment"))
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator(".error-summary")).to_contain_text("800.922.0000")
    expect(page.locator("#id_patient_name")).to_have_value("Nguyễn O’Brien")
    expect(page.locator("#id_phone")).to_have_value("+44 20 7946 0958")
    expect(page.locator("#id_message")).to_have_value("Line one\nLine two")
    no_violations(page)
