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

    _label_band(draw, width, height, band_top)
    return _jpeg(image)


def face_illustration(variant: int, stage: str, size: tuple[int, int] = (1200, 900)) -> bytes:
    """A JPEG cartoon face for before/after demo photos, labelled 'Illustration'.

    stage "before": one side of the mouth and eyebrow droops, that eye is drawn more open;
    stage "after": nearly symmetric. No real face; simple shapes only.
    """
    if stage not in ("before", "after"):
        raise ValueError(f"stage must be 'before' or 'after', not {stage!r}")
    width, height = size
    background, figure = PALETTE[variant % len(PALETTE)]
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    band_top = round(height * 0.88)
    line = max(2, round(height * 0.012))

    # Face: a plain oval in a pale tint of the background, outlined in the figure colour.
    cx, cy = width / 2, band_top * 0.5
    rx, ry = band_top * 0.32, band_top * 0.42
    face = tuple((channel + 2 * 255) // 3 for channel in background)
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=face, outline=figure, width=line)

    # The weak side (the viewer's left for even variants) droops fully before, barely after.
    weak_side = -1 if variant % 2 == 0 else 1
    droop = 1.0 if stage == "before" else 0.1
    for side in (-1, 1):
        d = droop if side == weak_side else 0.0
        ex, ey = cx + side * rx * 0.4, cy - ry * 0.12
        eye_w, eye_h, pupil = rx * 0.15, ry * (0.06 + 0.045 * d), ry * 0.045
        draw.ellipse(
            (ex - eye_w, ey - eye_h, ex + eye_w, ey + eye_h), fill=WHITE, outline=figure, width=line
        )
        draw.ellipse((ex - pupil, ey - pupil, ex + pupil, ey + pupil), fill=figure)
        # Brow: a gentle arch; on the weak side it sits lower, flatter, with a sagging outer end.
        brow_y = ey - ry * (0.25 - 0.05 * d)
        inner, outer = (
            (cx + side * rx * 0.2, brow_y),
            (cx + side * rx * 0.62, brow_y + ry * 0.08 * d),
        )
        _curve(draw, inner, outer, -ry * 0.07 * (1 - d), figure, round(line * 1.6))

    # Nose: a short line; mouth: a smile whose corner on the weak side hangs down.
    draw.line([(cx, cy), (cx - rx * 0.05, cy + ry * 0.2)], fill=figure, width=line)
    corner_y = {side: cy + ry * (0.4 + 0.17 * droop * (side == weak_side)) for side in (-1, 1)}
    left, right = (cx - rx * 0.4, corner_y[-1]), (cx + rx * 0.4, corner_y[1])
    _curve(draw, left, right, ry * 0.12, figure, round(line * 1.5))

    _label_band(draw, width, height, band_top)
    return _jpeg(image)


def _curve(
    draw: ImageDraw.ImageDraw,
    start: tuple[float, float],
    end: tuple[float, float],
    bulge: float,
    fill: tuple[int, int, int],
    width: int,
) -> None:
    """A smooth line from start to end, bowed downward by bulge pixels at its middle."""
    points = []
    for step in range(17):
        t = step / 16
        x = start[0] + (end[0] - start[0]) * t
        points.append((x, start[1] + (end[1] - start[1]) * t + bulge * 4 * t * (1 - t)))
    draw.line(points, fill=fill, width=width, joint="curve")


def _label_band(draw: ImageDraw.ImageDraw, width: int, height: int, band_top: int) -> None:
    """The dark band along the bottom, so nobody mistakes the picture for a photo of a person."""
    draw.rectangle((0, band_top, width, height), fill=BAND)
    label = ImageFont.load_default(size=round((height - band_top) * 0.45))
    draw.text(
        (width // 2, (band_top + height) // 2), "Illustration", font=label, fill=WHITE, anchor="mm"
    )


def _jpeg(image: Image.Image) -> bytes:
    output = BytesIO()
    image.save(output, format="JPEG", quality=88, optimize=True)
    return output.getvalue()
