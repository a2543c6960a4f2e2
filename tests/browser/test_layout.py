"""The site's frame and layout on phones: a one-row header, a menu that opens by keyboard,
nothing wider than the screen (even with text at 200%), controls beside their labels."""

import re

import pytest
from playwright.sync_api import expect

from specialists.demo import demo_specialists
from tests.helpers import demo_stories

from .test_accessibility import PUBLIC_PAGES
from .test_keyboard import tab_to

PHONES = [320, 390]
PROFILE = f"/specialists/{demo_specialists()[0]['en']['slug']}/"
STORY = f"/stories/{demo_stories()[0]['slug']}/"
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    yield page
    context.close()


def test_the_header_is_one_short_row_on_phones(phone, site):
    too_tall = {}
    for width in PHONES:
        phone.set_viewport_size({"width": width, "height": 800})
        # Spanish too: its words ("Programa de Parálisis Facial", "Llamar") run longer.
        for path in [
            "/",
            "/appointments/request/",
            "/specialists/",
            PROFILE,
            "/es/",
            "/es/citas/solicitar/",
        ]:
            phone.goto(site + path)
            height = phone.locator(".site-header").bounding_box()["height"]
            if height > 72:
                too_tall[f"{path} at {width}px"] = height
            expect(phone.locator(".site-nav")).to_be_hidden()
    assert too_tall == {}


def test_the_call_button_says_call_and_carries_the_number(phone, site):
    phone.goto(site + "/")
    call = phone.get_by_role("banner").get_by_role("link", name="Call 800.922.0000", exact=True)
    expect(call).to_be_visible()
    expect(call).to_have_attribute("href", "tel:+18009220000")


def announced_as_expanded(page, name):
    """The expanded state Chromium gives screen readers for the control called `name`."""
    nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    for node in nodes:
        if node.get("name", {}).get("value") == name and node.get("properties"):
            states = {p["name"]: p["value"]["value"] for p in node["properties"]}
            if "expanded" in states:
                return states["expanded"]
    raise AssertionError(f"No expandable control called {name!r}")


def phone_page(chromium, url, width, javascript):
    context = chromium.new_context(
        viewport={"width": width, "height": 2 * width}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(url)
    return context, page


@pytest.mark.parametrize("javascript", [False, True], ids=["javascript off", "javascript on"])
def test_the_menu_opens_by_keyboard(chromium, site, javascript):
    context, page = phone_page(chromium, site + "/stories/", 390, javascript)
    tab_to(page, "Menu")
    assert announced_as_expanded(page, "Menu") is False
    page.keyboard.press("Enter")
    assert announced_as_expanded(page, "Menu") is True
    nav = page.get_by_role("navigation", name="Main")
    expect(nav).to_be_visible()
    # The current section is marked, for eyes and for screen readers.
    expect(nav.get_by_role("link", name="Patient stories")).to_have_attribute(
        "aria-current", "true"
    )
    # The site search comes first in the menu, then its links.
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_accessible_name("Search this site")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Conditions & treatments")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Conditions & treatments")
    context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["javascript off", "javascript on"])
def test_the_header_search_works_by_keyboard_on_the_narrowest_phone(chromium, site, javascript):
    context, page = phone_page(chromium, site + "/es/", 320, javascript)
    tab_to(page, "Menú")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    field = page.locator(":focus")
    expect(field).to_have_accessible_name("Buscar en este sitio")
    box = field.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320 and box["height"] >= 44, box
    page.keyboard.type("parálisis de Bell")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/es/buscar/\?q="))
    expect(page.locator("h1")).to_contain_text("parálisis de Bell")
    expect(page.locator(".search-hits__title").first).to_have_text("Parálisis de Bell")
    context.close()


def test_on_a_laptop_the_navigation_is_one_row_and_the_menu_button_is_gone(page, site):
    page.goto(site + "/specialists/")
    expect(page.locator(".site-menu__button")).to_be_hidden()
    links = page.get_by_role("navigation", name="Main").get_by_role("link")
    expect(links).to_have_count(4)
    tops = {round(box["y"]) for box in (link.bounding_box() for link in links.all())}
    assert len(tops) == 1, tops
    # The site search sits in the bar above the links, after the site's name.
    search = page.get_by_role("search", name="Site").get_by_role("searchbox")
    expect(search).to_be_visible()
    field, name = search.bounding_box(), page.locator(".site-header__name").bounding_box()
    assert field["x"] > name["x"] + name["width"]
    assert field["y"] + field["height"] <= min(links.first.bounding_box()["y"], 64)
    # The directory's filters read as an open panel: no disclosure to open first.
    expect(page.get_by_label("Language spoken")).to_be_visible()


def test_nothing_scrolls_sideways_on_phones_even_with_text_at_200_percent(phone, site):
    too_wide = {}
    for width in PHONES:
        phone.set_viewport_size({"width": width, "height": 800})
        for path in PUBLIC_PAGES:
            phone.goto(site + path)
            for text_size in ["100%", "200%"]:
                phone.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
                if (overflow := phone.evaluate(OVERFLOW)) > 0:
                    too_wide[f"{path} at {width}px, text {text_size}"] = overflow
    assert too_wide == {}


def test_every_radio_and_checkbox_sits_on_the_line_of_its_label(phone, site):
    phone.goto(site + "/appointments/request/")
    for width in PHONES:
        phone.set_viewport_size({"width": width, "height": 800})
        misplaced = phone.evaluate(
            """() => [...document.querySelectorAll('.appointment-form input[type=radio],'
                                                   + '.appointment-form input[type=checkbox]')]
              .map(input => {
                const box = input.getBoundingClientRect();
                const label = document.querySelector(`label[for="${input.id}"]`);
                const line = label.getClientRects()[0];  // the label's first line box
                const row = input.closest('.form-check').getBoundingClientRect();
                const beside = line.left >= box.right && box.bottom > line.top
                  && box.top < line.bottom;
                return beside && row.height >= 44 ? null : label.textContent.trim();
              }).filter(Boolean)"""
        )
        assert misplaced == [], f"at {width}px"


def test_a_field_reached_from_the_error_summary_shows_its_question(phone, site):
    phone.goto(site + "/appointments/request/")
    phone.get_by_role("button", name="Send request").click()
    phone.locator(".error-summary").get_by_role("link").first.click()
    question = phone.locator("#div_id_asker legend")
    expect(question).to_be_in_viewport()
    assert question.bounding_box()["y"] >= 0


def test_in_forced_colours_the_current_section_and_the_slider_divider_still_show(chromium, site):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, forced_colors="active")
    page = context.new_page()
    page.goto(site + "/stories/")
    colours = page.evaluate(
        """() => [...document.querySelectorAll('.site-nav a')].map(a => [
             a.hasAttribute('aria-current'), getComputedStyle(a).borderBottomColor])"""
    )
    current = {colour for is_current, colour in colours if is_current}
    others = {colour for is_current, colour in colours if not is_current}
    page_colour = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert len(current) == 1 and current.isdisjoint(others) and others == {page_colour}

    page.goto(site + STORY)
    divider = page.evaluate(
        """() => { const s = getComputedStyle(
                 document.querySelector('.compare__before picture'), '::after');
               return [s.forcedColorAdjust, s.backgroundColor]; }"""
    )
    assert divider[0] == "none" and divider[1] != page_colour
    context.close()
