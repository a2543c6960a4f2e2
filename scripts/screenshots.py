"""Screenshots of every page type at the four widths the design is checked at.

Starts gunicorn (production settings, its own PostgreSQL database, the demo content) on
loopback, opens each page type in Chromium at 320, 390, 768 and 1280 px, and saves a full-page
PNG of each in .screenshots/, plus one contact sheet per page type with the four widths side by
side. On phones it also measures what the issue's "done when" names: the header's height, any
sideways scroll, and radios or checkboxes whose label wrapped below them. Fails when one is
off. Run through `make screenshots`.
"""

import functools
import os
import re
import sys
import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

from PIL import Image
from playwright.sync_api import sync_playwright

from scripts import loopback_server
from scripts.browser_checks import CHROMIUM_ARGS
from scripts.loopback_server import BASE_DIR, free_port, production_env

OUT_DIR = BASE_DIR / ".screenshots"
WIDTHS = {320: 720, 390: 844, 768: 1024, 1280: 900}  # width: viewport height
PHONE_WIDTHS = (320, 390)
HEADER_LIMIT = 72  # px, on phones
SHEET_HEIGHT = 1800  # px of each page shown on the contact sheet
FORM = "/appointments/request/"
SPANISH_FORM = "/es/citas/solicitar/"

PORT = free_port()
BASE_URL = f"http://127.0.0.1:{PORT}"
ENV = production_env(
    os.environ.get("SCREENSHOTS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clinic_shots"),
    OUT_DIR / "server",
    SITE_URL=BASE_URL,
    # The form is sent once per width from one address and phone: never a rate-limit page.
    APPOINTMENT_RATE_LIMIT="1000",
    APPOINTMENT_RATE_LIMIT_PER_CONTACT="1000",
)
manage = functools.partial(loopback_server.manage, ENV)

# Per page: the layout facts the issue asks for, measured in the page.
MEASURE = """() => {
  const header = document.querySelector(".site-header");
  const wrapped = [...document.querySelectorAll("input[type=radio], input[type=checkbox]")]
    .filter(input => input.labels.length && input.offsetParent)
    .filter(input => {
      const box = input.getBoundingClientRect(), label = input.labels[0].getBoundingClientRect();
      return label.top >= box.bottom - 1;  // the label starts below the control
    }).map(input => input.id);
  return {
    header: header ? Math.round(header.getBoundingClientRect().height) : 0,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    wrapped,
  };
}"""


def page_types():
    """{name: path}: one page of each type, the first of its kind in the sitemap."""
    xml = urllib.request.urlopen(BASE_URL + "/sitemap.xml", timeout=10).read()
    locations = ElementTree.fromstring(xml).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    sitemap = [urlsplit(location.text).path for location in locations]

    def first(pattern):
        return next(path for path in sitemap if re.fullmatch(pattern, path))

    return {
        "home": "/",
        "overview": "/conditions/",
        "condition": first(r"/conditions/[\w-]+/"),
        "cause": first(r"/causes/[\w-]+/"),
        "treatment": first(r"/treatments/[\w-]+/"),
        "guide": first(r"/info/[\w-]+/"),
        "clinicians": "/info/for-clinicians/",
        "directory": "/specialists/?q=botox",
        "directory-none": "/specialists/?q=hekmen+zzqx",
        "profile": first(r"/specialists/[\w-]+/"),
        "stories": "/stories/",
        "story": first(r"/stories/[\w-]+/"),
        "form": FORM,
        "search": "/search/?q=botox",
        "search-none": "/search/?q=zzqx",
        "404": "/no-such-page/",
        # The same kinds in Spanish, whose words run longer (the addresses: locale/es/).
        "es-home": "/es/",
        "es-condition": first(r"/es/condiciones/[\w-]+/"),
        "es-treatment": first(r"/es/tratamientos/[\w-]+/"),
        "es-directory": "/es/especialistas/?q=botox",
        "es-profile": first(r"/es/especialistas/[\w-]+/"),
        "es-story": first(r"/es/historias/[\w-]+/"),
        "es-form": SPANISH_FORM,
        "es-search": "/es/buscar/?q=par%C3%A1lisis+de+bell",
        "es-404": "/es/no-such-page/",
    }


def fill_in_the_form(page):
    page.goto(BASE_URL + FORM)
    for radio in ["id_asker_0", "id_contact_method_0", "id_contact_time_0", "id_interpreter_0",
                  "id_cause_0", "id_affected_side_0", "id_onset_0", "id_referred_0"]:  # fmt: skip
        page.check(f"#{radio}")
    page.fill("#id_patient_name", "Sample Patient")
    page.fill("#id_phone", "402-555-0123")
    page.check("#id_consent_to_contact")


def shoot(page, name, width, problems):
    page.wait_for_load_state("load")
    page.screenshot(path=OUT_DIR / f"{name}-{width}.png", full_page=True)
    facts = page.evaluate(MEASURE)
    if width in PHONE_WIDTHS:
        if facts["header"] > HEADER_LIMIT:
            problems.append(f"{name} at {width}px: header {facts['header']}px")
        if facts["wrapped"]:
            problems.append(f"{name} at {width}px: labels below {', '.join(facts['wrapped'])}")
    if facts["overflow"] > 0:
        problems.append(f"{name} at {width}px: scrolls sideways by {facts['overflow']}px")
    print(f"{name:>16} {width:>5}px  header {facts['header']:>3}px  overflow {facts['overflow']}")


def contact_sheet(name):
    shots = [Image.open(OUT_DIR / f"{name}-{width}.png") for width in WIDTHS]
    gap = 24
    sheet = Image.new(
        "RGB", (sum(s.width for s in shots) + gap * (len(shots) - 1), SHEET_HEIGHT), "#888"
    )
    x = 0
    for shot in shots:
        sheet.paste(shot.crop((0, 0, shot.width, min(shot.height, SHEET_HEIGHT))), (x, 0))
        x += shot.width + gap
    sheet.save(OUT_DIR / f"sheet-{name}.png")


def main():
    (OUT_DIR / "server").mkdir(parents=True, exist_ok=True)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    manage("rebuild_search_index")  # a database from before site search has no index yet
    manage("collectstatic", "--noinput", "-v0")
    server = loopback_server.start_gunicorn(ENV, PORT, OUT_DIR / "gunicorn.log")
    problems = []
    try:
        pages = page_types()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
            )
            for width, height in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in pages.items():
                    page.goto(BASE_URL + path)
                    shoot(page, name, width, problems)
                for name, form in [("form-errors", FORM), ("es-form-errors", SPANISH_FORM)]:
                    page.goto(BASE_URL + form)
                    page.click("#submit-id-submit")
                    shoot(page, name, width, problems)
                # "Was this page helpful?" answered "No": the thanks page and its comment box.
                for name, path in [("feedback", pages["treatment"]),
                                   ("es-feedback", pages["es-treatment"])]:  # fmt: skip
                    page.goto(BASE_URL + path)
                    page.click(".page-feedback button[value=no]")
                    shoot(page, name, width, problems)
                fill_in_the_form(page)
                page.click("#submit-id-submit")
                if not page.url.endswith("/received/"):
                    problems.append(f"the form sent at {width}px did not reach the confirmation")
                shoot(page, "form-sent", width, problems)
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    for name in [*pages, "form-errors", "es-form-errors", "feedback", "es-feedback", "form-sent"]:
        contact_sheet(name)
    print(f"\nScreenshots and contact sheets in {OUT_DIR.name}/")
    print("FAIL:\n  " + "\n  ".join(problems) if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
