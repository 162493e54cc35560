"""Draw the exhibit's maps and charts from its content files.

Usage (from the repository root):

    python scripts/content/make_graphics.py                 # all three, into assets/photos/
    python scripts/content/make_graphics.py --only map-offensive
    python scripts/content/make_graphics.py --out /tmp/preview

What it draws (ids as in photos.toml, gallery "maps-and-charts"):

- map-offensive          the routes of the offensive from Romania and Bulgaria to Belgrade, with dates:
                         arrows from text/routes.toml, places from text/places.toml, base geography from
                         assets/geo/ (Natural Earth countries, schematic rivers);
- map-assault-belgrade   the battle for the city, 14-20 October 1944, at a close scale: the same routes
                         where they come into view, and the dated events of text/events.toml that
                         happened there (numbered, listed beside the map);
- chart-forces           men, tanks and guns from text/forces.toml, by side.

These are real exhibit graphics, not placeholders: 2400 x 1600 PNG, drawn at twice that size and
scaled down for smooth lines. The output depends only on the content files, the geography files and
the fonts found.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the kiosk package, for shared words

import itertools

from geo import Projection, load_geojson
from make_placeholders import MONTHS_EN, find_font, load_places, load_toml, text_of

from kiosk.content.formatting import MONTHS

REPO = Path(__file__).resolve().parents[2]
W, H = 2400, 1600
SS = 2  # supersampling factor

# Colours. The sides use the kiosk's own side colours (kiosk/ui/qml/Kiosk/Theme.qml).
SIDE_COLOUR = {
    "soviet": (142, 43, 37),
    "german": (77, 90, 97),
    "bulgarian": (47, 106, 60),
    "yugoslav": (43, 84, 128),
    "other": (107, 90, 69),
}
SIDE_NAME = {
    "soviet": ("Soviet forces", "совјетске снаге"),
    "german": ("German forces", "немачке снаге"),
    "bulgarian": ("Bulgarian forces", "бугарске снаге"),
    "yugoslav": ("Yugoslav forces", "југословенске снаге"),
    "other": ("Other forces", "остале снаге"),
}
SEA = (197, 214, 224)
LAND = (238, 232, 218)
LAND_EDGE = (206, 197, 178)
BORDER = (150, 140, 122)
RIVER = (86, 138, 186)
RIVER_TEXT = (44, 96, 150)
INK = (38, 33, 28)
INK_SOFT = (92, 84, 74)
PAPER = (250, 247, 240)
BAND = (34, 29, 23)  # the title band, the kiosk's surface colour
BAND_TEXT = (242, 235, 223)
BAND_SOFT = (199, 187, 168)
ACCENT = (217, 179, 108)

SOURCE_MAP = (
    "Drawn for this exhibit from data in Carl Savich, “Belgrade, 1944: The Soviet Offensive”.  "
    "Base geography: Natural Earth (public domain); present-day borders, for orientation only; "
    "rivers schematic."
)
SOURCE_CITY = (
    "Drawn for this exhibit from data in Carl Savich, “Belgrade, 1944: The Soviet Offensive”.  "
    "Rivers schematic; arrows show the direction of a movement, not the roads taken."
)
SOURCE_CHART = (
    "Drawn for this exhibit from the figures in Carl Savich, “Belgrade, 1944: The Soviet Offensive”."
)

MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_SR = MONTHS["sr"]  # the kiosk's own month names, so maps and screens agree


# ----------------------------------------------------------------------------------------------
# A supersampled canvas: every coordinate and size below is in final (2400 x 1600) pixels.
# ----------------------------------------------------------------------------------------------


class Canvas:
    def __init__(self, size: tuple[int, int] = (W, H), background: tuple[int, int, int] = PAPER):
        self.size = size
        self.img = Image.new("RGB", (size[0] * SS, size[1] * SS), background)
        self.draw = ImageDraw.Draw(self.img)
        self.boxes: list[tuple[float, float, float, float]] = []  # taken label space
        self.soft: list[tuple[float, float, float, float]] = []  # lines a label may cross if it must

    # Geometry ---------------------------------------------------------------------------------

    @staticmethod
    def _p(pts: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * SS, y * SS) for x, y in pts]

    def polygon(self, pts, fill=None, outline=None, width: float = 1) -> None:
        if len(pts) < 3:
            return
        self.draw.polygon(self._p(pts), fill=fill)
        if outline is not None:
            self.line([*pts, pts[0]], outline, width)

    def line(self, pts, fill, width: float, dash: tuple[float, float] | None = None) -> None:
        if len(pts) < 2:
            return
        if dash is None:
            self.draw.line(self._p(pts), fill=fill, width=max(1, round(width * SS)), joint="curve")
            if width >= 3:  # round caps
                r = width / 2
                for x, y in (pts[0], pts[-1]):
                    self.ellipse((x, y), r, fill)
            return
        on, off = dash
        for seg in dashes(pts, on, off):
            self.draw.line(self._p(seg), fill=fill, width=max(1, round(width * SS)))

    def ellipse(
        self, c: tuple[float, float], r: float, fill=None, outline=None, width: float = 0, ry=None
    ) -> None:
        x, y = c
        ry = r if ry is None else ry
        self.draw.ellipse(
            ((x - r) * SS, (y - ry) * SS, (x + r) * SS, (y + ry) * SS),
            fill=fill,
            outline=outline,
            width=round(width * SS),
        )

    def rect(self, box, fill=None, outline=None, width: float = 0, radius: float = 0) -> None:
        x0, y0, x1, y1 = box
        self.draw.rounded_rectangle(
            (x0 * SS, y0 * SS, x1 * SS, y1 * SS),
            radius=radius * SS,
            fill=fill,
            outline=outline,
            width=round(width * SS),
        )

    # Text -------------------------------------------------------------------------------------

    @staticmethod
    def font(size: float, family: str = "sans", weight: str = "regular") -> ImageFont.ImageFont:
        return find_font(family, weight, round(size * SS))

    def textlength(self, text: str, size: float, family: str = "sans", weight: str = "regular") -> float:
        return self.draw.textlength(text, font=self.font(size, family, weight)) / SS

    def textbox(self, xy, text, size, family="sans", weight="regular", anchor="la") -> tuple[float, ...]:
        x, y = xy
        b = self.draw.textbbox((x * SS, y * SS), text, font=self.font(size, family, weight), anchor=anchor)
        return tuple(v / SS for v in b)

    def text(
        self,
        xy,
        text: str,
        size: float,
        fill=INK,
        family: str = "sans",
        weight: str = "regular",
        anchor: str = "la",
        halo: tuple[int, int, int] | None = None,
        halo_width: float = 0,
        spacing: float = 0,
    ) -> tuple[float, ...]:
        x, y = xy
        font = self.font(size, family, weight)
        if spacing:
            total = sum(self.draw.textlength(ch, font=font) for ch in text) + spacing * SS * (len(text) - 1)
            cx = x * SS - (total / 2 if anchor[0] == "m" else 0)
            for ch in text:
                self.draw.text(
                    (cx, y * SS),
                    ch,
                    font=font,
                    fill=fill,
                    anchor="l" + anchor[1],
                    stroke_width=round(halo_width * SS) if halo else 0,
                    stroke_fill=halo,
                )
                cx += self.draw.textlength(ch, font=font) + spacing * SS
            return (x - total / SS / 2, y, x + total / SS / 2, y)
        self.draw.text(
            (x * SS, y * SS),
            text,
            font=font,
            fill=fill,
            anchor=anchor,
            stroke_width=round(halo_width * SS) if halo else 0,
            stroke_fill=halo,
        )
        return self.textbox(xy, text, size, family, weight, anchor)

    def rotated_text(
        self,
        xy,
        text: str,
        size: float,
        angle: float,
        fill,
        family="serif",
        weight="italic",
        halo=None,
        halo_width: float = 0,
        spacing: float = 0,
    ) -> None:
        """Text centred on xy, turned angle degrees counter-clockwise (for river names)."""
        font = self.font(size, family, weight)
        pad = round((halo_width + 4) * SS)
        chars = list(text)
        widths = [self.draw.textlength(ch, font=font) for ch in chars]
        total = sum(widths) + spacing * SS * (len(chars) - 1)
        asc, desc = font.getmetrics()
        tile = Image.new("RGBA", (math.ceil(total) + 2 * pad, asc + desc + 2 * pad), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        cx = pad
        for ch, w in zip(chars, widths, strict=True):
            td.text(
                (cx, pad),
                ch,
                font=font,
                fill=fill,
                stroke_width=round(halo_width * SS) if halo else 0,
                stroke_fill=halo,
            )
            cx += w + spacing * SS
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=True)
        x, y = xy
        self.img.paste(tile, (round(x * SS - tile.width / 2), round(y * SS - tile.height / 2)), tile)

    def free(self, box, margin: float = 4, ignore=None, within=None, soft: bool = True) -> bool:
        """Whether box overlaps no taken space (a dot centred at ignore does not count).

        With soft=False, lines marked with take_path (arrows) do not count either."""
        x0, y0, x1, y1 = box
        wx0, wy0, wx1, wy1 = within or (0, 0, *self.size)
        if x0 < wx0 or y0 < wy0 or x1 > wx1 or y1 > wy1:
            return False
        for b in self.boxes + (self.soft if soft else []):
            if ignore and abs((b[0] + b[2]) / 2 - ignore[0]) < 1 and abs((b[1] + b[3]) / 2 - ignore[1]) < 1:
                continue
            if not (x1 + margin < b[0] or b[2] + margin < x0 or y1 + margin < b[1] or b[3] + margin < y0):
                return False
        return True

    def take(self, box) -> None:
        self.boxes.append(tuple(box))

    def finish(self) -> Image.Image:
        return self.img.resize(self.size, Image.LANCZOS)


def dashes(pts, on: float, off: float):
    """Split a polyline into dash pieces of length on, with gaps off."""
    out, cur = [], [pts[0]]
    drawing, left = True, on
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > left:
            pos += left
            t = pos / seg
            p = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if drawing:
                cur.append(p)
                out.append(cur)
            else:
                cur = [p]
            drawing = not drawing
            left = on if drawing else off
        left -= seg - pos
        if drawing:
            cur.append((x1, y1))
    if drawing and len(cur) > 1:
        out.append(cur)
    return out


def smooth(pts: list[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """Chaikin corner cutting; the ends stay where they are."""
    for _ in range(rounds):
        if len(pts) < 3:
            return pts
        out = [pts[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(pts):
            out += [
                (0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1),
                (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1),
            ]
        out[1] = pts[0]
        out[-1] = pts[-1]
        pts = out
    return pts


def polyline_length(pts) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(pts))


def cut_end(pts, length: float):
    """The polyline with length cut off its end."""
    pts = list(pts)
    while len(pts) >= 2 and length > 0:
        d = math.dist(pts[-2], pts[-1])
        if d > length:
            t = (d - length) / d
            (x0, y0), (x1, y1) = pts[-2], pts[-1]
            pts[-1] = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            return pts
        length -= d
        pts.pop()
    return pts


def point_at(pts, dist: float) -> tuple[tuple[float, float], float]:
    """The point dist along the polyline and the direction (radians) there."""
    for a, b in itertools.pairwise(pts):
        d = math.dist(a, b)
        if dist <= d and d > 0:
            t = dist / d
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), math.atan2(b[1] - a[1], b[0] - a[0])
        dist -= d
    a, b = pts[-2], pts[-1]
    return b, math.atan2(b[1] - a[1], b[0] - a[0])


def arrow(cv: Canvas, pts, colour, width: float = 14, head: float = 46, casing=PAPER, dash=None) -> None:
    """A thick arrow along pts with a head at the end, on a pale casing so it reads over anything."""
    if len(pts) < 2 or polyline_length(pts) < head * 1.2:
        return
    shaft = cut_end(pts, head * 0.7)
    tip = pts[-1]
    (bx, by), ang = point_at(pts, polyline_length(pts) - head)
    ang = math.atan2(tip[1] - by, tip[0] - bx)
    half = head * 0.62
    left = (bx + math.cos(ang + math.pi / 2) * half, by + math.sin(ang + math.pi / 2) * half)
    right = (bx - math.cos(ang + math.pi / 2) * half, by - math.sin(ang + math.pi / 2) * half)
    if casing is not None:
        cv.line(shaft, casing, width + 8)
        cv.polygon([tip, left, right], fill=casing, outline=casing, width=8)
    cv.line(shaft, colour, width, dash=dash)
    cv.polygon([tip, left, right], fill=colour)


# ----------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------


def _ymd(text: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in str(text).split("/")[0].split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


def _ymd_end(text: str) -> tuple[int, int | None, int | None]:
    return _ymd(str(text).split("/")[-1])


def short_span(start: str, end: str) -> str:
    """'1944-10-12','1944-10-20' -> '12–20 Oct'; '1944-10','1944-10-05' -> 'by 5 Oct'; and so on."""
    a, b = _ymd(start), _ymd_end(end)

    def one(d):
        if d[2]:
            return f"{d[2]} {MONTHS_SHORT[d[1] - 1]}"
        if d[1]:
            return MONTHS_SHORT[d[1] - 1]
        return str(d[0])

    if a == b:
        return one(a)
    if a[1] == b[1] and a[0] == b[0]:
        if a[2] and b[2]:
            return f"{a[2]}–{b[2]} {MONTHS_SHORT[a[1] - 1]}"
        if b[2]:
            return f"by {one(b)}"
        if a[2]:
            return f"from {one(a)}"
    return f"{one(a)} – {one(b)}"


def sort_key(date: str) -> tuple[int, int, int]:
    y, m, d = _ymd(date)
    return y, m or 0, d or 0


def month_span_text(dates: list[str]) -> tuple[str, str]:
    """The months the dates cover, in English and Serbian: 'September–October 1944'."""
    first = min(dates, key=sort_key)
    last = max((str(d).split("/")[-1] for d in dates), key=sort_key)
    a, b = _ymd(first), _ymd(last)
    if a[1] and b[1] and (a[0], a[1]) != (b[0], b[1]):
        return (
            f"{MONTHS_EN[a[1] - 1]}–{MONTHS_EN[b[1] - 1]} {b[0]}",
            f"{MONTHS_SR[a[1] - 1]}–{MONTHS_SR[b[1] - 1]} {b[0]}.",
        )
    if a[1]:
        return f"{MONTHS_EN[a[1] - 1]} {a[0]}", f"{MONTHS_SR[a[1] - 1]} {a[0]}."
    return str(a[0]), f"{a[0]}."


def in_span(date: str, first: tuple[int, int, int], last: tuple[int, int, int]) -> bool:
    return first <= sort_key(date) <= last


# ----------------------------------------------------------------------------------------------
# Shared map furniture
# ----------------------------------------------------------------------------------------------


@dataclass
class MapFrame:
    title: str
    title_sr: str
    box: tuple[float, float, float, float]  # the map's pixel box
    proj: Projection
    cv: Canvas
    legend: list[tuple[str, str, Callable[[Canvas, float, float], None]]] = field(default_factory=list)


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


def nice_length(km_max: float) -> float:
    for step in (500, 300, 200, 150, 100, 50, 30, 20, 10, 5, 3, 2, 1, 0.5):
        if step <= km_max:
            return step
    return 0.5


def scale_bar(cv: Canvas, proj: Projection, x: float, y: float, max_px: float = 420) -> None:
    """A chequered scale bar starting at (x, y), in kilometres."""
    px_km = proj.px_per_km()
    km = nice_length(max_px / px_km)
    length = km * px_km
    parts = 4 if km in (20, 200, 2) else 5 if km in (5, 50, 500, 10, 100, 1) else 3
    h = 14
    cv.rect(
        (x - 16, y - 58, x + length + 90, y + 38), fill=(250, 247, 240), outline=LAND_EDGE, width=1, radius=8
    )
    for i in range(parts):
        x0 = x + length * i / parts
        x1 = x + length * (i + 1) / parts
        cv.rect((x0, y, x1, y + h), fill=INK if i % 2 == 0 else PAPER, outline=INK, width=2)
    cv.text((x, y - 10), "0", 26, INK, anchor="ms")
    label = f"{km:g} km"
    cv.text((x + length, y - 10), f"{km:g}", 26, INK, anchor="ms")
    cv.text((x + length + 14, y + h / 2), "km", 26, INK, anchor="lm")
    _ = label


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


# ----------------------------------------------------------------------------------------------
# Base map
# ----------------------------------------------------------------------------------------------


def fit_view(points: list[tuple[float, float]], box, pad_deg: float, limit=None) -> tuple[float, ...]:
    """A lon/lat view around points, padded, widened to the box's aspect (with cos(lat))."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east = min(lons) - pad_deg, max(lons) + pad_deg
    south, north = min(lats) - pad_deg * 0.8, max(lats) + pad_deg * 0.8
    k = math.cos(math.radians((south + north) / 2))
    aspect = (box[2] - box[0]) / (box[3] - box[1])
    w, h = (east - west) * k, north - south
    if w / h < aspect:
        extra = (h * aspect / k - (east - west)) / 2
        west, east = west - extra, east + extra
    else:
        extra = ((east - west) * k / aspect - h) / 2
        south, north = south - extra, north + extra
    if limit:
        # Slide (not shrink) the view back inside the geography's region where possible.
        lw, ls, le, ln = limit
        if west < lw:
            east, west = east + lw - west, lw
        if east > le:
            west, east = west - (east - le), le
        if south < ls:
            north, south = north + ls - south, ls
        if north > ln:
            south, north = south - (north - ln), ln
    return west, south, east, north


def draw_land(cv: Canvas, proj: Projection, land: dict, borders: bool = True) -> None:
    for feature in land.get("features", []):
        for polygon in feature["geometry"]["coordinates"]:
            outer = [proj(*p) for p in polygon[0]]
            cv.polygon(outer, fill=LAND)
            for hole in polygon[1:]:
                cv.polygon([proj(*p) for p in hole], fill=SEA)
    if not borders:
        return
    for feature in land.get("features", []):
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                pts = [proj(*p) for p in ring]
                # Stroke only the parts that are not the clipping box's straight edges.
                cv.line(pts, BORDER, 2.5, dash=(12, 7))


def river_lines(proj: Projection, rivers: dict) -> dict[str, list[tuple[float, float]]]:
    return {
        f["properties"]["name"]: [proj(*p) for p in f["geometry"]["coordinates"]] for f in rivers["features"]
    }


def label_river(
    cv: Canvas,
    pts,
    text: str,
    near: tuple[float, float],
    size: float = 34,
    along: float = 0,
    within=None,
    search: float = 600,
) -> bool:
    """The river's name along its line, beside it, as close to near (pixels) as free space allows."""
    if len(pts) < 2:
        return False
    total = polyline_length(pts)
    i = min(range(len(pts)), key=lambda j: math.dist(pts[j], near))
    home = polyline_length(pts[: i + 1]) + along
    width = cv.textlength(text, size, "serif", "italic") + 3 * len(text) + 16
    tries = sorted(
        (d for d in range(-int(search), int(search) + 1, 30) if width / 2 < home + d < total - width / 2),
        key=abs,
    )
    for soft, d in [(True, d) for d in tries] + [(False, d) for d in tries]:
        dist = home + d
        a, _ = point_at(pts, dist - width / 2)
        b, _ = point_at(pts, dist + width / 2)
        (cx, cy), _ = point_at(pts, dist)
        # Only where the river runs fairly straight under the name.
        if math.dist(a, b) < width * 0.85:
            continue
        ang = math.degrees(math.atan2(-(b[1] - a[1]), b[0] - a[0]))
        if ang > 90:
            ang -= 180
        if ang < -90:
            ang += 180
        for side in (1, -1):
            off = size * 0.8 * side
            rad = math.radians(ang)
            nx, ny = -math.sin(rad), -math.cos(rad)  # the upward normal of the text
            x, y = cx + nx * off, cy + ny * off
            hw, hh = width / 2, size * 0.6
            corners = [
                (
                    x + math.cos(rad) * u * hw - math.sin(rad) * v * hh,
                    y - math.sin(rad) * u * hw - math.cos(rad) * v * hh,
                )
                for u in (-1, 1)
                for v in (-1, 1)
            ]
            box = (
                min(c[0] for c in corners),
                min(c[1] for c in corners),
                max(c[0] for c in corners),
                max(c[1] for c in corners),
            )
            if cv.free(box, margin=2, within=within, soft=soft):
                cv.rotated_text((x, y), text, size, ang, RIVER_TEXT, halo=LAND, halo_width=4, spacing=3)
                cv.take(box)
                return True
    return False


def take_path(cv: Canvas, pts, half: float, step: float = 18) -> None:
    """Mark the space an arrow or line takes, as small boxes along it."""
    length = polyline_length(pts)
    d = 0.0
    while d <= length:
        (x, y), _ = point_at(pts, d)
        cv.soft.append((x - half, y - half, x + half, y + half))
        d += step


def place_label(
    cv: Canvas,
    xy: tuple[float, float],
    text: str,
    size: float,
    weight: str = "regular",
    gap: float = 14,
    prefer: Sequence[str] = ("e", "w", "ne", "se", "nw", "sw", "n", "s"),
    force: bool = False,
    within=None,
) -> bool:
    """Put a place name beside its dot in the first free spot; returns whether it found one."""
    x, y = xy
    tw = cv.textlength(text, size, "sans", weight)
    th = size * 1.05
    spots = {
        "e": (x + gap, y - th / 2),
        "w": (x - gap - tw, y - th / 2),
        "ne": (x + gap * 0.6, y - gap * 0.6 - th),
        "se": (x + gap * 0.6, y + gap * 0.6),
        "nw": (x - gap * 0.6 - tw, y - gap * 0.6 - th),
        "sw": (x - gap * 0.6 - tw, y + gap * 0.6),
        "n": (x - tw / 2, y - gap - th),
        "s": (x - tw / 2, y + gap),
    }
    for soft in (True, False):
        for key in prefer:
            lx, ly = spots[key]
            box = (lx - 3, ly - 3, lx + tw + 3, ly + th + 3)
            if cv.free(box, ignore=xy, within=within, soft=soft):
                cv.text(
                    (lx, ly + th / 2), text, size, INK, "sans", weight, anchor="lm", halo=LAND, halo_width=5
                )
                cv.take(box)
                return True
    if force:
        lx, ly = spots[prefer[0]]
        cv.text((lx, ly + th / 2), text, size, INK, "sans", weight, anchor="lm", halo=LAND, halo_width=5)
        cv.take((lx - 3, ly - 3, lx + tw + 3, ly + th + 3))
        return True
    return False


# ----------------------------------------------------------------------------------------------
# (a) The offensive
# ----------------------------------------------------------------------------------------------

RIVER_LABELS_REGIONAL = {
    # river: [(name on the map, near (lon, lat))]: each name is tried near each of its points in turn
    "Danube": [
        ("Danube  ·  Дунав", [(19.2, 45.55), (19.0, 45.9)]),
        ("Danube  ·  Дунав", [(23.4, 43.75), (24.2, 43.72), (22.3, 44.65)]),
    ],
    "Sava": [("Sava  ·  Сава", [(19.75, 44.8), (18.2, 45.08), (19.3, 44.9)])],
    "Great Morava": [
        ("Morava  ·  Морава", [(21.3, 43.95), (21.12, 44.18)]),
        ("Morava", [(21.3, 43.95), (21.12, 44.18)]),
    ],
    "South Morava": [
        ("South Morava  ·  Јужна Морава", [(21.90, 42.92), (21.7, 43.5)]),
        ("South Morava", [(21.90, 42.92), (21.7, 43.5)]),
    ],
    "Tisza": [("Tisza  ·  Тиса", [(20.12, 45.85), (20.2, 45.4), (20.15, 46.3)])],
    "Drina": [("Drina  ·  Дрина", [(19.40, 44.35), (19.3, 44.0)])],
}

COUNTRY_LABELS = {
    # present-day names, for orientation: the first of the spots that fits on the map is used
    "Romania": [(22.6, 45.35), (24.6, 45.35)],
    "Bulgaria": [(23.3, 43.35), (23.45, 43.55), (23.1, 43.2), (25.0, 42.75)],
    "Serbia": [(20.75, 43.40), (19.95, 44.45), (21.0, 43.25), (20.45, 43.85)],
    "Hungary": [(19.5, 46.28), (19.6, 46.75)],
    "Croatia": [(18.6, 45.45), (17.0, 45.55)],
    "Bosnia and Herzegovina": [(18.4, 44.4), (18.0, 44.25)],
    "North Macedonia": [(21.55, 41.55)],
    "Montenegro": [(19.25, 42.75)],
    "Albania": [(20.0, 41.3)],
    "Greece": [(22.8, 40.75)],
}


def draw_base(
    cv: Canvas, proj: Projection, box, land, rivers, river_labels, river_width=5.0, danube_width=7.0
):
    _x0, _y0, _x1, _y1 = box
    cv.rect(box, fill=SEA)
    draw_land(cv, proj, land)
    lines = river_lines(proj, rivers)
    for name, pts in lines.items():
        cv.line(pts, RIVER, danube_width if name == "Danube" else river_width)
    return lines


OFFENSIVE_VIEW = ["subotica", "timisoara", "vidin", "nis", "kraljevo", "belgrade"]
REGION = (13.0, 40.0, 31.0, 49.0)  # what assets/geo covers


def lanes(routes: list[dict]) -> dict[str, int]:
    """Routes that share a leg between two places are drawn side by side: a lane number each."""
    legs: dict[frozenset, list[str]] = {}
    for r in routes:
        for a, b in zip(r["waypoints"], r["waypoints"][1:], strict=False):
            legs.setdefault(frozenset((a, b)), []).append(r["id"])
    lane: dict[str, int] = {}
    for r in routes:
        taken = {lane[o] for leg in legs.values() if r["id"] in leg for o in leg if o in lane}
        n = 0
        while n in taken:
            n += 1
        lane[r["id"]] = n
    return lane


def offset_polyline(pts, d: float):
    """The polyline moved sideways by d pixels (to the left of its direction)."""
    if d == 0 or len(pts) < 2:
        return pts
    out = []
    for i, (x, y) in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(len(pts) - 1, i + 1)]
        ang = math.atan2(b[1] - a[1], b[0] - a[0])
        out.append((x + math.sin(ang) * d, y - math.cos(ang) * d))
    return out


def route_paths(routes, places, proj, box, lane_gap: float, smooth_rounds: int = 3):
    """Pixel paths of the routes, side by side where they share legs, clipped to the box."""
    lane = lanes(routes)
    out = []
    for r in routes:
        way = [proj(places[w]["lon"], places[w]["lat"]) for w in r["waypoints"] if w in places]
        if len(way) < 2:
            continue
        path = smooth(way, smooth_rounds)
        k = lane.get(r["id"], 0)
        shift = 0 if k == 0 else lane_gap * ((k + 1) // 2) * (1 if k % 2 else -1)
        path = offset_polyline(path, shift)
        path = clip_polyline(path, box)
        if len(path) >= 2:
            out.append((r, path))
    return out


def number_tag(cv: Canvas, xy, n: int, text: str, colour, size: float = 30) -> tuple[float, ...]:
    """A tag: a numbered disc in the side's colour, then the text (the dates)."""
    x, y = xy
    r = size * 0.68
    tw = cv.textlength(text, size, "sans", "bold")
    w = 2 * r + 12 + tw + 16
    h = 2 * r + 10
    box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    cv.rect(box, fill=(250, 247, 240), outline=colour, width=3, radius=h / 2)
    cx = box[0] + 5 + r
    cv.ellipse((cx, y), r, fill=colour)
    cv.text((cx, y + 1), str(n), size * 0.9, PAPER, "sans", "bold", anchor="mm")
    cv.text((cx + r + 10, y + 1), text, size, colour, "sans", "bold", anchor="lm")
    return box


def tag_size(cv: Canvas, text: str, size: float = 30) -> tuple[float, float]:
    r = size * 0.68
    return 2 * r + 12 + cv.textlength(text, size, "sans", "bold") + 16, 2 * r + 10


def place_tag(cv: Canvas, path, n: int, text: str, colour, size: float = 30, within=None) -> None:
    """Put the numbered date tag beside its arrow, at the first free spot from the middle outwards;
    a tag that has to stand further off gets a thin leader line to the arrow."""
    w, h = tag_size(cv, text, size)
    length = polyline_length(path)
    fracs = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)
    for soft, extra in ((True, 0), (True, 45), (False, 0), (True, 95), (False, 45)):
        for frac in fracs:
            (x, y), ang = point_at(path, length * frac)
            nx, ny = -math.sin(ang), math.cos(ang)
            for side in (1, -1):
                off = 14 + extra + abs(ny) * h / 2 + abs(nx) * w / 2
                cx, cy = x + nx * off * side, y + ny * off * side
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if cv.free(box, margin=3, soft=soft, within=within):
                    if extra:
                        ex, ey = x + nx * (14 + extra) * side, y + ny * (14 + extra) * side
                        cv.line([(x, y), (ex, ey)], colour, 3)
                    number_tag(cv, (cx, cy), n, text, colour, size)
                    cv.take(box)
                    return
    (x, y), _ = point_at(path, length / 2)
    box = number_tag(cv, (x, y), n, text, colour, size)
    cv.take(box)


def route_list(cv: Canvas, x: float, y: float, width: float, items, bottom: float, size: float = 27) -> float:
    """The numbered list in the side panel: disc, dates in the side's colour, then the text."""
    lh = size * 1.28
    r = size * 0.66
    tx = x + 2 * r + 12
    for n, colour, when, label in items:
        cv.ellipse((x + r, y + lh / 2), r, fill=colour)
        cv.text((x + r, y + lh / 2 + 1), str(n), size * 0.85, PAPER, "sans", "bold", anchor="mm")
        dw = cv.text((tx, y + lh / 2), when, size, colour, "sans", "bold", anchor="lm")[2] - tx
        words, lines, line = label.split(), [], ""
        avail = width - (tx - x) - dw - 14
        for word in words:
            trial = f"{line} {word}".strip()
            if cv.textlength(trial, size) <= avail or not line:
                line = trial
            else:
                lines.append(line)
                line, avail = word, width - (tx - x)
        if line:
            lines.append(line)
        for i, text in enumerate(lines[:3]):
            cv.text((tx + (dw + 14 if i == 0 else 0), y + lh / 2 + i * lh), text, size, INK, anchor="lm")
        y += lh * min(3, len(lines)) + size * 0.45
        if y > bottom:
            break
    return y


def side_panel(cv: Canvas, x0: float, box) -> None:
    cv.rect((x0, box[1], W, box[3]), fill=PAPER)
    cv.line([(x0, box[1]), (x0, box[3])], LAND_EDGE, 3)


def draw_offensive(content: Path) -> Image.Image | None:
    places = load_places(content)
    routes = [r for r in load_toml(content / "text" / "routes.toml").get("route", []) if r.get("waypoints")]
    if not routes or "belgrade" not in places:
        print("map-offensive: needs text/routes.toml and a 'belgrade' place; skipped", file=sys.stderr)
        return None
    land, rivers = load_geojson("land"), load_geojson("rivers")

    cv = Canvas(background=PAPER)
    panel_w = 680
    box = (0, 150, W - panel_w, H - 60)
    inner = (box[0] + 8, box[1] + 8, box[2] - 8, box[3] - 8)
    anchors = [(places[p]["lon"], places[p]["lat"]) for p in OFFENSIVE_VIEW if p in places]
    view = fit_view(anchors, box, 0.25, limit=REGION)
    proj = Projection(view, box)
    lines = draw_base(cv, proj, box, land, rivers, RIVER_LABELS_REGIONAL)
    belgrade = proj(places["belgrade"]["lon"], places["belgrade"]["lat"])

    # Furniture, so that nothing is put on it.
    sb = (box[2] - 500, box[3] - 50)
    cv.take((sb[0] - 20, sb[1] - 60, sb[0] + 480, sb[1] + 40))
    cv.take((box[2] - 150, box[1] + 10, box[2] - 10, box[1] + 180))

    # The routes that reach into this view, in order of their start; arrows stop short of a dot.
    routes.sort(key=lambda r: (sort_key(str(r["start"])), r["id"]))
    paths = [
        (r, p) for r, p in route_paths(routes, places, proj, inner, lane_gap=20) if polyline_length(p) > 70
    ]
    for _, path in paths:
        take_path(cv, path, 9)

    # Present-day country names, faint, under everything else.
    for name, spots in COUNTRY_LABELS.items():
        half = cv.textlength(name.upper(), 30, "sans", "bold") / 2 + 3 * len(name)
        for lon, lat in spots:
            x, y = proj(lon, lat)
            tb = (x - half, y - 22, x + half, y + 22)
            if (
                box[0] + 20 < x - half
                and x + half < box[2] - 20
                and box[1] + 40 < y < box[3] - 40
                and cv.free(tb)
            ):
                cv.text((x, y), name.upper(), 30, (172, 160, 138), "sans", "bold", anchor="mm", spacing=6)
                break

    drawn = []
    for r, path in paths:
        last = r["waypoints"][-1]
        ends_here = (
            last in places and math.dist(path[-1], proj(places[last]["lon"], places[last]["lat"])) < 40
        )
        path = cut_end(path, 22) if ends_here else path
        colour = SIDE_COLOUR.get(r.get("side", "other"), SIDE_COLOUR["other"])
        dash = (40, 16) if r.get("side") == "german" else None
        arrow(cv, path, colour, width=11, head=40, dash=dash)
        drawn.append((r, path, colour))

    # Place dots: Belgrade, the routes' places, and the other cities in view.
    wanted = ["belgrade"]
    for r, _, _ in drawn:
        wanted += [w for w in r["waypoints"] if w in places]
    wanted += [pid for pid, p in places.items() if p.get("kind") == "city"]
    shown, seen = [], set()
    for pid in wanted:
        p = places[pid]
        if pid in seen or p.get("kind") in {"river", "region", "district", "building", "bridge", "fortress"}:
            continue
        seen.add(pid)
        x, y = proj(p["lon"], p["lat"])
        if box[0] + 20 < x < box[2] - 20 and box[1] + 20 < y < box[3] - 20:
            shown.append((pid, p, x, y))
    for pid, p, x, y in shown:
        (paint_city if pid == "belgrade" or p.get("kind") == "city" else paint_town)(cv, x, y)
        cv.take((x - 12, y - 12, x + 12, y + 12))

    # Names: Belgrade, then the rivers, then the other places (cities first).
    place_label(
        cv,
        belgrade,
        text_of(places["belgrade"].get("name")).upper(),
        46,
        "bold",
        gap=24,
        prefer=("nw", "w", "sw", "n", "ne", "e"),
        force=True,
        within=inner,
    )
    for name, labels in RIVER_LABELS_REGIONAL.items():
        if name not in lines:
            continue
        done: set[str] = set()  # a shorter text is only a fallback for a longer one that did not fit
        for text, spots in labels:
            if any(text in d or d in text for d in done):
                continue
            for lon, lat in spots:
                x, y = proj(lon, lat)
                inside = box[0] < x < box[2] and box[1] < y < box[3]
                if inside and label_river(cv, lines[name], text, (x, y), size=30, within=inner, search=300):
                    done.add(text)
                    break
    for pid, p, x, y in shown:
        if p.get("kind") == "city" and pid != "belgrade":
            place_label(cv, (x, y), text_of(p.get("name")), 34, "bold", gap=18, within=inner)
    # Towns where a movement starts or ends, then the date tags, then the other towns.
    ends = {w for r, _, _ in drawn for w in (r["waypoints"][0], r["waypoints"][-1])}
    done = set()
    for pid, p, x, y in shown:
        if pid in ends and p.get("kind") != "city" and pid != "belgrade":
            place_label(cv, (x, y), text_of(p.get("name")), 29, "regular", gap=15, within=inner)
            done.add(pid)
    for n, (r, path, colour) in enumerate(drawn, 1):
        place_tag(cv, path, n, short_span(str(r["start"]), str(r["end"])), colour, size=28, within=inner)
    for pid, p, x, y in shown:
        if pid not in done and p.get("kind") != "city" and pid != "belgrade":
            place_label(cv, (x, y), text_of(p.get("name")), 29, "regular", gap=15, within=inner)

    scale_bar(cv, proj, *sb)
    north_arrow(cv, box[2] - 80, box[1] + 100)

    # Side panel: the key, then the numbered list of movements.
    px0 = box[2]
    side_panel(cv, px0, box)
    entries = []
    for side in dict.fromkeys(r.get("side", "other") for r, _, _ in drawn):
        en, sr = SIDE_NAME.get(side, SIDE_NAME["other"])
        entries.append((en, sr, paint_arrow(SIDE_COLOUR.get(side), (26, 10) if side == "german" else None)))
    entries += [
        (
            "City  ·  town",
            "град  ·  место",
            lambda c, cx, cy: (paint_city(c, cx - 22, cy), paint_town(c, cx + 26, cy)),
        ),
        ("River", "река", paint_river),
        ("Present-day border", "данашња граница", paint_border),
    ]
    bottom = legend_box(cv, px0 + 30, box[1] + 24, entries, width=panel_w - 60)
    y = bottom + 30
    cv.text((px0 + 34, y + 4), "Movements, with dates", 32, INK, "serif", "bold", anchor="lm")
    cv.text((px0 + 34, y + 42), "Покрети, с датумима", 26, INK_SOFT, "serif", "italic", anchor="lm")
    items = [
        (n, colour, short_span(str(r["start"]), str(r["end"])), text_of(r.get("label")))
        for n, (r, _, colour) in enumerate(drawn, 1)
    ]
    route_list(cv, px0 + 34, y + 72, panel_w - 70, items, box[3] - 30, size=24)

    # The title's months: those of the movements that end in Belgrade.
    def ends_in_city(r: dict) -> bool:
        last = places.get(r["waypoints"][-1])
        return last is not None and math.dist(proj(last["lon"], last["lat"]), belgrade) < 30

    to_city = [r for r, _, _ in drawn if ends_in_city(r)] or [r for r, _, _ in drawn]
    title_en, title_sr = month_span_text(
        [str(r["start"]) for r in to_city] + [str(r["end"]) for r in to_city]
    )
    title_band(cv, f"The road to Belgrade, {title_en}", f"Пут ка Београду, {title_sr}")
    source_line(cv, SOURCE_MAP)
    return cv.finish()


def cut_start(pts, length: float):
    return list(reversed(cut_end(list(reversed(pts)), length)))


def pick_corner(cv: Canvas, proj: Projection, box, lonlats, size) -> tuple[float, float]:
    """The map corner (bottom-left, top-left, bottom-right, top-right) with fewest route points."""
    w, h = size
    margin = 30
    corners = [
        (box[0] + margin, box[3] - margin - h),
        (box[0] + margin, box[1] + margin),
        (box[2] - margin - w, box[3] - margin - h - 110),
        (box[2] - margin - w - 150, box[1] + margin),
    ]
    pixels = [proj(lon, lat) for lon, lat in lonlats]

    def crowd(c):
        x, y = c
        return sum(1 for px, py in pixels if x - 40 < px < x + w + 40 and y - 40 < py < y + h + 40)

    return min(corners, key=crowd)


def label_route(
    cv: Canvas, path, route: dict, colour, size: float = 30, within=None, clear: float = 30
) -> None:
    """A two-line tag beside the arrow: the dates in bold and, under them, the movement's name."""
    dates = short_span(str(route["start"]), str(route["end"]))
    name = text_of(route.get("label"))
    length = polyline_length(path)
    tw = max(cv.textlength(dates, size, "sans", "bold"), cv.textlength(name, size * 0.8)) + 24
    th = size * 2.25 + 12
    fracs = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)
    for soft, extra in ((True, 0), (True, 50), (False, 0), (True, 110), (False, 60)):
        for frac in fracs:
            (x, y), ang = point_at(path, length * frac)
            nx, ny = -math.sin(ang), math.cos(ang)
            for side in (1, -1):
                off = clear + extra + abs(ny) * th / 2 + abs(nx) * tw / 2
                cx, cy = x + nx * off * side, y + ny * off * side
                box = (cx - tw / 2, cy - th / 2, cx + tw / 2, cy + th / 2)
                if not cv.free(box, margin=2, soft=soft, within=within):
                    continue
                if extra:
                    cv.line(
                        [(x, y), (x + nx * (clear + extra) * side, y + ny * (clear + extra) * side)],
                        colour,
                        3,
                    )
                cv.rect(box, fill=(250, 247, 240), outline=colour, width=3, radius=8)
                cv.text((cx, cy - th / 4 + 3), dates, size, colour, "sans", "bold", anchor="mm")
                cv.text((cx, cy + th / 4 - 1), name, size * 0.8, INK, anchor="mm")
                cv.take(box)
                return
    (x, y), _ = point_at(path, length / 2)
    cv.text((x, y), dates, size, colour, "sans", "bold", anchor="mm", halo=PAPER, halo_width=6)


# ----------------------------------------------------------------------------------------------
# (b) The battle for the city
# ----------------------------------------------------------------------------------------------

CITY_PLACES = ["zemun", "pancevo", "avala", "kalemegdan", "sava-bridge", "banjica"]
ASSAULT_FIRST, ASSAULT_LAST = (1944, 10, 14), (1944, 10, 22)
ASSAULT_TITLE = ("The battle for Belgrade, 14–20 October 1944", "Битка за Београд, 14–20. октобар 1944.")


def overlaps_assault(start: str, end: str) -> bool:
    return sort_key(start) <= ASSAULT_LAST and sort_key(end.split("/")[-1]) >= ASSAULT_FIRST


def draw_assault(content: Path) -> Image.Image | None:
    places = load_places(content)
    if "belgrade" not in places:
        print("map-assault-belgrade: needs a 'belgrade' place; skipped", file=sys.stderr)
        return None
    routes = load_toml(content / "text" / "routes.toml").get("route", [])
    events = load_toml(content / "text" / "events.toml").get("event", [])
    rivers = load_geojson("rivers")

    cv = Canvas(background=PAPER)
    panel_w = 760
    box = (0, 150, W - panel_w, H - 60)
    inner = (box[0] + 8, box[1] + 8, box[2] - 8, box[3] - 8)
    anchor = [(places[p]["lon"], places[p]["lat"]) for p in CITY_PLACES if p in places]
    view = fit_view(anchor, box, 0.03)
    proj = Projection(view, box)
    px_km = proj.px_per_km()

    def in_view(pid: str, margin: float = 30) -> bool:
        if pid not in places:
            return False
        x, y = proj(places[pid]["lon"], places[pid]["lat"])
        return box[0] + margin < x < box[2] - margin and box[1] + margin < y < box[3] - margin

    # Ground and rivers at about their width (the Danube some 700 m here, the Sava 300 m).
    cv.rect(box, fill=LAND)
    lines = {name: smooth(pts, 2) for name, pts in river_lines(proj, rivers).items()}
    widths = {"Danube": max(16, 0.7 * px_km), "Sava": max(10, 0.3 * px_km)}
    for name, pts in lines.items():
        cv.line(pts, RIVER, widths.get(name, 8))
    island = "great-war-island"
    if island in places:
        gx, gy = proj(places[island]["lon"], places[island]["lat"])
        cv.ellipse((gx, gy), 1.4 * px_km, fill=RIVER, ry=0.95 * px_km)
        rot = 0.6
        outline = [
            (
                gx + math.cos(t) * 1.05 * px_km * math.cos(rot) - math.sin(t) * 0.5 * px_km * math.sin(rot),
                gy + math.cos(t) * 1.05 * px_km * math.sin(rot) + math.sin(t) * 0.5 * px_km * math.cos(rot),
            )
            for t in [i * math.pi / 24 for i in range(48)]
        ]
        cv.polygon(outline, fill=(214, 226, 200))
        cv.take((gx - 0.9 * px_km, gy - 0.6 * px_km, gx + 0.9 * px_km, gy + 0.6 * px_km))

    # Furniture.
    sb = (box[2] - 480, box[3] - 50)
    cv.take((sb[0] - 20, sb[1] - 60, sb[0] + 460, sb[1] + 40))
    cv.take((box[2] - 150, box[1] + 10, box[2] - 10, box[1] + 180))

    # Movements of the week that have at least two of their places in view.
    active = [
        r
        for r in routes
        if overlaps_assault(str(r["start"]), str(r["end"]))
        and sort_key(str(r["end"]).split("/")[-1]) <= (1944, 10, 31)
        and sum(in_view(w, 0) for w in r["waypoints"]) >= 2
    ]
    active.sort(key=lambda r: (sort_key(str(r["start"])), r["id"]))
    paths = [(r, p) for r, p in route_paths(active, places, proj, inner, lane_gap=34, smooth_rounds=2)]
    drawn = []
    for r, path in paths:
        if polyline_length(path) < 120:
            continue
        path = cut_start(cut_end(path, 34), 20)
        colour = SIDE_COLOUR.get(r.get("side", "other"), SIDE_COLOUR["other"])
        dash = (46, 18) if r.get("side") == "german" else None
        arrow(cv, path, colour, width=18, head=60, dash=dash)
        take_path(cv, path, 14)
        drawn.append((r, path, colour))

    # Events of the week: those at a particular place in view get a numbered marker; those that
    # concern the whole city are listed beside the map with the city's sign.
    week = sorted(
        (e for e in events if overlaps_assault(str(e["date"]), str(e["date"])) and _ymd(str(e["date"]))[2]),
        key=lambda e: (sort_key(str(e["date"])), e["id"]),
    )
    located, listed = [], []
    n = 0
    for e in week:
        pid = e.get("place")
        if pid == "belgrade":
            listed.append((None, e))
        elif pid and in_view(pid):
            n += 1
            located.append((n, e, pid))
            listed.append((n, e))

    # Places: dots and signs first.
    shown = [
        (pid, places[pid])
        for pid in dict.fromkeys([*CITY_PLACES, "obrenovac", "smederevo"])
        if in_view(pid, 20)
    ]
    for _pid, p in shown:
        x, y = proj(p["lon"], p["lat"])
        kind = p.get("kind")
        if kind == "hill":
            cv.polygon(
                [(x, y - 18), (x + 18, y + 13), (x - 18, y + 13)], fill=INK_SOFT, outline=PAPER, width=2
            )
        elif kind in {"town", "city"}:
            paint_city(cv, x, y)
        elif kind == "bridge":
            cv.rect((x - 18, y - 7, x + 18, y + 7), fill=INK, outline=PAPER, width=2)
        else:
            cv.ellipse((x, y), 9, fill=INK, outline=PAPER, width=2)
        cv.take((x - 16, y - 16, x + 16, y + 16))

    # Event markers, fanned out around their place.
    markers = []
    per_place: dict[str, int] = {}
    for n, _e, pid in located:
        x, y = proj(places[pid]["lon"], places[pid]["lat"])
        k = per_place.get(pid, 0)
        per_place[pid] = k + 1
        for dist in (62, 92, 122):
            for a in (-45, -135, 45, 135, -90, 0, 180, 90):
                ang = math.radians(a + 20 * k)
                mx, my = x + math.cos(ang) * dist, y + math.sin(ang) * dist
                mb = (mx - 28, my - 28, mx + 28, my + 28)
                if cv.free(mb, margin=2, within=inner):
                    break
            else:
                continue
            break
        cv.take(mb)
        markers.append((n, mx, my, x, y))

    # Names: the city in large letters where there is room, then the places.
    bx, by = proj(places["belgrade"]["lon"], places["belgrade"]["lat"])
    city = text_of(places["belgrade"].get("name")).upper()
    city_w = cv.textlength(city, 66, "serif", "bold") + 10 * len(city)
    want = (bx + 0.4 * city_w, by + 2.5 * px_km)  # a little south-east of the centre, on the right bank
    spots = sorted(
        ((bx + dx * 20, by + dy * 20) for dx in range(-40, 41) for dy in range(-10, 30)),
        key=lambda c: math.dist(c, want),
    )
    for cx, cy in spots:
        tb = (cx - city_w / 2, cy - 40, cx + city_w / 2, cy + 40)
        if cv.free(tb, within=inner):
            cv.text(
                (cx, cy), city, 66, INK, "serif", "bold", anchor="mm", halo=LAND, halo_width=6, spacing=10
            )
            cv.take(tb)
            break
    for _pid, p in shown:
        x, y = proj(p["lon"], p["lat"])
        name = text_of(p.get("name"))
        if p.get("kind") in {"town", "city"}:
            place_label(cv, (x, y), name, 42, "bold", gap=22, force=True, within=inner)
        else:
            place_label(
                cv,
                (x, y),
                name,
                33,
                "regular",
                gap=20,
                prefer=("w", "sw", "nw", "e", "ne", "se", "s", "n"),
                within=inner,
            )
    if island in places:
        gx, gy = proj(places[island]["lon"], places[island]["lat"])
        name = text_of(places[island].get("name"))
        place_label(
            cv, (gx, gy), name, 30, "regular", gap=0.9 * px_km, prefer=("nw", "n", "w", "ne"), within=inner
        )

    for label, spots, along in (
        ("Danube  ·  Дунав", ["pancevo", "zemun"], 0),
        ("Sava  ·  Сава", ["sava-bridge"], -300),
    ):
        river = "Danube" if label.startswith("Danube") else "Sava"
        for pid in spots:
            if (
                river in lines
                and pid in places
                and label_river(
                    cv,
                    lines[river],
                    label,
                    proj(places[pid]["lon"], places[pid]["lat"]),
                    size=36,
                    along=along,
                    within=inner,
                    search=700,
                )
            ):
                break

    for n, mx, my, x, y in markers:
        cv.line([(x, y), (mx, my)], INK, 3)
        cv.ellipse((mx, my), 27, fill=ACCENT, outline=INK, width=3)
        cv.text((mx, my + 1), str(n), 31, INK, "sans", "bold", anchor="mm")
    for r, path, colour in drawn:
        label_route(cv, path, r, colour, size=32, within=inner, clear=34)

    scale_bar(cv, proj, *sb, max_px=360)
    north_arrow(cv, box[2] - 80, box[1] + 100)

    # Side panel: key, then the week's events.
    px0 = box[2]
    side_panel(cv, px0, box)
    entries = []
    for side in dict.fromkeys(r.get("side", "other") for r, _, _ in drawn):
        en, sr = SIDE_NAME.get(side, SIDE_NAME["other"])
        entries.append((en, sr, paint_arrow(SIDE_COLOUR.get(side), (26, 10) if side == "german" else None)))
    entries.append(("River", "река", lambda c, cx, cy: c.line([(cx - 44, cy), (cx + 44, cy)], RIVER, 16)))
    entries.append(("Event (see list)", "догађај (види списак)", paint_marker))
    bottom = legend_box(cv, px0 + 30, box[1] + 24, entries, width=panel_w - 60)
    y = bottom + 34
    cv.text((px0 + 34, y + 4), "The week, day by day", 32, INK, "serif", "bold", anchor="lm")
    cv.text((px0 + 34, y + 42), "Недеља, дан по дан", 26, INK_SOFT, "serif", "italic", anchor="lm")
    y += 84
    size, lh = 26, 33
    for num, e in listed:
        if y > box[3] - 60:
            break
        cx, cy = px0 + 56, y + lh / 2
        if num is None:
            paint_city(cv, cx, cy)
        else:
            paint_marker(cv, cx, cy, num, r=19)
        when = short_span(str(e["date"]).split("/")[0], str(e["date"]).split("/")[-1])
        tx = px0 + 90
        dw = cv.text((tx, cy), when, size, INK, "sans", "bold", anchor="lm")[2] - tx
        text_lines = wrap_text(cv, text_of(e.get("title")), size, panel_w - 130 - dw - 14)
        first = text_lines[0] if text_lines else ""
        cv.text((tx + dw + 14, cy), first, size, INK, anchor="lm")
        rest = wrap_text(cv, " ".join(text_lines[1:]), size, panel_w - 130) if len(text_lines) > 1 else []
        for i, line in enumerate(rest[:2], 1):
            cv.text((tx, cy + i * lh), line, size, INK, anchor="lm")
        y += lh * (1 + min(2, len(rest))) + 12
    paint_city(cv, px0 + 56, y + 23)
    cv.text(
        (px0 + 90, y + 23),
        "in the city as a whole  ·  у граду у целини",
        24,
        INK_SOFT,
        "sans",
        "italic",
        anchor="lm",
    )

    title_band(cv, *ASSAULT_TITLE)
    source_line(cv, SOURCE_CITY)
    return cv.finish()


def paint_marker(cv: Canvas, cx: float, cy: float, n: int | str = "", r: float = 22) -> None:
    cv.ellipse((cx, cy), r, fill=ACCENT, outline=INK, width=3)
    if n != "":
        cv.text((cx, cy + 1), str(n), r * 1.15, INK, "sans", "bold", anchor="mm")


def wrap_text(cv: Canvas, text: str, size: float, width: float, weight="regular") -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if cv.textlength(trial, size, "sans", weight) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def clip_polyline(pts, box):
    """The longest run of pts inside box, with the crossing points added."""
    x0, y0, x1, y1 = box

    def inside(p):
        return x0 <= p[0] <= x1 and y0 <= p[1] <= y1

    def cross(a, b):
        # Walk from a (inside) toward b until the edge: bisection is plenty at pixel scale.
        lo, hi = 0.0, 1.0
        for _ in range(30):
            mid = (lo + hi) / 2
            p = (a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid)
            lo, hi = (mid, hi) if inside(p) else (lo, mid)
        return (a[0] + (b[0] - a[0]) * lo, a[1] + (b[1] - a[1]) * lo)

    runs, cur = [], []
    for i, p in enumerate(pts):
        if inside(p):
            if not cur and i > 0:
                cur.append(cross(p, pts[i - 1]))
            cur.append(p)
        elif cur:
            cur.append(cross(pts[i - 1], p))
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return max(runs, key=polyline_length) if runs else []


# ----------------------------------------------------------------------------------------------
# (c) The forces
# ----------------------------------------------------------------------------------------------

METRICS = [
    ("men", "Men", "људство"),
    ("tanks", "Tanks and self-propelled guns", "тенкови и самоходни топови"),
    ("guns", "Guns and mortars", "топови и минобацачи"),
]
UNITS = {
    # strength key: (English, Serbian) for the figures of the wider offensive
    "men": ("men", "људи"),
    "tanks": ("tanks and self-propelled guns", "тенкова и самоходних топова"),
    "assault_guns": ("assault guns", "јуришних топова"),
    "guns": ("guns and mortars", "топова и минобацача"),
    "mortars": ("mortars", "минобацача"),
    "aircraft": ("aircraft", "авиона"),
    "vehicles": ("vehicles", "возила"),
    "divisions": ("divisions", "дивизија"),
    "brigades": ("brigades", "бригада"),
}
SIDE_ORDER = ["german", "soviet", "bulgarian", "yugoslav", "other"]
FIGURE_WORDS = re.compile(
    r"\b(men|tanks?|guns?|mortars?|aircraft|divisions?|brigades?|strengths?|figures?)\b"
    r"|\b(људ|тенк|топ|минобацач|авион|дивизиј|бригад|подат|подац)\w*",
    re.I,
)


def force_value(force: dict, key: str) -> tuple[int, str] | None:
    """The figure for a metric and how it is made up ('160 + 21')."""
    s = force.get("strength", {})
    pairs = {"tanks": ("tanks", "assault_guns"), "guns": ("guns", "mortars")}
    if key in pairs:
        a, b = pairs[key]
        if a not in s and b not in s:
            return None
        total = int(s.get(a, 0)) + int(s.get(b, 0))
        words = {"tanks": "", "assault_guns": " SP guns", "guns": "", "mortars": " mortars"}
        parts = f"{s[a]}{words[a]} + {s[b]}{words[b]}" if a in s and b in s else ""
        return total, parts
    return (int(s[key]), "") if key in s else None


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f") if n >= 10000 else str(n)


def draw_forces(content: Path) -> Image.Image | None:
    forces = [f for f in load_toml(content / "text" / "forces.toml").get("force", []) if f.get("strength")]
    if not forces:
        print("chart-forces: needs text/forces.toml with strengths; skipped", file=sys.stderr)
        return None

    def side_rank(f):
        return SIDE_ORDER.index(f.get("side")) if f.get("side") in SIDE_ORDER else 9

    # Formations with men and weapons both are compared side by side; the rest (whole armies,
    # the offensive as a whole) are shown as figures, since bars on one scale would hide the others.
    battle = sorted(
        (
            f
            for f in forces
            if "men" in f["strength"]
            and any(k in f["strength"] for k in ("tanks", "assault_guns", "guns", "mortars"))
        ),
        key=side_rank,
    )
    wider = sorted((f for f in forces if f not in battle), key=side_rank)

    cv = Canvas(background=PAPER)
    title_band(cv, "The forces at Belgrade, October 1944", "Снаге код Београда, октобар 1944.")
    y = 200
    if battle:
        cv.text((60, y + 20), "The battle for the city", 40, INK, "serif", "bold", anchor="lm")
        cv.text(
            (60 + cv.textlength("The battle for the city", 40, "serif", "bold") + 24, y + 24),
            "Битка за град",
            32,
            INK_SOFT,
            "serif",
            "italic",
            anchor="lm",
        )
        y += 80
        label_w = 700
        gap = 60
        col_w = (W - 60 - label_w - gap * (len(METRICS) - 1) - 40) / len(METRICS)
        row_h = 132 if len(battle) <= 4 else max(80, 520 / len(battle))
        bar_h = row_h * 0.46
        head_y = y
        y_first = y + 96
        for i, f in enumerate(battle):
            yc = y_first + i * row_h + row_h / 2
            if i % 2 == 0:
                cv.rect((40, yc - row_h / 2, W - 40, yc + row_h / 2), fill=(242, 237, 226))
            colour = SIDE_COLOUR.get(f.get("side", "other"), SIDE_COLOUR["other"])
            cv.rect((60, yc - bar_h / 2, 74, yc + bar_h / 2), fill=colour)
            size = 34
            name = text_of(f.get("name"))
            while cv.textlength(name, size, "sans", "bold") > label_w - 80 and size > 24:
                size -= 1
            cv.text((96, yc - 18), name, size, INK, "sans", "bold", anchor="lm")
            sub = text_of(f.get("name"), "sr")
            side_en = SIDE_NAME.get(f.get("side", "other"), SIDE_NAME["other"])[0].split()[0]
            cv.text(
                (96, yc + 22), f"{side_en}  ·  {sub}" if sub != name else side_en, 25, INK_SOFT, anchor="lm"
            )
        for c, (key, en, sr) in enumerate(METRICS):
            x0 = 40 + label_w + c * (col_w + gap)
            values = [force_value(f, key) for f in battle]
            top = max((v[0] for v in values if v), default=0)
            cv.text((x0, head_y + 24), en, 34, INK, "serif", "bold", anchor="lm")
            cv.text((x0, head_y + 64), sr, 26, INK_SOFT, "serif", "italic", anchor="lm")
            cv.line([(x0, y_first - 6), (x0, y_first + len(battle) * row_h + 6)], INK_SOFT, 3)
            for i, (f, v) in enumerate(zip(battle, values, strict=True)):
                yc = y_first + i * row_h + row_h / 2
                if v is None:
                    cv.text(
                        (x0 + 16, yc),
                        "not given  ·  нема податка",
                        24,
                        (150, 140, 122),
                        "sans",
                        "italic",
                        anchor="lm",
                    )
                    continue
                value, parts = v
                length = (col_w - 190) * value / top if top else 0
                colour = SIDE_COLOUR.get(f.get("side", "other"), SIDE_COLOUR["other"])
                cv.rect((x0, yc - bar_h / 2, x0 + max(4, length), yc + bar_h / 2), fill=colour)
                end = cv.text(
                    (x0 + max(4, length) + 14, yc - (10 if parts else 0)),
                    fmt(value),
                    36,
                    INK,
                    "sans",
                    "bold",
                    anchor="lm",
                )
                if parts:
                    cv.text((x0 + max(4, length) + 14, yc + 24), f"({parts})", 22, INK_SOFT, anchor="lm")
                _ = end
        y = y_first + len(battle) * row_h + 50

    if wider:
        cv.text((60, y + 20), "The wider offensive", 40, INK, "serif", "bold", anchor="lm")
        cv.text(
            (60 + cv.textlength("The wider offensive", 40, "serif", "bold") + 24, y + 24),
            "Шира офанзива",
            32,
            INK_SOFT,
            "serif",
            "italic",
            anchor="lm",
        )
        y += 70
        n = min(len(wider), 4)
        card_gap = 30
        card_w = (W - 120 - card_gap * (n - 1)) / n
        card_h = 250
        for i, f in enumerate(wider[:n]):
            x0 = 60 + i * (card_w + card_gap)
            colour = SIDE_COLOUR.get(f.get("side", "other"), SIDE_COLOUR["other"])
            cv.rect((x0, y, x0 + card_w, y + card_h), fill=(242, 237, 226), radius=10)
            cv.rect((x0, y, x0 + 12, y + card_h), fill=colour)
            name_lines = wrap_text(cv, text_of(f.get("name")), 28, card_w - 60, "bold")
            yy = y + 38
            for line in name_lines[:2]:
                cv.text((x0 + 36, yy), line, 28, INK, "sans", "bold", anchor="lm")
                yy += 36
            yy += 16
            for key, value in f["strength"].items():
                if yy > y + card_h - 30:
                    break
                en, sr = UNITS.get(key, (key, key))
                num_end = cv.text(
                    (x0 + 36, yy + 6), fmt(int(value)), 40, colour, "sans", "bold", anchor="lm"
                )[2]
                cv.text((num_end + 14, yy - 4), en, 24, INK, anchor="lm")
                cv.text((num_end + 14, yy + 22), sr, 21, INK_SOFT, "sans", "italic", anchor="lm")
                yy += 62
        y += card_h + 22

    # Notes: where the article's figures differ or need a word, as forces.toml says, in English and
    # (in italics, under it) in Serbian, like every other label of the chart.
    notes = []
    for f in battle + wider:
        for lang in ("en", "sr"):
            # Only what bears on the figures: sentences about men, tanks, guns and the like.
            sentences = re.split(r"(?<=[.])\s+", text_of(f.get("note"), lang))
            keep = [t for t in sentences if FIGURE_WORDS.search(t)]
            if keep:
                notes.append((text_of(f.get("name"), lang), " ".join(keep), lang))
    bottom = H - 80
    for name, note, lang in notes:
        style = "italic" if lang != "en" else "regular"
        lines = wrap_text(cv, f"{name}: {note}", 22, W - 140)
        if y + 29 * len(lines) > bottom:
            lines = lines[: max(0, int((bottom - y) // 29))]
            if not lines:
                break
            lines[-1] = lines[-1].rstrip(".,;") + " …"
        for line in lines:
            cv.text((60, y), line, 22, INK_SOFT, "sans", style, anchor="lm")
            y += 29
        y += 2 if lang == "en" else 8

    source_line(cv, SOURCE_CHART)
    return cv.finish()


# ----------------------------------------------------------------------------------------------

GRAPHICS = {
    "map-offensive": draw_offensive,
    "map-assault-belgrade": draw_assault,
    "chart-forces": draw_forces,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--content", type=Path, default=REPO / "assets", help="the exhibit's content folder")
    ap.add_argument("--out", type=Path, help="write here instead of the content folder's photos/")
    ap.add_argument("--only", action="append", default=[], choices=sorted(GRAPHICS), help="just this graphic")
    args = ap.parse_args(argv)

    photos = {p["id"]: p for p in load_toml(args.content / "text" / "photos.toml").get("photo", [])}
    failed = 0
    for gid, make in GRAPHICS.items():
        if args.only and gid not in args.only:
            continue
        entry = photos.get(gid)
        rel = Path(entry["file"]) if entry else Path("photos") / f"{gid}.png"
        if entry and entry.get("placeholder"):
            print(f"{gid}: photos.toml marks it as a placeholder; skipped", file=sys.stderr)
            continue
        img = make(args.content)
        if img is None:
            failed += 1
            continue
        target = (args.out / rel.name) if args.out else (args.content / rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Fewer colours: a much smaller PNG that looks the same.
        img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            target, "PNG", optimize=True
        )
        print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
