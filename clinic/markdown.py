"""Markdown written by staff, turned into HTML that is safe to put in a page."""

import re
from functools import lru_cache
from html import unescape

import markdown
import nh3
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

# h1 is the page title's; staff headings start at h2.
ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol", "p",
    "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
# No id (or class): a heading's id is made here from its words, never written by staff.
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
# No javascript:, data: or other schemes; relative links to the site's own pages stay.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

# Heading ids all start so, and the templates' own ids ("causes-heading") never do.
HEADING_ID_PREFIX = "section-"
SLUG_LENGTH = 50
# nh3 escapes every < in text and in attribute values, and h2 may carry no attribute, so in
# its output "<h2>" is always a heading's own start tag: safe to find by pattern.
CLEAN_H2 = re.compile(r"<h2>(.*?)</h2>", re.S)
# A section heading of a rendered page: an h2 with an id (the one attribute, or the first).
HEADING_WITH_ID = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)


def heading_text(inner_html):
    return " ".join(unescape(strip_tags(inner_html)).split())


def with_heading_ids(html):
    """Each h2 of sanitised HTML with an id made from its words, unique within the text."""
    used = set()

    def add_id(match):
        slug = slugify(heading_text(match.group(1)))[:SLUG_LENGTH].strip("-") or "part"
        candidate, number = slug, 1
        while candidate in used:
            number += 1
            candidate = f"{slug}-{number}"
        used.add(candidate)
        return f'<h2 id="{HEADING_ID_PREFIX}{candidate}">{match.group(1)}</h2>'

    return CLEAN_H2.sub(add_id, html)


@lru_cache(maxsize=512)
def render_markdown(text: str) -> SafeString:
    html = markdown.markdown(text or "", extensions=["sane_lists", "tables"])
    # A "# Heading" would compete with the page title: demote it instead of losing it.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return mark_safe(with_heading_ids(cleaned))


@lru_cache(maxsize=512)
def section_links(html: str) -> tuple[tuple[str, str], ...]:
    """(id, words) of each h2 with an id in a rendered page's HTML, for "On this page".
    A heading with no words (a lone "##") gets no link: a link needs a name."""
    headings = ((id_, heading_text(inner)) for id_, inner in HEADING_WITH_ID.findall(html))
    return tuple((id_, words) for id_, words in headings if words)
