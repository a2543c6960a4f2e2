"""Markdown written by staff, turned into HTML that is safe to put in a page."""

from functools import lru_cache

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

# h1 is the page title's; staff headings start at h2.
ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol", "p",
    "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
# No javascript:, data: or other schemes; relative links to the site's own pages stay.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


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
    return mark_safe(cleaned)
