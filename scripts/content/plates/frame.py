"""The plate's frame: a dark wall, a warm grey moulding, a sepia mat and a dark print field."""

from __future__ import annotations

from PIL import ImageDraw

LANDSCAPE = (2400, 1600)
PORTRAIT = (1600, 2400)

# Colours: a dark wall, a warm grey frame, a sepia mat and a dark print field with cream type.
WALL = (30, 28, 26)
FRAME = (58, 53, 47)
FRAME_HI = (92, 85, 76)
FRAME_LO = (22, 20, 18)
MAT = (86, 76, 63)
MAT_LINE = (120, 108, 90)
FIELD = (40, 36, 32)
INK = (236, 226, 206)
INK_SOFT = (196, 184, 162)
INK_DIM = (150, 140, 122)
ACCENT = (214, 170, 92)


def draw_frame(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """Wall, frame moulding and mat; returns the print field's box."""
    w, h = size
    unit = min(w, h) / 1600
    draw.rectangle((0, 0, w, h), fill=WALL)
    m = round(44 * unit)  # wall margin
    band = round(58 * unit)  # frame moulding
    draw.rectangle((m, m, w - m - 1, h - m - 1), fill=FRAME)
    # Bevel: lit from the top left.
    for i in range(round(6 * unit)):
        draw.line((m + i, m + i, w - m - 1 - i, m + i), fill=FRAME_HI)
        draw.line((m + i, m + i, m + i, h - m - 1 - i), fill=FRAME_HI)
        draw.line((m + i, h - m - 1 - i, w - m - 1 - i, h - m - 1 - i), fill=FRAME_LO)
        draw.line((w - m - 1 - i, m + i, w - m - 1 - i, h - m - 1 - i), fill=FRAME_LO)
    inner = m + band
    draw.rectangle((inner, inner, w - inner - 1, h - inner - 1), fill=MAT)
    # The mat's cut edge, shaded the other way.
    mat_w = round(96 * unit)
    fx0, fy0, fx1, fy1 = inner + mat_w, inner + mat_w, w - inner - mat_w - 1, h - inner - mat_w - 1
    for i in range(round(5 * unit)):
        draw.line((fx0 - i, fy0 - i, fx1 + i, fy0 - i), fill=FRAME_LO)
        draw.line((fx0 - i, fy0 - i, fx0 - i, fy1 + i), fill=FRAME_LO)
        draw.line((fx0 - i, fy1 + i, fx1 + i, fy1 + i), fill=MAT_LINE)
        draw.line((fx1 + i, fy0 - i, fx1 + i, fy1 + i), fill=MAT_LINE)
    draw.rectangle((fx0, fy0, fx1, fy1), fill=FIELD)
    # A fine keyline inside the field, like the edge of a mounted print.
    k = round(22 * unit)
    draw.rectangle((fx0 + k, fy0 + k, fx1 - k, fy1 - k), outline=(88, 80, 68), width=max(1, round(2 * unit)))
    return fx0, fy0, fx1, fy1
