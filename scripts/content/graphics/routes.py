"""Movements drawn as arrows: side by side where they share a leg, clipped to the map, and the
numbered list of them beside the map."""

from __future__ import annotations

import math

from graphics.canvas import Canvas
from graphics.lines import clip_polyline, cut_end, offset_polyline, point_at, run_length, smooth
from graphics.style import INK, PAPER


def arrow(cv: Canvas, pts, colour, width: float = 14, head: float = 46, casing=PAPER, dash=None) -> None:
    """A thick arrow along pts with a head at the end, on a pale casing so it reads over anything."""
    if len(pts) < 2 or run_length(pts) < head * 1.2:
        return
    shaft = cut_end(pts, head * 0.7)
    tip = pts[-1]
    (bx, by), ang = point_at(pts, run_length(pts) - head)
    ang = math.atan2(tip[1] - by, tip[0] - bx)
    half = head * 0.62
    left = (bx + math.cos(ang + math.pi / 2) * half, by + math.sin(ang + math.pi / 2) * half)
    right = (bx - math.cos(ang + math.pi / 2) * half, by - math.sin(ang + math.pi / 2) * half)
    if casing is not None:
        cv.line(shaft, casing, width + 8)
        cv.polygon([tip, left, right], fill=casing, outline=casing, width=8)
    cv.line(shaft, colour, width, dash=dash)
    cv.polygon([tip, left, right], fill=colour)


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
