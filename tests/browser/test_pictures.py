"""Pictures in their place: a profile leads with the name and the request button on a phone."""

import pytest

from specialists.demo import demo_specialists

SPECIALISTS = [item["en"] for item in demo_specialists()]
SAMPLE = next(person for person in SPECIALISTS if person["portrait"])
WITHOUT_PHOTO = next(person for person in SPECIALISTS if not person["portrait"])


@pytest.mark.parametrize("person", [SAMPLE, WITHOUT_PHOTO], ids=["with portrait", "without"])
def test_on_a_phone_the_name_and_request_button_are_on_the_first_screen(chromium, site, person):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site}/specialists/{person['slug']}/")
    heading = page.locator("h1").bounding_box()
    button = page.locator(".profile .button").bounding_box()
    assert heading["y"] >= 0 and heading["y"] + heading["height"] <= 844
    assert button["y"] + button["height"] <= 844, f"the request button ends at {button}"
    pictures = page.locator(".profile img")
    if person["portrait"]:
        picture = pictures.bounding_box()
        assert picture["y"] >= button["y"] + button["height"]  # after the button, not above it
        assert picture["width"] <= 240  # a modest portrait, not a screen-wide block
        badge = page.locator(".profile__photo figcaption").bounding_box()
        assert badge["y"] >= picture["y"] + picture["height"]  # "Illustration" outside the image
    else:
        assert pictures.count() == 0 and page.locator(".profile__photo").count() == 0
    context.close()


def test_on_a_wide_screen_the_portrait_sits_beside_the_introduction(page, site):
    page.goto(f"{site}/specialists/{SAMPLE['slug']}/")
    picture = page.locator(".profile img").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert picture["x"] + picture["width"] <= heading["x"]
    assert abs(picture["y"] - heading["y"]) < 40
