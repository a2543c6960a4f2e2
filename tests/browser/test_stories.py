import re

from playwright.sync_api import expect

from tests.helpers import demo_stories

from .test_keyboard import tab_to_id

STORY = demo_stories()[0]
REVOKED = demo_stories(revoked=True)[0]


def test_the_comparison_slider_works_by_keyboard_and_says_where_it_is(page, site):
    page.goto(f"{site}/stories/{STORY['slug']}/")
    slider = page.locator(".compare__range").first
    expect(slider).to_have_value("50")
    tab_to_id(page, slider.get_attribute("id"))
    for key, value in [("ArrowRight", "51"), ("End", "100"), ("Home", "0"), ("ArrowRight", "1")]:
        page.keyboard.press(key)
        expect(slider).to_have_value(value)
    label = STORY["photo_pairs"][0]
    expect(slider).to_have_attribute(
        "aria-valuetext", f"1% {label['before_label']}, 99% {label['after_label']}"
    )
    after = page.locator(".compare__after picture").first
    assert after.evaluate("el => getComputedStyle(el).clipPath") == "inset(0px 0px 0px 1%)"


def test_the_slider_follows_the_pointer(page, site):
    page.goto(f"{site}/stories/{STORY['slug']}/")
    box = page.locator(".compare__before picture").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.25, box["y"] + box["height"] / 2)
    expect(page.locator(".compare__range").first).to_have_value("25")


def test_without_javascript_the_photos_stay_side_by_side(chromium, site):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/stories/{STORY['slug']}/")
    assert page.locator(".compare__range").count() == 0
    expect(page.locator(".compare__before img").first).to_be_visible()
    expect(page.locator(".compare__after img").first).to_be_visible()
    context.close()


def test_a_story_with_revoked_consent_cannot_be_reached(page, site):
    response = page.goto(f"{site}/stories/{REVOKED['slug']}/")
    assert response.status == 404
    page.goto(f"{site}/stories/")
    expect(page.get_by_text(re.compile(REVOKED["title"][:20]))).to_have_count(0)


def test_adding_the_slider_moves_nothing_on_the_page(chromium, site):
    context = chromium.new_context(viewport={"width": 390, "height": 844})  # a phone
    page = context.new_page()
    page.goto(f"{site}/stories/{STORY['slug']}/")
    expect(page.locator(".compare__range").first).to_be_visible()
    shift = page.evaluate(
        """() => new Promise(done => {
             let total = 0;
             new PerformanceObserver(list => list.getEntries().forEach(e => total += e.value))
               .observe({type: "layout-shift", buffered: true});
             setTimeout(() => done(total), 500);
           })"""
    )
    assert shift < 0.01  # cumulative layout shift; Lighthouse counts 0.1 as "poor" already
    context.close()
