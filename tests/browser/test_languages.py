"""The language switch on a phone, by keyboard: the same page in the other language."""

from playwright.sync_api import expect

from .test_keyboard import tab_to


def test_a_keyboard_user_switches_a_page_to_spanish_and_back_on_a_phone(chromium, site):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site + "/treatments/botox-and-injections/")
    assert page.locator(".site-header").bounding_box()["height"] <= 64

    switch = tab_to(page, "Español")
    expect(switch).to_have_attribute("lang", "es")
    expect(switch).to_have_attribute("hreflang", "es")
    switch.press("Enter")
    page.wait_for_url("**/es/tratamientos/**")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert page.locator(".site-header").bounding_box()["height"] <= 64
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") == 0

    # The home page now opens in Spanish; the switch takes it back to English.
    page.goto(site + "/")
    page.wait_for_url(site + "/es/")
    tab_to(page, "English").press("Enter")
    page.wait_for_url(site + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()
