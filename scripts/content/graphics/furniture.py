"""What every graphic has around its content: the title band, the source line, the north arrow, the
scale bar, the key and the side panel, and the small painters the key shows."""

from __future__ import annotations

from graphics.basemap import Projection
from graphics.canvas import Canvas
from graphics.lines import smooth
from graphics.routes import arrow
from graphics.style import (
    ACCENT,
    BAND,
    BAND_SOFT,
    BAND_TEXT,
    BORDER,
    INK,
    INK_SOFT,
    LAND_EDGE,
    PAPER,
    RIVER,
    H,
    W,
    side_colour,
    side_name,
)
from kiosk.map.composer import nice_distance


def title_band(cv: Canvas, title: str, title_sr: str, height: float = 150) -> None:
    cv.rect((0, 0, W, height), fill=BAND)
    cv.rect((0, height - 6, W, height), fill=ACCENT)
    cv.text((60, 64), title, 62, BAND_TEXT, "serif", "bold", anchor="lm")
    cv.text((62, 118), title_sr, 38, BAND_SOFT, "serif", "italic", anchor="lm")


def source_line(cv: Canvas, text: str, y: float = H - 30) -> None:
    cv.rect((0, y - 30, W, H), fill=BAND)
    cv.text((60, y), text, 25, BAND_SOFT, anchor="lm")


def north_arrow(cv: Canvas, x: float, y: float, size: float = 70) -> None:
    cv.ellipse((x, y), size * 0.78, fill=(250, 247, 240, 255), outline=INK_SOFT, width=2)
    cv.polygon([(x, y - size * 0.62), (x + size * 0.26, y + size * 0.30), (x, y + size * 0.12)], fill=INK)
    cv.polygon(
        [(x, y - size * 0.62), (x - size * 0.26, y + size * 0.30), (x, y + size * 0.12)],
        fill=PAPER,
        outline=INK,
        width=2,
    )
    cv.text((x, y - size * 0.98), "N", 34, INK, "sans", "bold", anchor="ms", halo=PAPER, halo_width=4)


def scale_bar(cv: Canvas, proj: Projection, x: float, y: float, max_px: float = 420) -> None:
    """A chequered scale bar starting at (x, y), in kilometres: as long as the kiosk's map would make
    it (1, 2 or 5 times a power of ten), in fifths, or quarters for a 2."""
    px_km = proj.px_per_km()
    km = nice_distance(max_px / px_km)
    length = km * px_km
    parts = 4 if f"{km:g}".startswith("2") else 5
    h = 14
    cv.rect(
        (x - 16, y - 58, x + length + 90, y + 38), fill=(250, 247, 240), outline=LAND_EDGE, width=1, radius=8
    )
    for i in range(parts):
        x0 = x + length * i / parts
        x1 = x + length * (i + 1) / parts
        cv.rect((x0, y, x1, y + h), fill=INK if i % 2 == 0 else PAPER, outline=INK, width=2)
    cv.text((x, y - 10), "0", 26, INK, anchor="ms")
    cv.text((x + length, y - 10), f"{km:g}", 26, INK, anchor="ms")
    cv.text((x + length + 14, y + h / 2), "km", 26, INK, anchor="lm")


def legend_box(cv: Canvas, x: float, y: float, entries, width: float = 560, row: float = 54) -> float:
    """Entries are (english, serbian, painter(cv, cx, cy)), one line each. Returns the box's bottom."""
    head = 56
    height = head + row * len(entries) + 14
    cv.rect((x, y, x + width, y + height), fill=(250, 247, 240), outline=LAND_EDGE, width=2, radius=12)
    cv.text((x + 28, y + 36), "Key  ·  Легенда", 30, INK, "sans", "bold", anchor="lm")
    for i, (en, sr, paint) in enumerate(entries):
        cy = y + head + row * i + row / 2
        paint(cv, x + 70, cy)
        end = cv.text((x + 130, cy), en, 27, INK, anchor="lm")[2]
        cv.text((end + 14, cy + 1), sr, 24, INK_SOFT, "sans", "italic", anchor="lm")
    cv.take((x, y, x + width, y + height))
    return y + height


def paint_arrow(colour, dash=None):
    return lambda cv, cx, cy: arrow(
        cv, [(cx - 44, cy), (cx + 44, cy)], colour, width=12, head=34, casing=None, dash=dash
    )


def paint_river(cv: Canvas, cx: float, cy: float) -> None:
    cv.line(smooth([(cx - 44, cy + 6), (cx - 15, cy - 8), (cx + 15, cy + 8), (cx + 44, cy - 6)]), RIVER, 6)


def paint_border(cv: Canvas, cx: float, cy: float) -> None:
    cv.line([(cx - 44, cy), (cx + 44, cy)], BORDER, 3, dash=(14, 8))


def paint_city(cv: Canvas, cx: float, cy: float) -> None:
    cv.ellipse((cx, cy), 12, fill=PAPER, outline=INK, width=4)
    cv.ellipse((cx, cy), 5, fill=INK)


def paint_town(cv: Canvas, cx: float, cy: float) -> None:
    cv.ellipse((cx, cy), 8, fill=INK, outline=PAPER, width=2)


def paint_marker(cv: Canvas, cx: float, cy: float, n: int | str = "", r: float = 22) -> None:
    cv.ellipse((cx, cy), r, fill=ACCENT, outline=INK, width=3)
    if n != "":
        cv.text((cx, cy + 1), str(n), r * 1.15, INK, "sans", "bold", anchor="mm")


def side_panel(cv: Canvas, x0: float, box) -> None:
    cv.rect((x0, box[1], W, box[3]), fill=PAPER)
    cv.line([(x0, box[1]), (x0, box[3])], LAND_EDGE, 3)


def side_entries(sides) -> list:
    """Key entries for the sides' arrows, in the order the sides first come."""
    entries = []
    for side in dict.fromkeys(sides):
        en, sr = side_name(side)
        entries.append((en, sr, paint_arrow(side_colour(side), (26, 10) if side == "german" else None)))
    return entries
