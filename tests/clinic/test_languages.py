"""The site in each language: addresses, translated slugs, the language switch, alternates."""

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    make_cause,
    make_condition,
    make_page,
    make_specialist,
    make_story,
    make_treatment,
)
from tests.helpers import json_ld_blocks

pytestmark = pytest.mark.django_db

LANG = re.compile(r'<html lang="([^"]+)">')
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')
SWITCH = re.compile(r'<a class="site-header__language" href="([^"]+)" lang="([^"]+)" '
                    r'hreflang="([^"]+)">\s*<svg .*?</svg>\s*([^<]+?)\s*</a>', re.S)  # fmt: skip


@pytest.fixture
def bilingual_site(db):
    """One of each page, some with a Spanish slug and some without (slug_es NULL)."""
    condition = make_condition(slug="facial-paralysis", slug_es="paralisis-facial")
    cause = make_cause(condition, slug="bells-palsy")  # no Spanish slug yet
    treatment = make_treatment(
        [condition], slug="botox-and-injections", slug_es="botox-e-inyecciones"
    )
    page = make_page(slug="first-visit", slug_es="primera-visita")
    specialist = make_specialist(slug="ana-ruiz", treatments=[treatment])
    story = make_story(slug="mayas-journey", slug_es="el-camino-de-maya", treatments=[treatment])
    return {
        "condition": condition,
        "cause": cause,
        "treatment": treatment,
        "page": page,
        "specialist": specialist,
        "story": story,
    }


def sitemap_pages(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    return [urlsplit(url).path for url in re.findall(r"<loc>(.*?)</loc>", sitemap)]


def language_of(path):
    return "es" if path.startswith("/es/") else "en"


def test_spanish_addresses_use_spanish_words_and_spanish_slugs(bilingual_site):
    with translation.override("es"):
        assert reverse("services:overview") == "/es/condiciones/"
        assert reverse("specialists:index") == "/es/especialistas/"
        assert reverse("stories:index") == "/es/historias/"
        assert reverse("appointments:request") == "/es/citas/solicitar/"
        assert reverse("appointments:received") == "/es/citas/solicitar/recibida/"
        urls = {name: item.get_absolute_url() for name, item in bilingual_site.items()}
    assert urls == {
        "condition": "/es/condiciones/paralisis-facial/",
        "cause": "/es/causas/bells-palsy/",  # no Spanish slug: the English one is its address
        "treatment": "/es/tratamientos/botox-e-inyecciones/",
        "page": "/es/informacion/primera-visita/",
        "specialist": "/es/especialistas/ana-ruiz/",  # specialists keep one slug, their name
        "story": "/es/historias/el-camino-de-maya/",
    }
    # English keeps today's addresses.
    assert bilingual_site["treatment"].get_absolute_url() == "/treatments/botox-and-injections/"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/es/tratamientos/botox-and-injections/", "/es/tratamientos/botox-e-inyecciones/"),
        ("/es/condiciones/facial-paralysis/", "/es/condiciones/paralisis-facial/"),
        ("/es/informacion/first-visit/", "/es/informacion/primera-visita/"),
        ("/es/historias/mayas-journey/", "/es/historias/el-camino-de-maya/"),
        # A Spanish slug on the English side: the English page.
        ("/treatments/botox-e-inyecciones/", "/treatments/botox-and-injections/"),
        ("/stories/el-camino-de-maya/", "/stories/mayas-journey/"),
    ],
)
def test_another_languages_slug_redirects_to_the_pages_address(client, bilingual_site, old, new):
    response = client.get(old + "?utm_source=leaflet")
    assert response.status_code == 301
    assert response["Location"] == new + "?utm_source=leaflet"
    assert client.get(new).status_code == 200


def test_a_page_without_a_spanish_slug_answers_at_its_english_slug_in_spanish(
    client, bilingual_site
):
    response = client.get("/es/causas/bells-palsy/")
    assert response.status_code == 200
    assert LANG.search(response.content.decode())[1] == "es"


def test_a_drafts_slug_neither_opens_nor_redirects(client, bilingual_site):
    draft = make_treatment(slug="draft-one", slug_es="borrador", status="draft")
    for path in ["/es/tratamientos/draft-one/", "/treatments/borrador/"]:
        assert client.get(path).status_code == 404
    assert draft.pk


@pytest.mark.parametrize(
    "path",
    [
        "/fr/",
        "/fr/treatments/botox-and-injections/",
        "/es-xx/",
        "/es-xx/tratamientos/botox-e-inyecciones/",
        "/en/",  # English has no prefix
        "/es/treatments/botox-and-injections/",  # English words under /es/
        "/tratamientos/botox-e-inyecciones/",  # Spanish words without /es/
        "/es/tratamientos/no-such-page/",
        "/language/fr/",
        "/language/es-xx/",
    ],
)
def test_unknown_languages_and_mixed_addresses_are_a_normal_404(client, bilingual_site, path):
    response = client.get(path)
    assert response.status_code == 404
    assert (
        "Page not found" in response.content.decode()
        or "es" in LANG.search(response.content.decode())[1]
    )


@pytest.mark.parametrize(
    "header",
    ["es;q=abc", ";;;,,,", "x" * 5000, "es-\x00", "*", "es-MX,es;q=0.9", "zz-ZZ;q=1.5"],
)
def test_a_mangled_accept_language_header_changes_nothing(client, bilingual_site, header):
    for path in ["/", "/treatments/botox-and-injections/", "/es/", "/sitemap.xml"]:
        response = client.get(path, headers={"accept-language": header})
        assert response.status_code == 200, path
    # English addresses stay English whatever the browser asks for.
    assert (
        LANG.search(client.get("/", headers={"accept-language": header}).content.decode())[1]
        == "en"
    )


@pytest.mark.parametrize("cookie", ["fr", "x" * 5000, "\x00", "", "es;en", "%ff"])
def test_a_mangled_language_cookie_is_ignored(client, bilingual_site, cookie):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    for path in ["/", "/treatments/botox-and-injections/", "/es/tratamientos/botox-e-inyecciones/"]:
        assert client.get(path).status_code == 200, path


def test_a_regional_language_cookie_reads_as_its_language(client, bilingual_site):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es-MX"  # as Django reads it: Spanish
    assert client.get("/")["Location"] == "/es/"


def test_every_page_in_both_languages_has_its_lang_its_alternates_and_a_switch(
    client, bilingual_site
):
    pages = sitemap_pages(client)
    english = [path for path in pages if language_of(path) == "en"]
    spanish = [path for path in pages if language_of(path) == "es"]
    assert len(english) == len(spanish) == 11
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        language = language_of(path)
        assert LANG.search(html)[1] == language, path
        alternates = dict(ALTERNATE.findall(html))
        assert set(alternates) == {"en", "es", "x-default"}, path
        assert alternates[language] == f"http://testserver{path}", path
        assert alternates["x-default"] == alternates["en"]
        assert f'<meta property="og:locale" content="{language}_US">' in html

        ((href, lang, hreflang, text),) = SWITCH.findall(html)
        other = "en" if language == "es" else "es"
        assert lang == hreflang == other
        assert text == {"en": "English", "es": "Español"}[other]
        landed = client.get(unescape(href), follow=True)
        assert landed.status_code == 200, href
        final = landed.redirect_chain[-1][0]
        assert final == urlsplit(alternates[other]).path, path  # the same page, not home
        assert LANG.search(landed.content.decode())[1] == other


def test_the_sitemap_lists_each_page_in_each_language_with_its_alternates(client, bilingual_site):
    sitemap = client.get("/sitemap.xml").content.decode()
    entry = re.search(
        r"<url><loc>http://testserver/es/tratamientos/botox-e-inyecciones/</loc>.*?</url>",
        sitemap,
    )[0]
    assert (
        '<xhtml:link rel="alternate" hreflang="en" '
        'href="http://testserver/treatments/botox-and-injections/"/>'
    ) in entry
    assert (
        '<xhtml:link rel="alternate" hreflang="es" '
        'href="http://testserver/es/tratamientos/botox-e-inyecciones/"/>'
    ) in entry
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" '
        'href="http://testserver/treatments/botox-and-injections/"/>'
    ) in entry


def test_the_switch_keeps_a_directory_search_and_its_filters(client, bilingual_site):
    treatment = bilingual_site["treatment"]
    other = make_specialist(name="Sample Otherwise")  # who does not offer the treatment
    query = f"q=Sample&treatment={treatment.slug}&page=1"
    html = client.get(f"/specialists/?{query}").content.decode()
    ((href, *_),) = SWITCH.findall(html)
    landed = client.get(unescape(href), follow=True)
    assert landed.redirect_chain[-1][0] == f"/es/especialistas/?{query}"
    content = landed.content.decode()
    # The treatment filter still applies in Spanish (its value is the same in both languages).
    assert bilingual_site["specialist"].display_name in content
    assert other.display_name not in content


def test_the_switch_remembers_the_language_in_a_long_lived_lax_cookie(client, bilingual_site):
    response = client.get("/language/es/", {"next": "/es/tratamientos/botox-e-inyecciones/"})
    assert response.status_code == 302
    assert response["Location"] == "/es/tratamientos/botox-e-inyecciones/"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "es"
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"]
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    "next_page",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)",
     "es/", "", "\x00/"],
)  # fmt: skip
def test_the_switch_goes_only_to_this_sites_pages(client, next_page):
    response = client.get("/language/es/", {"next": next_page})
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_the_switch_cannot_put_a_header_in_its_redirect(client):
    response = client.get("/language/es/", {"next": "/es/\r\nSet-Cookie: x=1"})
    assert response.status_code == 302
    assert "\n" not in response["Location"] and "x" not in response.cookies


def test_a_visitor_who_chose_spanish_opens_the_home_page_in_spanish(client, bilingual_site):
    client.get("/language/es/", {"next": "/es/"})
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/es/"
    assert "Cookie" in response["Vary"]
    # Only the home page: a shared link to an English page still opens in English.
    english = client.get("/treatments/botox-and-injections/")
    assert english.status_code == 200 and LANG.search(english.content.decode())[1] == "en"
    # Switching back to English is remembered too.
    client.get("/language/en/", {"next": "/"})
    home = client.get("/")
    assert home.status_code == 200 and "Cookie" in home["Vary"]


def test_the_switch_puts_no_session_or_csrf_token_on_public_pages(client, bilingual_site):
    client.get("/language/es/", {"next": "/es/"})
    response = client.get("/es/")
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert set(client.cookies) == {settings.LANGUAGE_COOKIE_NAME}


def test_structured_data_gives_the_page_language_and_its_addresses(client, bilingual_site):
    html = client.get("/es/tratamientos/botox-e-inyecciones/").content.decode()
    page, breadcrumbs = json_ld_blocks(html)
    assert page["inLanguage"] == "es"
    assert page["url"] == "http://testserver/es/tratamientos/botox-e-inyecciones/"
    assert [crumb["item"] for crumb in breadcrumbs["itemListElement"]] == [
        "http://testserver/es/",
        "http://testserver/es/condiciones/",
        "http://testserver/es/tratamientos/botox-e-inyecciones/",
    ]
    canonical = "http://testserver/es/tratamientos/botox-e-inyecciones/"
    assert f'<link rel="canonical" href="{canonical}">' in html
    english = json_ld_blocks(client.get("/treatments/botox-and-injections/").content.decode())[0]
    assert english["inLanguage"] == "en"


def test_the_spanish_home_page_names_the_spanish_guides(client, bilingual_site):
    why = make_page(slug="why-choose-us", slug_es="por-que-elegirnos", title_es="Por qué")
    html = client.get("/es/").content.decode()
    assert "/es/informacion/primera-visita/" in html
    assert why.pk and "/es/informacion/por-que-elegirnos/" in html


def test_the_404_page_has_no_alternates_and_switches_to_the_other_home(client):
    html = client.get("/no-such-page/").content.decode()
    assert not ALTERNATE.findall(html)
    ((href, *_),) = SWITCH.findall(html)
    assert client.get(unescape(href))["Location"] == "/es/"


def test_robots_txt_keeps_crawlers_off_the_switch(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert {"Disallow: /language/en/", "Disallow: /language/es/"} <= set(lines)
