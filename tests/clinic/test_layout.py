"""What every page's frame gives a patient: a way past the menu, the phone, the 911 notice."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/", "/conditions/", "/specialists/", "/stories/", "/appointments/request/", "/nope/"]


@pytest.fixture(params=PAGES)
def page(request, client, demo_content):
    return client.get(request.param).content.decode()


def test_the_first_link_skips_to_the_main_content(page):
    first_link = re.search(r"<a [^>]*>", page).group(0)
    assert 'href="#main"' in first_link
    assert '<main id="main"' in page


def test_the_main_navigation_reaches_every_part_of_the_site(page):
    nav = re.search(r'<nav class="site-nav".*?</nav>', page, re.S).group(0)
    for href in ["/conditions/", "/specialists/", "/stories/", "/appointments/request/"]:
        assert f'href="{href}"' in nav


def test_the_phone_number_can_be_tapped_to_call(page):
    call = re.search(r'<a class="site-header__call" href="tel:\+18009220000">(.*?)</a>', page, re.S)
    # The button shows "Call"; its accessible name carries the number too.
    words = re.sub(r"<[^>]+>", " ", call.group(1)).split()
    assert words == ["Call", "800.922.0000"]


def test_the_menu_opens_without_javascript(page):
    menu = re.search(r'<details class="site-menu">\s*<summary class="site-menu__button">', page)
    assert menu and '<nav class="site-nav"' in page[menu.end() :]


def test_the_footer_says_this_site_is_not_for_emergencies(page):
    assert "can be a stroke. Call 911 right away" in page
    assert "This website is not for emergencies." in page


def test_the_page_declares_its_language_and_viewport(page):
    assert page.startswith("<!doctype html>")
    assert '<html lang="en">' in page
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in page


def test_every_asset_comes_from_this_site(page):
    addresses = re.findall(r'(?:src|href|action)="([^"]*)"', page)
    external = [a for a in addresses if re.match(r"(https?:)?//", a) and "testserver" not in a]
    assert external == []


def css_rules(css):
    """(enclosing at-rule preludes, selector, declarations) for every rule in a stylesheet."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    stack, rules, start = [], [], 0
    for match in re.finditer(r"[{}]", css):
        if match.group() == "{":
            prelude = css[start : match.start()].strip()
            end = css.index("}", match.end())
            if prelude.startswith("@") or "{" in css[match.end() : end]:
                stack.append(prelude)
            else:
                rules.append((list(stack), prelude, css[match.end() : end]))
                stack.append(None)
        else:
            stack.pop()
        start = match.end()
    return rules


def test_a_disclosure_hides_its_button_only_where_the_browser_can_show_its_content():
    # Without ::details-content a closed <details> hides its links: the menu and the filters
    # would be gone on a wide screen in older browsers, so their summary must stay.
    from django.conf import settings

    css = (settings.BASE_DIR / "static/css/site.css").read_text()
    hiding = [
        (preludes, selector)
        for preludes, selector, declarations in css_rules(css)
        if re.search(r"summary|site-menu__button", selector)
        and "marker" not in selector  # the triangle, not the button
        and re.search(r"display:\s*none", declarations)
    ]
    assert hiding, "the wide-screen rules that hide the disclosure buttons were not found"
    for preludes, selector in hiding:
        assert any(p and "@supports selector(::details-content)" in p for p in preludes), selector
