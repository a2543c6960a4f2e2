import re

from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.urls import reverse
from django.utils import translation
from PIL import Image
from playwright.sync_api import expect

from appointments.models import AppointmentRequest
from scripts.browser_checks import AXE_OPTIONS
from tests.appointments.conftest import MEMORY, run_worker

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


def answer_by_keyboard(page):
    """Every question the form requires, from the top, by keyboard."""
    choose(page, "id_asker_1")
    tab_to_id(page, "id_patient_name")
    page.keyboard.type("Nguyễn O’Brien")
    tab_to_id(page, "id_phone")
    page.keyboard.type("402-555-0123")
    for radio in ["id_contact_method_0", "id_contact_time_1", "id_interpreter_0", "id_cause_0",
                  "id_affected_side_1", "id_onset_1", "id_referred_1"]:  # fmt: skip
        choose(page, radio)


def choose_file_by_keyboard(page, input_id, path):
    """Tab to a file input and open it with Space, as a keyboard user does; the file chosen."""
    tab_to_id(page, input_id)
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(path)


def test_a_keyboard_user_sends_photos_one_refused_then_fixed(page, site, tmp_path):
    good, other, false = tmp_path / "rest.jpg", tmp_path / "smile.png", tmp_path / "smile.jpg"
    Image.new("RGB", (640, 480), "teal").save(good, "JPEG")
    Image.new("RGB", (640, 480), "navy").save(other, "PNG")
    false.write_text("not a photo at all")
    # Playwright asks for file choosers without waiting for the answer when a first listener
    # is added: subscribed here, well before any key opens one, never mid-test.
    page.on("filechooser", lambda chooser: None)
    page.goto(site + "/appointments/request/")
    no_violations(page)  # the photo step included
    answer_by_keyboard(page)
    choose_file_by_keyboard(page, "id_photo_rest", good)
    expect(page.locator("#div_id_photo_rest .face-photo__preview")).to_be_visible()
    choose_file_by_keyboard(page, "id_photo_big_smile", false)
    tab_to_id(page, "id_consent_to_contact")
    page.keyboard.press("Space")
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_title(re.compile(r"^Error: Request an appointment"))
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text(
        ["Biggest smile: This file is not a JPEG, PNG, WebP or HEIC photo, whatever its name says."]
    )
    expect(page.locator("#id_photo_rest_kept")).to_contain_text("Photo added")
    expect(page.locator("#id_patient_name")).to_have_value("Nguyễn O’Brien")
    expect(page.locator("#id_consent_to_contact")).to_be_checked()
    no_violations(page)

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the error's link leads to the input to fix
    expect(page).to_have_url(re.compile("#id_photo_big_smile$"))
    page.locator("#id_photo_big_smile").focus()
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(other)
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_url(re.compile(r"/appointments/request/received/$"))
    expect(page.locator(".reference")).to_have_text(re.compile(r"^FP-[0-9A-Z]{4}-[0-9A-Z]{2}$"))
    request = AppointmentRequest.objects.get()
    assert sorted(request.media.values_list("slot", "content_type")) == [
        ("big_smile", "image/png"), ("rest", "image/jpeg")
    ]  # fmt: skip


def test_a_keyboard_user_sees_the_errors_then_sends_a_request(page, site):
    page.goto(site + "/appointments/request/?specialist=jose-nunez")
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_title(re.compile(r"^Error: Request an appointment"))
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(11)
    no_violations(page)

    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Select who is asking for the appointment")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#id_asker_0$"))

    page.goto(page.url.split("#")[0])  # start again from the top, as after reading the errors
    answer_by_keyboard(page)
    tab_to_id(page, "id_consent_to_contact")

    page.keyboard.press("Space")
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_url(re.compile(r"/appointments/request/received/$"))

    expect(page.locator(".reference")).to_have_text(re.compile(r"^FP-[0-9A-Z]{4}-[0-9A-Z]{2}$"))
    expect(page.locator("main")).not_to_contain_text("O’Brien")
    no_violations(page)


def test_a_keyboard_user_asks_for_an_appointment_in_spanish_and_is_answered_in_spanish(
    page, site, settings
):
    settings.MAILERS = MEMORY
    with translation.override("es"):
        form_url, received_url = reverse("appointments:request"), reverse("appointments:received")
    page.goto(site + form_url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    no_violations(page)
    tab_to_id(page, "submit-id-submit").press("Enter")  # "Enviar solicitud", nothing filled in

    expect(page).to_have_title(re.compile(r"^Error: Pedir una cita"))
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Hay un problema")
    expect(summary.get_by_role("link")).to_have_count(11)
    expect(page.locator("#div_id_interpreter")).to_contain_text("Elija si necesita un intérprete")
    no_violations(page)
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Elija quién pide la cita")
    for _ in range(5):
        page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Elija si necesita un intérprete")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#id_interpreter_0$"))

    # On the page with the errors, as the patient corrects them.
    choose(page, "id_asker_0")
    tab_to_id(page, "id_patient_name")
    page.keyboard.type("José Núñez")
    tab_to_id(page, "id_phone")
    page.keyboard.type("402-555-0123")
    tab_to_id(page, "id_email")
    page.keyboard.type("jose@example.org")
    for radio in ["id_contact_method_0", "id_contact_time_1", "id_interpreter_2"]:
        choose(page, radio)
    tab_to_id(page, "id_interpreter_language")
    page.keyboard.type("K’iche’")
    for radio in ["id_cause_0", "id_affected_side_1", "id_onset_1", "id_referred_1"]:
        choose(page, radio)
    tab_to_id(page, "id_consent_to_contact")
    page.keyboard.press("Space")
    tab_to_id(page, "submit-id-submit").press("Enter")

    expect(page).to_have_url(site + received_url)
    expect(page).to_have_title(re.compile(r"^Recibimos su solicitud"))
    reference = page.locator(".reference")
    expect(reference).to_have_text(re.compile(r"^FP-[0-9A-Z]{4}-[0-9A-Z]{2}$"))
    expect(page.locator("main")).to_contain_text("Su número de referencia es")
    no_violations(page)

    run_worker()
    [patient] = [m for m in mail.outbox if m.to == ["jose@example.org"]]
    assert patient.subject == f"Recibimos su solicitud de cita ({reference.inner_text()})"
    assert "Gracias por comunicarse con nosotros." in patient.body
    [clinic] = [m for m in mail.outbox if m.to == [settings.APPOINTMENT_NOTIFY_EMAIL]]
    assert "Language: Spanish" in clinic.body and "another language" in clinic.body


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


def test_a_keyboard_user_finds_a_specialist_by_name_and_keeps_what_they_typed(page, site):
    page.goto(site + "/appointments/request/")
    tab_to_id(page, "id_patient_name")
    page.keyboard.type("Nguyễn O’Brien")
    choose(page, "id_cause_0")
    tab_to_id(page, "id_specialist_name")
    page.keyboard.type("nunes")  # misspelt, and Enter rather than the "Find" button
    page.keyboard.press("Enter")

    result = page.locator("#specialist-lookup-result")
    expect(result).to_be_focused()
    expect(result).to_contain_text(re.compile(r"We found \d+ specialists? for “nunes”"))
    expect(page.locator("label[for=id_preferred_specialist_0]")).to_contain_text("José Núñez")
    expect(page.locator("#id_patient_name")).to_have_value("Nguyễn O’Brien")
    expect(page.locator("#id_cause_0")).to_be_checked()
    expect(page.locator("#id_specialist_name")).to_have_value("")
    no_violations(page)
    tab_to_id(page, "id_preferred_specialist_1")  # "No preference" stays chosen until they pick
    page.keyboard.press("ArrowUp")
    expect(page.locator("#id_preferred_specialist_0")).to_be_checked()

    answers = ["asker_0", "contact_method_0", "contact_time_0", "interpreter_0",
               "affected_side_0", "onset_0", "referred_0", "consent_to_contact"]  # fmt: skip
    for answer in answers:
        page.check(f"#id_{answer}")
    page.fill("#id_phone", "402-555-0123")
    page.click("#submit-id-submit")
    expect(page).to_have_url(re.compile(r"/appointments/request/received/$"))
    request = AppointmentRequest.objects.get()
    assert request.patient_name == "Nguyễn O’Brien"
    assert request.preferred_specialist.slug == "jose-nunez"
