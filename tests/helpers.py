from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext

# Noon on a fixed day in the clinic's default time zone: see the site_noon fixture.
SITE_NOON = datetime(2026, 6, 15, 12, tzinfo=ZoneInfo("America/Chicago"))


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return len(queries)


def assert_constant_queries(client, url, add_more_data):
    """A page must cost the same number of SQL queries however much content there is."""
    before = count_queries(client, url)
    add_more_data()
    after = count_queries(client, url)
    assert after == before, f"{url}: {before} queries, then {after} after adding data"


def json_ld_blocks(html):
    """Every schema.org block in a page, parsed (so invalid JSON fails the test)."""
    import json
    import re

    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def demo_page_paths():
    """The English address of every services demo page (services/demo/)."""
    from services.demo import demo_items

    prefixes = {"conditions": "conditions", "causes": "causes", "treatments": "treatments"}
    return [
        f"/{prefixes.get(folder, 'info')}/{item['en']['slug']}/"
        for folder in ("conditions", "causes", "treatments", "pages")
        for item in demo_items(folder)
    ]


def demo_stories(*, revoked=False):
    """The English fields of the demo stories (stories/demo/) whose consent stands, or of those
    whose consent was revoked."""
    from stories.demo import demo_stories

    stories = (item["en"] for item in demo_stories())
    return [story for story in stories if ("revoked_days_ago" in story["consent"]) == revoked]


def assert_placed(query, found, wanted, place):
    """One row of a search-quality table: `wanted` is the first of `found` ("first") or among
    the first three ("top3"); with `wanted` None, nothing may be found at all."""
    if wanted is None:
        assert found == [], f"{query!r}: wanted nothing, got {found[:5]}"
        return
    shown = found[:1] if place == "first" else found[:3]
    assert wanted in shown, f"{query!r}: wanted {wanted} {place}, got {found[:5]}"
