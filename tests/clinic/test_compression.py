"""Pages leave compressed (with Django's BREACH mitigation); pictures are not recompressed."""

import gzip
from unittest import mock

import pytest

from tests.factories import jpeg_upload, make_specialist, make_treatment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/appointments/request/", "/sitemap.xml"])
def test_pages_are_sent_gzipped_to_browsers_that_accept_it(client, demo_content, path):
    plain = client.get(path)
    compressed = client.get(path, headers={"accept-encoding": "gzip, deflate, br"})
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip" and "Accept-Encoding" in compressed["Vary"]
    text = gzip.decompress(compressed.content)
    assert len(compressed.content) < len(text) / 2
    if path != "/appointments/request/":  # the form's tokens differ on every visit
        assert text == plain.content


def test_a_picture_is_sent_as_it_is(client, settings):
    settings.SERVE_MEDIA = True
    specialist = make_specialist(photo=jpeg_upload(), photo_alt="A portrait")
    response = client.get(specialist.photo.url, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200 and "Content-Encoding" not in response


def test_the_page_cache_keeps_a_compressed_and_a_plain_copy(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    treatment = make_treatment()
    url, gzipped = treatment.get_absolute_url(), {"accept-encoding": "gzip"}
    compressed, plain = client.get(url, headers=gzipped), client.get(url)
    with mock.patch("django.middleware.gzip.compress_string") as compress:
        assert client.get(url, headers=gzipped).content == compressed.content
        assert client.get(url).content == plain.content
    compress.assert_not_called()  # hits are served as stored, not compressed again
    assert gzip.decompress(compressed.content) == plain.content
