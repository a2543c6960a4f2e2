import re

import pytest

from clinic.markdown import render_markdown, section_links


def test_it_renders_headings_lists_and_links():
    html = render_markdown("## Recovery\n\n* Rest\n* Ice\n\n[First visit](/info/first-visit/)")
    assert '<h2 id="section-recovery">Recovery</h2>' in html
    assert "<li>Rest</li>" in html
    assert 'href="/info/first-visit/"' in html


def test_it_demotes_a_top_level_heading_below_the_page_title():
    assert render_markdown("# Big") == '<h2 id="section-big">Big</h2>'


@pytest.mark.parametrize(
    ("hostile", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("<script>alert(1)</script>", "alert(1)"),
        ("<style>body{display:none}</style>", "<style"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ('<a href="#" onclick="steal()">hi</a>', "onclick"),
        ('<p onmouseover="steal()">hi</p>', "onmouseover"),
        ("[click](javascript:alert(1))", "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ('<iframe src="https://evil.example"></iframe>', "<iframe"),
        ('<form action="https://evil.example"><input></form>', "<form"),
        ('<svg onload="alert(1)"></svg>', "onload"),
    ],
)
def test_it_removes_hostile_markup(hostile, forbidden):
    assert forbidden.lower() not in render_markdown(hostile).lower()


def test_it_keeps_the_text_of_a_hostile_link():
    assert ">click<" in render_markdown("[click](javascript:alert(1))")


def test_links_cannot_reach_back_to_the_page_that_opened_them():
    html = render_markdown("[Elsewhere](https://example.org/)")
    assert 'rel="noopener noreferrer"' in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""


def heading_ids(html):
    return re.findall(r'<h2 id="([^"]*)"', html)


def test_each_heading_gets_a_slug_id_of_its_words_unique_within_the_text():
    text = "## What it is\n\n## Signs\n\n## Signs\n\n## Signs 2\n\n# Bell’s *palsy*"
    html = render_markdown(text)
    assert heading_ids(html) == [
        "section-what-it-is", "section-signs", "section-signs-2", "section-signs-2-2",
        "section-bells-palsy",
    ]  # fmt: skip
    assert len(set(heading_ids(html))) == 5


def test_a_heading_without_latin_letters_still_gets_an_id():
    assert heading_ids(render_markdown("## ✓\n\n## …")) == ["section-part", "section-part-2"]


@pytest.mark.parametrize(
    "hostile",
    [
        '<h2 id="main">Hijack</h2>',
        '<h2 id="causes-heading" class="x">Hijack</h2>',
        '<p id="main">Hijack</p>',
        '<a id="main" name="main" href="/">Hijack</a>',
        '## Hijack <span id="main">x</span>',
    ],
)
def test_staff_cannot_write_their_own_ids(hostile):
    html = render_markdown(hostile)
    assert 'id="main"' not in html and 'id="causes-heading"' not in html
    assert "name=" not in html
    assert all(id_.startswith("section-") for id_ in re.findall(r'id="([^"]*)"', html))


def test_markup_inside_attributes_cannot_become_a_heading_id():
    html = render_markdown('[x](/y "<h2>z</h2>") <abbr title="<h2>Hi</h2>">A</abbr>')
    assert "id=" not in html
    assert "&lt;h2&gt;" in html


def test_heading_ids_are_only_letters_digits_and_hyphens():
    html = render_markdown('## "><script>alert(1)</script> & <b onclick="x">Ünïcode</b> 😀')
    assert heading_ids(html) == ["section-unicode"]
    assert "<script" not in html and "onclick" not in html


def test_on_this_page_lists_each_heading_with_an_id_in_order_as_plain_words():
    html = (
        render_markdown("## Risks &amp; *side* effects\n\n### Not listed\n\n## After")
        + '<h2 id="causes-heading">Causes</h2><h2>No id</h2>'
    )
    assert section_links(html) == (
        ("section-risks-side-effects", "Risks & side effects"),
        ("section-after", "After"),
        ("causes-heading", "Causes"),
    )


def test_a_heading_without_words_gets_no_on_this_page_link():
    # A lone "##", or markup nh3 removes, leaves an empty h2: a link to it would have no name.
    html = render_markdown("## Signs\n\n##\n\n## <span></span>")
    assert section_links(html) == (("section-signs", "Signs"),)
