"""axe-core (WCAG 2.2 A and AA rules) and reflow at 320 px on every public page and state.

Each check walks all pages in one test: the demo content (with its portraits) loads once.
"""

from axe_playwright_python.sync_playwright import Axe

from scripts.browser_checks import AXE_OPTIONS
from services.demo import demo_items
from specialists.demo import demo_specialists
from tests.helpers import demo_page_paths, demo_stories

PUBLIC_PAGES = [
    "/",
    "/conditions/",
    *demo_page_paths(),
    "/specialists/",
    "/specialists/?q=botox",  # results
    "/specialists/?q=hekmen+zzqx",  # no results, with a spelling suggestion
    "/specialists/?language=Spanish&new_patients=on",  # filters open and in use
    "/specialists/?location=atlantis&page=9&q=" + "x" * 300,  # every kind of notice
    *(f"/specialists/{person['en']['slug']}/" for person in demo_specialists()),
    "/stories/",
    "/stories/?cause=bells-palsy&treatment=static-sling",  # no stories match
    *(f"/stories/{story['slug']}/" for story in demo_stories()),  # with the comparison slider
    "/appointments/request/",
    "/search/",  # no query yet
    "/search/?q=botox",  # results in every group
    "/search/?q=zzqx",  # nothing found
    "/search/?q=gracilus",  # a typo, searched as its likely spelling
    "/a-page-that-does-not-exist/",
    # Spanish: the frame and the switch, a content page (an English slug leads to its address).
    "/es/",
    f"/es/tratamientos/{demo_items('treatments')[0]['en']['slug']}/",
    "/es/especialistas/?q=botox",
    "/es/informacion/para-profesionales-de-la-salud/",  # the page for clinicians, its contact box
    "/es/citas/solicitar/",
    "/es/buscar/?q=par%C3%A1lisis",
    "/es/no-existe/",
]


def describe(violations):
    return "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
    )


def test_axe_finds_no_violations_on_any_public_page(page, site):
    axe, problems = Axe(), {}
    for path in PUBLIC_PAGES:
        page.goto(site + path)
        results = axe.run(page, options=AXE_OPTIONS)
        if violations := results.response["violations"]:
            problems[path] = describe(violations)
    assert problems == {}


def test_nothing_scrolls_sideways_at_320_pixels(page, site):
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}
    for path in PUBLIC_PAGES:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            too_wide[path] = overflow
    assert too_wide == {}


def test_every_image_has_its_size_and_loads(page, site):
    broken = []
    for path in ["/specialists/", "/specialists/jose-nunez/"]:
        page.goto(site + path)
        page.wait_for_load_state("load")
        broken += page.evaluate(
            """() => [...document.images].filter(img => !img.getAttribute('width') ||
                 !img.getAttribute('height') || (img.loading !== 'lazy' && !img.naturalWidth))
                 .map(img => img.currentSrc || img.src)"""
        )
    assert broken == []


def test_axe_finds_no_violations_in_the_style_guide(page, site):
    from django.conf import settings
    from django.test import Client

    from tests.factories import make_staff

    client = Client()
    client.force_login(make_staff())
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site}]
    )
    page.goto(site + "/styleguide/")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.response["violations"] == [], describe(results.response["violations"])
