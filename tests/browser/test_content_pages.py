"""Content pages at a readable measure, with the sidebar beside the text on a laptop and
after it on a phone."""

import pytest

from .test_layout import OVERFLOW

CONTENT_PAGES = [
    "/conditions/facial-paralysis/", "/treatments/static-sling/", "/info/first-visit/",
    "/info/when-to-see-a-specialist/",
]  # fmt: skip

# The text column's width in characters: its width over that of a "0" in its own font (CSS's ch).
MEASURE = """() => {
  const text = document.querySelector('.content-page__text');
  const probe = document.createElement('span');
  probe.textContent = '0';
  text.querySelector('p:not([class])').append(probe);  // a paragraph of the text's own font
  const zero = probe.getBoundingClientRect().width;
  probe.remove();
  const style = getComputedStyle(text);
  const width = text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return width / zero;
}"""


def box(page, selector):
    return page.locator(selector).bounding_box()


@pytest.mark.parametrize("path", CONTENT_PAGES)
def test_on_a_laptop_the_text_keeps_a_readable_measure_with_the_sidebar_beside_it(page, site, path):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site + path)
    assert 60 <= page.evaluate(MEASURE) <= 80
    text, aside = box(page, ".content-page__text"), box(page, ".content-page__aside")
    assert aside["x"] >= text["x"] + text["width"]  # to its right
    assert aside["y"] < text["y"] + 200  # level with its top, not below it
    assert page.locator(".on-this-page").is_visible()
    cta = box(page, ".content-page > .cta")
    assert cta["x"] == aside["x"] and cta["y"] >= aside["y"] + aside["height"]


@pytest.mark.parametrize("path", CONTENT_PAGES)
def test_on_a_phone_the_sidebar_follows_the_text(page, site, path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + path)
    text, aside = box(page, ".content-page__text"), box(page, ".content-page__aside")
    assert aside["y"] >= text["y"] + text["height"]
    assert abs(aside["x"] - text["x"]) < 1
    # Links to sections already passed would only send the reader back up: not shown here.
    assert not page.locator(".on-this-page").is_visible()
    for width in (320, 390):
        page.set_viewport_size({"width": width, "height": 800})
        assert page.evaluate(OVERFLOW) <= 0, f"{path} scrolls sideways at {width}px"
