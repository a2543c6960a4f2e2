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
