"""The home page on real screens: compact on a phone, nothing sideways, nothing shifting."""

import pytest

from .test_layout import OVERFLOW

# Layout shift the page has had so far (buffered: shifts before the observer started count).
LAYOUT_SHIFT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  setTimeout(() => resolve(total), 500);
})"""


@pytest.fixture
def screen(chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


def test_on_a_phone_the_heading_and_the_first_path_are_in_the_first_screen(screen, site):
    screen.goto(site + "/")
    heading = screen.get_by_role("heading", level=1).bounding_box()
    first_path = screen.locator(".path").first.bounding_box()
    assert heading["y"] >= 0 and heading["y"] + heading["height"] <= 844
    assert first_path["y"] + first_path["height"] <= 844, first_path


def test_at_320_pixels_nothing_on_the_home_page_scrolls_sideways(screen, site):
    screen.set_viewport_size({"width": 320, "height": 640})
    screen.goto(site + "/")
    for text_size in ["100%", "200%"]:
        screen.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
        assert screen.evaluate(OVERFLOW) <= 0, f"text at {text_size}"


@pytest.mark.parametrize("width", [390, 1280])
def test_the_hero_drawing_loads_without_shifting_the_page(screen, site, width):
    screen.set_viewport_size({"width": width, "height": 900})
    screen.goto(site + "/")
    drawing = screen.locator(".hero__art")
    assert drawing.evaluate("image => image.complete && image.naturalWidth > 0")
    box = drawing.bounding_box()
    assert box["width"] > 0 and abs(box["height"] / box["width"] - 320 / 400) < 0.01
    assert screen.evaluate(LAYOUT_SHIFT) < 0.01


def test_on_a_laptop_the_drawing_sits_beside_the_heading(screen, site):
    screen.set_viewport_size({"width": 1280, "height": 900})
    screen.goto(site + "/")
    heading = screen.get_by_role("heading", level=1).bounding_box()
    drawing = screen.locator(".hero__art").bounding_box()
    assert drawing["x"] > heading["x"] + heading["width"] / 2
    assert drawing["y"] < 900
