"""Every public URL: security headers on each response, and no request to another site."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db
ORIGIN = "http://testserver"
# Links a patient may choose to follow; the page itself never loads anything from them.
NAVIGATION_ONLY_HOSTS = {"www.openstreetmap.org"}
CSP_MUST_HAVE = ["default-src 'self'", "object-src 'none'", "base-uri 'self'",
                 "form-action 'self'", "frame-ancestors 'none'"]  # fmt: skip


@pytest.fixture
def public_urls(client, tmp_path):
    """Sitemap pages, the forms and their states, the error pages, and the text files."""
    call_command("load_demo_content", stdout=open(tmp_path / "log", "w"))
    sitemap = client.get("/sitemap.xml").content.decode()
    pages = [urlsplit(url).path for url in re.findall(r"<loc>(.*?)</loc>", sitemap)]
    assert len(pages) > 30
    return [*pages, "/specialists/?q=botox", "/specialists/?q=hekmen", "/stories/?cause=x",
            "/appointments/request/", "/appointments/request/?specialist=jose-nunez",
            "/no-such-page/", "/robots.txt", "/sitemap.xml", "/healthz",
            f"/{settings.ADMIN_PATH}login/"]  # fmt: skip


@pytest.fixture
def production_security(settings):
    """What production turns on (see test_settings for the settings themselves)."""
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True


def assert_security_headers(response, url):
    headers = response.headers
    assert headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    ), url
    assert headers["X-Content-Type-Options"] == "nosniff", url
    assert headers["Referrer-Policy"] == "same-origin", url
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin", url
    for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()"]:
        assert feature in headers["Permissions-Policy"], url
    csp = headers["Content-Security-Policy"]
    assert all(directive in csp for directive in CSP_MUST_HAVE), (url, csp)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url


def test_every_public_response_carries_the_security_headers(public_urls, production_security):
    client = Client()
    for url in public_urls:
        response = client.get(url, secure=True)
        assert response.status_code in (200, 404), url
        assert_security_headers(response, url)
    post = client.post("/appointments/request/", {}, secure=True)  # the form with its errors
    assert_security_headers(post, "form errors")
    media = client.get(re.search(r'src="(/media/[^"]+)"', client.get(
        "/specialists/jose-nunez/", secure=True).content.decode())[1], secure=True)  # fmt: skip
    assert media["X-Content-Type-Options"] == "nosniff"
    assert media["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_cookies_are_secure_http_only_and_same_site(production_security):
    response = Client().get("/appointments/request/", secure=True)
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"


class ResourceCollector(HTMLParser):
    """Every address a page would load (or send a form to) by itself."""

    def __init__(self):
        super().__init__()
        self.loaded, self.followed = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "action", "poster", "data"):
            if attrs.get(name):
                self.loaded.append(attrs[name])
        for name in ("srcset", "imagesrcset"):
            if attrs.get(name):
                self.loaded += [part.split()[0] for part in attrs[name].split(",")]
        if attrs.get("href"):
            (self.followed if tag == "a" else self.loaded).append(attrs["href"])
        if tag == "meta" and attrs.get("content", "").startswith(("http:", "https:", "//")):
            self.loaded.append(attrs["content"])
        self.loaded += re.findall(r"url\(['\"]?([^'\")]+)", attrs.get("style") or "")


def other_origins(addresses):
    found = set()
    for address in addresses:
        parts = urlsplit(address)
        if parts.scheme in ("tel", "mailto") or (not parts.netloc and not parts.scheme):
            continue
        if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
            found.add(address)
    return found


def test_no_public_page_loads_anything_from_another_site(client, public_urls):
    problems = {}
    for url in public_urls:
        collector = ResourceCollector()
        collector.feed(client.get(url).content.decode())
        outside = other_origins(collector.loaded)
        outside |= {a for a in other_origins(collector.followed)
                    if urlsplit(a).netloc not in NAVIGATION_ONLY_HOSTS}  # fmt: skip
        if outside:
            problems[url] = outside
    assert problems == {}


def test_no_stylesheet_loads_anything_from_another_site():
    for stylesheet in Path(settings.BASE_DIR, "static").rglob("*.css"):
        urls = re.findall(r"url\(['\"]?([^'\")]+)", stylesheet.read_text())
        assert other_origins(u for u in urls if not u.startswith("data:")) == set(), stylesheet
        assert "@import" not in stylesheet.read_text(), stylesheet


# Chromium logs "Unrecognized feature" on every page for a name it does not know ("bluetooth"
# was one): each of these was checked in Chromium 156's console (tests/browser/test_console.py
# checks the browser itself). Add a feature only once browsers know it.
FEATURES_TURNED_OFF = {
    "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture", "geolocation",
    "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
    "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
}  # fmt: skip


def test_the_permissions_policy_names_only_features_browsers_know(client):
    policy = client.get("/robots.txt")["Permissions-Policy"]
    assert {item.removesuffix("=()") for item in policy.split(", ")} == FEATURES_TURNED_OFF
