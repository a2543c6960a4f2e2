"""The content pages' layout: "In short" and key facts at the top, the text, then a sidebar
with "On this page" links to the text's sections."""

import re
from html.parser import HTMLParser

import pytest

from services.models import Treatment
from tests.factories import make_condition, make_page, make_treatment
from tests.helpers import demo_page_paths

pytestmark = pytest.mark.django_db

DEMO_PAGES = demo_page_paths()


class Outline(HTMLParser):
    """Every id on the page, the "On this page" links, and the order of article and aside."""

    def __init__(self):
        super().__init__()
        self.ids, self.toc_links, self.landmarks = [], [], []
        self._in_toc = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag in ("article", "aside") and "content-page" in attrs.get("class", ""):
            self.landmarks.append((tag, attrs.get("aria-label")))
        if tag == "nav" and "on-this-page" in attrs.get("class", ""):
            self._in_toc = True
        if tag == "a" and self._in_toc:
            self.toc_links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_toc = False


def outline(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parser = Outline()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.parametrize("url", DEMO_PAGES)
def test_on_this_page_links_go_to_the_pages_own_unique_headings(client, demo_content, url):
    page = outline(client, url)
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    # "Why choose our program" is the seed's two paragraphs, without headings.
    assert page.toc_links or url == "/info/why-choose-us/", "no On this page links"
    assert all(link.startswith("#") and link[1:] in page.ids for link in page.toc_links)


@pytest.mark.parametrize("url", [url for url in DEMO_PAGES if url != "/info/why-choose-us/"])
def test_the_sidebar_comes_after_the_text(client, demo_content, url):
    assert outline(client, url).landmarks == [("article", None), ("aside", "Related")]


def test_a_page_with_nothing_for_the_sidebar_has_no_empty_landmark(client, demo_content):
    # The seed's two paragraphs: no sections to list, and guide pages name no specialists.
    assert outline(client, "/info/why-choose-us/").landmarks == [("article", None)]


def test_on_this_page_lists_the_text_and_the_pages_own_sections_in_order(client, demo_content):
    content = client.get("/conditions/facial-paralysis/").content.decode()
    nav = re.search(r'<nav class="on-this-page".*?</nav>', content, re.S).group()
    assert re.findall(r'<a href="#([^"]+)">([^<]+)</a>', nav) == [
        ("causes-heading", "Causes"),
        ("expect-heading", "What to expect"),
        ("when-heading", "When to get help"),
        ("treatments-heading", "Treatments"),
        ("clinicians-heading", "For clinicians"),
    ]
    sling = client.get("/treatments/static-sling/").content.decode()
    assert '<a href="#section-who-it-may-help">Who it may help</a>' in sling
    assert '<a href="#related-heading">Other surgical treatments</a>' in sling


def test_a_heading_staff_write_twice_gets_two_ids_and_two_links(client):
    treatment = make_treatment(body="## Causes\n\nOne.\n\n## Causes\n\nTwo.")
    page = outline(client, treatment.get_absolute_url())
    assert page.toc_links == ["#section-causes", "#section-causes-2"]


def test_a_page_with_one_section_has_no_on_this_page(client):
    content = client.get(make_page(body="## Only\n\nText.").get_absolute_url()).content.decode()
    assert "On this page" not in content


def key_facts(content):
    box = re.search(r'<section class="key-facts".*?</section>', content, re.S)
    if box is None:
        return None
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", box.group())
    return dict(pairs)


def test_a_treatment_shows_its_key_facts_before_its_text(client):
    treatment = make_treatment(
        category=Treatment.Category.NONSURGICAL,
        used_for="Evening out the smile",
        duration="A quick visit",
        recovery="None",
        body="## What it is\n\nText.",
    )
    content = client.get(treatment.get_absolute_url()).content.decode()
    assert key_facts(content) == {
        "What it is for": "Evening out the smile",
        "How long it takes": "A quick visit",
        "Recovery time": "None",
        "Type of treatment": "Nonsurgical",
    }
    assert content.index('class="key-facts"') < content.index('id="section-what-it-is"')
    assert '<h2 id="key-facts-heading">Key facts</h2>' in content


def test_key_facts_left_blank_are_not_shown(client):
    treatment = make_treatment(category=Treatment.Category.SURGICAL, recovery="A few weeks")
    content = client.get(treatment.get_absolute_url()).content.decode()
    assert key_facts(content) == {"Recovery time": "A few weeks", "Type of treatment": "Surgical"}


def test_only_treatments_have_key_facts(client, demo_content):
    assert key_facts(client.get("/causes/stroke/").content.decode()) is None
    assert key_facts(client.get("/info/first-visit/").content.decode()) is None


def test_key_facts_are_escaped(client):
    treatment = make_treatment(used_for="<script>alert(1)</script>")
    content = client.get(treatment.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in content and "&lt;script&gt;" in content


def test_in_short_is_a_box_at_the_top_with_the_full_text_after_it(client):
    condition = make_condition(
        in_short="Short words.\nSame paragraph.\n\nA <b>new</b> one.", body="The full text."
    )
    content = client.get(condition.get_absolute_url()).content.decode()
    box = re.search(r'<section class="in-short".*?</section>', content, re.S).group()
    assert '<h2 id="in-short-heading">In short</h2>' in box
    assert "<p>Short words. Same paragraph.</p>" in box
    assert "<p>A &lt;b&gt;new&lt;/b&gt; one.</p>" in box
    assert content.index("In short") < content.index("The full text.")


def test_a_page_without_in_short_has_no_box(client):
    content = client.get(make_page().get_absolute_url()).content.decode()
    assert 'class="in-short"' not in content


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/conditions/facial-paralysis/", 5),
        ("/causes/stroke/", 4),  # 3, and the guide "When to see a specialist" it links to
        ("/treatments/static-sling/", 4),
        ("/info/first-visit/", 1),
        ("/info/why-choose-us/", 1),
    ],
)
def test_the_layout_costs_no_queries_of_its_own(
    client, demo_content, django_assert_num_queries, url, queries
):
    # The counts before the sidebar, "In short" and key facts were added.
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
