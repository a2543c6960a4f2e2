"""axe-core (WCAG 2.2 A and AA rules) and reflow at 320 px on every public page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from services import demo_content

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PUBLIC_PAGES = [
    "/",
    "/conditions/",
    f"/conditions/{demo_content.CONDITION['slug']}/",
    *(f"/causes/{cause['slug']}/" for cause in demo_content.CAUSES),
    *(f"/treatments/{treatment['slug']}/" for treatment in demo_content.TREATMENTS),
    *(f"/info/{page['slug']}/" for page in demo_content.PAGES),
    "/specialists/",
    "/stories/",
    "/appointments/request/",
    "/a-page-that-does-not-exist/",
]


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
    )


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_axe_finds_no_violations(page, site, path):
    page.goto(site + path)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    assert violations == [], describe(violations)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_nothing_scrolls_sideways_at_320_pixels(page, site, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} is {overflow}px wider than a 320px screen"
