"""Pages leave compressed (with Django's BREACH mitigation); pictures are not recompressed."""

import gzip

import pytest

from tests.factories import jpeg_upload, make_specialist

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
