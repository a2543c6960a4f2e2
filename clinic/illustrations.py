"""Demo illustrations drawn with Pillow: no photos of real people, no text, no font files.

Nothing is written into the pictures: a page says "Illustration" beside them, in the HTML, so
the words stay readable, translatable and clear of the comparison slider's divider.
"""

from io import BytesIO

from PIL import Image, ImageDraw

# (background, figure) pairs: soft, calm backgrounds with a darker tone of the same hue.
PALETTE = [
    ((214, 229, 240), (58, 94, 122)),  # blue
    ((216, 236, 222), (54, 104, 74)),  # green
    ((240, 226, 212), (128, 84, 52)),  # sand
    ((230, 222, 240), (88, 70, 124)),  # lavender
    ((212, 236, 236), (40, 102, 104)),  # teal
    ((240, 220, 224), (124, 62, 78)),  # rose
]
WHITE = (255, 255, 255)
# Earlier demo pictures carried a dark "Illustration" band along the bottom in this colour;
# has_label_band() finds them so the demo loader can draw them again.
LEGACY_BAND = (33, 37, 41)
LEGACY_BAND_HEIGHT = 0.12
SUPERSAMPLE = 2  # drawn twice the size, then scaled down: smooth edges without antialiasing


def mix(colour, other, amount):
    """colour moved amount (0 to 1) of the way towards other."""
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def portrait(variant: int, size: tuple[int, int] = (800, 1000)) -> bytes:
    """A JPEG of a neutral, faceless head and shoulders on a soft background."""
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    background, figure = PALETTE[variant % len(PALETTE)]
    image = _gradient((width, height), mix(background, WHITE, 0.45), background)
    draw = ImageDraw.Draw(image)
    skin = mix(figure, background, 0.55)  # the head a lighter tone than the clothes
    clothes = mix(figure, background, 0.15)

    # Shoulders: a wide, low oval running off the bottom edge; a neck that ends in a soft V
    # neckline, the clothes' edge beside it a shade lighter.
    cx = width / 2
    shoulders_top = height * 0.66
    draw.ellipse((-width * 0.06, shoulders_top, width * 1.06, height * 1.45), fill=clothes)
    neck_w, neck_base = width * 0.095, shoulders_top + height * 0.035
    draw.polygon(
        [(cx - neck_w * 1.35, neck_base - height * 0.004), (cx, height * 0.83),
         (cx + neck_w * 1.35, neck_base - height * 0.004)],
        fill=mix(clothes, background, 0.3),
    )  # fmt: skip
    draw.polygon(
        [(cx - neck_w * 0.8, height * 0.5), (cx + neck_w * 0.8, height * 0.5),
         (cx + neck_w, neck_base), (cx, height * 0.8), (cx - neck_w, neck_base)],
        fill=skin,
    )  # fmt: skip
    # Head: a slightly tall oval.
    head_rx, head_ry = width * 0.19, height * 0.19
    head_cy = height * 0.38
    draw.ellipse((cx - head_rx, head_cy - head_ry, cx + head_rx, head_cy + head_ry), fill=skin)
    return _jpeg(image.resize(size, Image.Resampling.LANCZOS))


def face_illustration(variant: int, stage: str, size: tuple[int, int] = (1200, 900)) -> bytes:
    """A JPEG cartoon face for before/after demo photos.

    stage "before": one side of the mouth and eyebrow droops, that eye is drawn more open;
    stage "after": nearly symmetric. No real face; simple shapes only.
    """
    if stage not in ("before", "after"):
        raise ValueError(f"stage must be 'before' or 'after', not {stage!r}")
    width, height = size
    background, figure = PALETTE[variant % len(PALETTE)]
    image = _gradient(size, mix(background, WHITE, 0.35), background)
    draw = ImageDraw.Draw(image)
    line = max(2, round(height * 0.012))

    # Face: a plain oval in a pale tint of the background, outlined in the figure colour.
    cx, cy = width / 2, height * 0.5
    rx, ry = height * 0.3, height * 0.4
    face = mix(background, WHITE, 2 / 3)
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
    return _jpeg(image)


def has_label_band(file) -> bool:
    """Whether a stored image is an earlier demo drawing, with the dark band burned in.

    The band's two bottom corners are solid LEGACY_BAND (its text sits in the middle); a
    photo or a drawing of today's kind is never that flat and that dark in both.
    """
    file.open("rb")
    try:
        with Image.open(file) as image:
            rgb = image.convert("RGB")
    finally:
        file.close()
    width, height = rgb.size
    top = round(height * (1 - LEGACY_BAND_HEIGHT * 0.8))
    for left in (0, round(width * 0.92)):
        corner = rgb.crop((left, top, left + round(width * 0.08), height))
        low, high = zip(*corner.getextrema(), strict=True)
        if any(abs(a - b) > 12 for a, b in zip(low, LEGACY_BAND, strict=True)) or any(
            abs(a - b) > 12 for a, b in zip(high, LEGACY_BAND, strict=True)
        ):
            return False
    return True


def _gradient(size, top, bottom):
    """A vertical gradient from top colour to bottom colour."""
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=mix(top, bottom, y / max(1, height - 1)))
    return image


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


def _jpeg(image: Image.Image) -> bytes:
    output = BytesIO()
    image.save(output, format="JPEG", quality=88, optimize=True)
    return output.getvalue()
