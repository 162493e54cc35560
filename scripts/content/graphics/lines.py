"""Polylines in pixels: smoothing, cutting, walking along, moving sideways and clipping to a box."""

from __future__ import annotations

import itertools
import math

from kiosk.map.geometry import run_length


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


def cut_start(pts, length: float):
    return list(reversed(cut_end(list(reversed(pts)), length)))


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
    return max(runs, key=run_length) if runs else []
