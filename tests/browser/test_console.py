"""What Chromium's console says about the site's headers."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_chromium_recognises_every_feature_in_the_permissions_policy(live_server, page):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(f"{live_server.url}/no-such-page/")
    page.reload()  # the console has had the whole first load to report
    assert [text for text in messages if "Permissions-Policy" in text] == []
