"""The demo's drawings: nothing burned into them, and the old banded ones recognised."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from clinic.illustrations import LEGACY_BAND, face_illustration, has_label_band, portrait

DRAWINGS = {
    "portrait": lambda variant: portrait(variant),
    "before": lambda variant: face_illustration(variant, "before"),
    "after": lambda variant: face_illustration(variant, "after"),
}


def pixels(data):
    return Image.open(io.BytesIO(data)).convert("RGB")


def near(colour, target, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, target, strict=True))


def banded(data):
    """A drawing with a dark "Illustration" band across its bottom, as the demo drew before."""
    image = pixels(data)
    draw = ImageDraw.Draw(image)
    top = round(image.height * 0.88)
    draw.rectangle((0, top, image.width, image.height), fill=LEGACY_BAND)
    draw.text((image.width // 2, (top + image.height) // 2), "Illustration", fill="white")
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=88)
    return output.getvalue()


@pytest.mark.parametrize("kind", DRAWINGS)
@pytest.mark.parametrize("variant", range(6))
def test_no_drawing_has_a_dark_band_or_a_dark_region(kind, variant):
    image = pixels(DRAWINGS[kind](variant))
    bottom = image.crop((0, round(image.height * 0.88), image.width, image.height))
    assert not any(near(colour, LEGACY_BAND) for _count, colour in bottom.getcolors(1 << 24))
    # Nowhere near black: lines are drawn in a mid tone, so a twentieth of the picture dark
    # would be a band, a block of text or a silhouette.
    luminance = image.convert("L")
    dark = sum(count for count, value in luminance.getcolors(256) if value < 70)
    assert dark / (image.width * image.height) < 0.05


def test_a_portrait_is_a_soft_figure_on_a_light_background_without_writing():
    image = pixels(portrait(0))
    corner, chest = image.getpixel((10, 10)), image.getpixel((image.width // 2 - 150, 950))
    assert sum(corner) > sum(chest) + 150  # a light background, a darker figure
    # No letters: across the chest the colour changes only at the figure's own edges.
    row = [image.getpixel((x, 900)) for x in range(image.width)]
    changes = sum(1 for a, b in zip(row, row[1:], strict=False) if not near(a, b, 40))
    assert changes <= 8


@pytest.mark.parametrize("kind", DRAWINGS)
def test_the_old_banded_drawings_are_recognised_and_todays_are_not(kind):
    today = DRAWINGS[kind](1)
    assert has_label_band(ContentFile(banded(today), name="old.jpg"))
    assert not has_label_band(ContentFile(today, name="new.jpg"))


def test_a_photo_with_a_dark_bottom_edge_is_not_taken_for_an_old_drawing():
    image = Image.effect_noise((800, 1000), 40).convert("RGB")
    # A dark coat along the bottom: about the band's colour, but with a photo's grain.
    coat = Image.effect_noise((800, 120), 30).point(lambda value: round(value * 0.27))
    image.paste(coat.convert("RGB"), (0, 880))
    output = io.BytesIO()
    image.save(output, format="JPEG")
    assert not has_label_band(ContentFile(output.getvalue(), name="photo.jpg"))
