"""Demo illustrations drawn with Pillow: no photos of real people, no font files needed."""

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

# (background, figure) pairs: soft, calm backgrounds with a darker tone of the same hue.
PALETTE = [
    ((214, 229, 240), (58, 94, 122)),  # blue
    ((216, 236, 222), (54, 104, 74)),  # green
    ((240, 226, 212), (128, 84, 52)),  # sand
    ((230, 222, 240), (88, 70, 124)),  # lavender
    ((212, 236, 236), (40, 102, 104)),  # teal
    ((240, 220, 224), (124, 62, 78)),  # rose
]
BAND = (33, 37, 41)
WHITE = (255, 255, 255)


def portrait(initials: str, variant: int, size: tuple[int, int] = (800, 1000)) -> bytes:
    """A JPEG head-and-shoulders illustration (no real face), clearly labelled 'Illustration'."""
    width, height = size
    background, figure = PALETTE[variant % len(PALETTE)]
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    band_top = round(height * 0.88)

    # Head: a plain circle; shoulders: a wide rounded rectangle running under the label band.
    head_radius = round(width * 0.17)
    head_centre = (width // 2, round(height * 0.30))
    draw.ellipse(
        (
            head_centre[0] - head_radius,
            head_centre[1] - head_radius,
            head_centre[0] + head_radius,
            head_centre[1] + head_radius,
        ),
        fill=figure,
    )
    shoulders_top = head_centre[1] + head_radius + round(height * 0.04)
    draw.rounded_rectangle(
        (round(width * 0.12), shoulders_top, round(width * 0.88), height + width // 4),
        radius=width // 4,
        fill=figure,
    )

    # Initials on the chest, in the background colour so they read clearly on the figure.
    chest_centre = (width // 2, (shoulders_top + band_top) // 2)
    letters = ImageFont.load_default(size=round(height * 0.14))
    draw.text(chest_centre, initials.upper()[:3], font=letters, fill=background, anchor="mm")

    # The label band, so nobody mistakes the picture for a photo of a real person.
    draw.rectangle((0, band_top, width, height), fill=BAND)
    label = ImageFont.load_default(size=round((height - band_top) * 0.45))
    draw.text(
        (width // 2, (band_top + height) // 2), "Illustration", font=label, fill=WHITE, anchor="mm"
    )

    output = BytesIO()
    image.save(output, format="JPEG", quality=88, optimize=True)
    return output.getvalue()
