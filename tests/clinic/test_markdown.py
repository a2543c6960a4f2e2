import pytest

from clinic.markdown import render_markdown


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
