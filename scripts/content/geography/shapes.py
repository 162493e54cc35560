"""Lines and rings in degrees: simplified, clipped to a box, joined end to end, rounded for writing."""

from __future__ import annotations

import math
from collections.abc import Iterable

from geography.topojson import Line, Point


def simplify(line: Line, tolerance: float) -> Line:
    """Douglas-Peucker in degrees (longitude scaled by cos(lat)); keeps both ends."""
    if len(line) < 3 or tolerance <= 0:
        return list(line)
    k = math.cos(math.radians(sum(p[1] for p in line) / len(line)))
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = line[a][0] * k, line[a][1]
        bx, by = line[b][0] * k, line[b][1]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = line[i][0] * k, line[i][1]
            d = math.hypot(px - ax, py - ay) if norm == 0 else abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k_ in zip(line, keep, strict=True) if k_]


def clip_ring(points: Line, box: tuple[float, float, float, float]) -> Line:
    """Sutherland-Hodgman: a closed ring clipped to an axis-aligned box (west, south, east, north)."""
    west, south, east, north = box

    def clip(pts: Line, inside, cross) -> Line:
        out: Line = []
        if not pts:
            return out
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
            prev = cur
        return out

    def at_x(x: float):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y: float):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    pts = points[:-1] if len(points) > 1 and points[0] == points[-1] else list(points)
    pts = clip(pts, lambda p: p[0] >= west, at_x(west))
    pts = clip(pts, lambda p: p[0] <= east, at_x(east))
    pts = clip(pts, lambda p: p[1] >= south, at_y(south))
    pts = clip(pts, lambda p: p[1] <= north, at_y(north))
    if len(pts) < 3:
        return []
    return [*pts, pts[0]]


def bbox_of(points: Iterable[Point]) -> tuple[float, float, float, float]:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def round_line(line: Line, digits: int = 3) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in line:
        p = [round(x, digits), round(y, digits)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def join_lines(lines: list[Line]) -> list[Line]:
    """Join lines that meet end to start (either way round) into as few lines as possible."""
    pool = [list(line) for line in lines if len(line) >= 2]
    out: list[Line] = []
    while pool:
        cur = pool.pop(0)
        grown = True
        while grown:
            grown = False
            for i, other in enumerate(pool):
                if other[0] == cur[-1]:
                    cur += other[1:]
                elif other[-1] == cur[-1]:
                    cur += list(reversed(other))[1:]
                elif other[-1] == cur[0]:
                    cur = other[:-1] + cur
                elif other[0] == cur[0]:
                    cur = list(reversed(other))[:-1] + cur
                else:
                    continue
                pool.pop(i)
                grown = True
                break
        out.append(cur)
    return out
