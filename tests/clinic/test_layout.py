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
    assert '<html lang="en-us">' in page
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in page


def test_every_asset_comes_from_this_site(page):
    addresses = re.findall(r'(?:src|href|action)="([^"]*)"', page)
    external = [a for a in addresses if re.match(r"(https?:)?//", a) and "testserver" not in a]
    assert external == []
