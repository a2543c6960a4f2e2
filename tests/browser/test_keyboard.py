import re

from playwright.sync_api import expect


def tab_to(page, name, limit=60):
    """Presses Tab until the focused element's text is `name`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return page.locator(":focus")
    raise AssertionError(f"Tab never reached {name!r}")


def tab_to_id(page, element_id, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return page.locator(f"#{element_id}")
    raise AssertionError(f"Tab never reached #{element_id}")


def test_a_keyboard_user_reaches_a_treatment_page_from_the_home_page(page, site):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to main content")
    page.keyboard.press("Enter")

    page.goto(site + "/")
    tab_to(page, "Conditions & treatments").press("Enter")
    expect(page).to_have_url(re.compile(r"/conditions/$"))

    tab_to(page, "Static sling").press("Enter")
    expect(page).to_have_url(re.compile(r"/treatments/static-sling/$"))
    expect(page.locator("h1")).to_have_text("Static sling")


def test_focus_is_clearly_visible(page, site):
    page.goto(site + "/")
    for name in ["Skip to main content", "Facial Paralysis Program", "Request an appointment"]:
        focused = tab_to(page, name)
        style = focused.evaluate(
            "el => { const s = getComputedStyle(el);"
            " return [s.outlineStyle, s.boxShadow, s.backgroundColor]; }"
        )
        outline, shadow, _background = style
        assert outline != "none" or shadow != "none", f"{name} shows no focus: {style}"


def test_the_site_works_with_javascript_off(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Conditions").click()
    page.get_by_role("link", name="Bell’s palsy").click()
    expect(page.locator("h1")).to_have_text("Bell’s palsy")
    page.get_by_label("Breadcrumb").get_by_role("link", name="Home").click()
    field = page.get_by_label("Search by name, condition or treatment")
    field.fill("heckman")
    page.locator("form", has=field).get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/specialists/\?q=heckman$"))
    # The site search, from the header (the menu is a row of links on a laptop).
    site_search = page.get_by_role("search", name="Site")
    site_search.get_by_label("Search this site").fill("eye won't close")
    site_search.get_by_role("button", name="Search").click()
    expect(page.locator(".search-hits__title").first).to_have_text("Eyelid procedures")
    context.close()


def test_a_keyboard_user_finds_a_misspelt_specialist_filters_and_asks_for_an_appointment(
    page, site
):
    page.goto(site + "/specialists/")
    tab_to_id(page, "id_q")
    page.keyboard.type("okafur")
    page.keyboard.press("Enter")
    expect(page.locator(".result-count")).to_contain_text("found for “okafur”")

    # On a laptop the filters are an open panel: no disclosure to open first.
    language = tab_to_id(page, "id_language")
    for _ in range(20):  # arrow keys move through a closed select's options
        if language.input_value() == "French":
            break
        page.keyboard.press("ArrowDown")
    expect(language).to_have_value("French")
    tab_to(page, "Apply filters").press("Enter")
    expect(page).to_have_url(re.compile(r"q=okafur.*language=French"))
    expect(page.locator(".result-count")).to_contain_text("1 specialist found")

    tab_to(page, "Amara Okafor, MD PhD").press("Enter")
    expect(page.locator("h1")).to_have_text("Amara Okafor, MD PhD")
    tab_to(page, "Request an appointment with Amara Okafor, MD PhD").press("Enter")
    expect(page).to_have_url(re.compile(r"/appointments/request/\?specialist=amara-okafor$"))
