"""Names and tags put where they are free: river names along their rivers, place names beside their
dots, and the date tags beside the arrows; each takes its space on the canvas so that nothing is
drawn over it."""

from __future__ import annotations

import math
from collections.abc import Sequence

from drawing.content import text_of

from graphics.canvas import Canvas
from graphics.dates import short_span
from graphics.lines import point_at, run_length
from graphics.style import INK, LAND, PAPER, RIVER_TEXT


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
    total = run_length(pts)
    i = min(range(len(pts)), key=lambda j: math.dist(pts[j], near))
    home = run_length(pts[: i + 1]) + along
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
    length = run_length(pts)
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


FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)  # along an arrow, from its middle outwards


def spot_beside(cv: Canvas, path, w: float, h: float, clear: float, tries, margin: float, within=None):
    """The first free w x h box beside an arrow, clear of it by clear, from the arrow's middle outwards
    and on either side. Each of tries, (soft, extra), is one round: whether arrows count as taken,
    and how much further off the box may stand. Returns the box, its centre and, for a box that
    stands further off, the leader line to the arrow; or None."""
    length = run_length(path)
    for soft, extra in tries:
        for frac in FRACTIONS:
            (x, y), ang = point_at(path, length * frac)
            nx, ny = -math.sin(ang), math.cos(ang)
            for side in (1, -1):
                off = clear + extra + abs(ny) * h / 2 + abs(nx) * w / 2
                cx, cy = x + nx * off * side, y + ny * off * side
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if cv.free(box, margin=margin, soft=soft, within=within):
                    reach = clear + extra
                    leader = [(x, y), (x + nx * reach * side, y + ny * reach * side)] if extra else None
                    return box, (cx, cy), leader
    return None


def place_tag(cv: Canvas, path, n: int, text: str, colour, size: float = 30, within=None) -> None:
    """Put the numbered date tag beside its arrow, at the first free spot from the middle outwards;
    a tag that has to stand further off gets a thin leader line to the arrow."""
    w, h = tag_size(cv, text, size)
    tries = ((True, 0), (True, 45), (False, 0), (True, 95), (False, 45))
    found = spot_beside(cv, path, w, h, 14, tries, margin=3, within=within)
    if found is None:
        (x, y), _ = point_at(path, run_length(path) / 2)
        cv.take(number_tag(cv, (x, y), n, text, colour, size))
        return
    box, centre, leader = found
    if leader:
        cv.line(leader, colour, 3)
    number_tag(cv, centre, n, text, colour, size)
    cv.take(box)


def label_route(
    cv: Canvas, path, route: dict, colour, size: float = 30, within=None, clear: float = 30
) -> None:
    """A two-line tag beside the arrow: the dates in bold and, under them, the movement's name."""
    dates = short_span(str(route["start"]), str(route["end"]))
    name = text_of(route.get("label"))
    tw = max(cv.textlength(dates, size, "sans", "bold"), cv.textlength(name, size * 0.8)) + 24
    th = size * 2.25 + 12
    tries = ((True, 0), (True, 50), (False, 0), (True, 110), (False, 60))
    found = spot_beside(cv, path, tw, th, clear, tries, margin=2, within=within)
    if found is None:
        (x, y), _ = point_at(path, run_length(path) / 2)
        cv.text((x, y), dates, size, colour, "sans", "bold", anchor="mm", halo=PAPER, halo_width=6)
        return
    box, (cx, cy), leader = found
    if leader:
        cv.line(leader, colour, 3)
    cv.rect(box, fill=(250, 247, 240), outline=colour, width=3, radius=8)
    cv.text((cx, cy - th / 4 + 3), dates, size, colour, "sans", "bold", anchor="mm")
    cv.text((cx, cy + th / 4 - 1), name, size * 0.8, INK, anchor="mm")
    cv.take(box)
