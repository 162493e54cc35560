"""Geometry in view pixels: boxes, clipping lines to the view, points along lines and inside
polygons, and the pointer towards a place beyond the view's edge."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.map.projection import Line, Point


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def hits(self, other: Box, pad: float = 0.0) -> bool:
        return (
            self.x < other.x + other.w + pad
            and other.x < self.x + self.w + pad
            and self.y < other.y + other.h + pad
            and other.y < self.y + self.h + pad
        )

    def within(self, width: float, height: float) -> bool:
        return self.x >= 0 and self.y >= 0 and self.x + self.w <= width and self.y + self.h <= height


def rotated_box(cx: float, cy: float, width: float, height: float, angle: float) -> Box:
    """The upright box around a rectangle turned about its centre."""
    a = math.radians(angle)
    w = abs(width * math.cos(a)) + abs(height * math.sin(a))
    h = abs(width * math.sin(a)) + abs(height * math.cos(a))
    return Box(cx - w / 2, cy - h / 2, w, h)


@dataclass(frozen=True)
class Turned:
    """A rectangle turned about its centre by ``angle`` degrees (clockwise, as screens turn): a
    name along a river. Two of them meet only where they really do, not where their upright boxes
    would, so a slanting name does not block the whole box around it."""

    cx: float
    cy: float
    w: float
    h: float
    angle: float = 0.0
    bounds: Box = field(init=False, repr=False, compare=False)
    _u: Point = field(init=False, repr=False, compare=False)  # along its length
    _v: Point = field(init=False, repr=False, compare=False)  # across it

    def __post_init__(self) -> None:
        a = math.radians(self.angle)
        cos, sin = math.cos(a), math.sin(a)
        object.__setattr__(self, "_u", (cos, sin))
        object.__setattr__(self, "_v", (-sin, cos))
        object.__setattr__(self, "bounds", rotated_box(self.cx, self.cy, self.w, self.h, self.angle))

    @classmethod
    def of(cls, box: Box) -> Turned:
        return cls(box.x + box.w / 2, box.y + box.h / 2, box.w, box.h)

    def _reach(self, axis: Point) -> float:
        """Half the rectangle's extent along an axis."""
        (ux, uy), (vx, vy) = self._u, self._v
        return self.w / 2 * abs(ux * axis[0] + uy * axis[1]) + self.h / 2 * abs(vx * axis[0] + vy * axis[1])

    def crosses(self, a: Point, b: Point, pad: float = 0.0) -> bool:
        """Whether the segment from ``a`` to ``b`` passes within ``pad`` of the rectangle."""
        box = self.bounds
        if max(a[0], b[0]) < box.x - pad or min(a[0], b[0]) > box.x + box.w + pad:
            return False
        if max(a[1], b[1]) < box.y - pad or min(a[1], b[1]) > box.y + box.h + pad:
            return False
        (ux, uy), (vx, vy) = self._u, self._v

        def local(p: Point) -> Point:  # in the rectangle's own frame, from its top-left corner
            dx, dy = p[0] - self.cx, p[1] - self.cy
            return dx * ux + dy * uy + self.w / 2 + pad, dx * vx + dy * vy + self.h / 2 + pad

        return clip_segment(local(a), local(b), self.w + 2 * pad, self.h + 2 * pad) is not None

    def hits(self, other: Turned, pad: float = 0.0) -> bool:
        """Closer than ``pad`` anywhere (separating axes: apart along one edge's normal is apart)."""
        if not self.bounds.hits(other.bounds, pad):
            return False
        if self.angle == 0 and other.angle == 0:
            return True  # upright: the boxes are the rectangles
        dx, dy = other.cx - self.cx, other.cy - self.cy
        for axis in (self._u, self._v, other._u, other._v):
            if abs(dx * axis[0] + dy * axis[1]) >= self._reach(axis) + other._reach(axis) + pad:
                return False
        return True


def clip_segment(a: Point, b: Point, width: float, height: float) -> tuple[Point, Point] | None:
    """Liang-Barsky: the part of a segment inside the view, or None."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0]), (dx, width - a[0]), (-dy, a[1]), (dy, height - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    return (a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy)


def visible_runs(line: Sequence[Point], width: float, height: float) -> list[Line]:
    """The parts of a projected line inside the view, as separate runs."""
    runs: list[Line] = []
    current: Line = []
    for a, b in itertools.pairwise(line):
        clipped = clip_segment(a, b, width, height)
        if clipped is None:
            if current:
                runs.append(current)
                current = []
            continue
        p, q = clipped
        if not current or math.hypot(current[-1][0] - p[0], current[-1][1] - p[1]) > 0.5:
            if current:
                runs.append(current)
            current = [p]
        current.append(q)
        if q != b:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def along(run: Sequence[Point], at: float) -> tuple[Point, float]:
    """The point a fraction ``at`` along a run, and the run's direction around it (degrees,
    turned so that text on it reads left to right)."""
    lengths = [0.0]
    for a, b in itertools.pairwise(run):
        lengths.append(lengths[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
    total = lengths[-1]
    target = at * total
    window = max(total * 0.12, 1.0)

    def point_at(d: float) -> Point:
        d = max(0.0, min(total, d))
        for i in range(1, len(run)):
            if lengths[i] >= d:
                seg = lengths[i] - lengths[i - 1]
                k = (d - lengths[i - 1]) / seg if seg else 0.0
                a, b = run[i - 1], run[i]
                return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k)
        return run[-1]

    p = point_at(target)
    a, b = point_at(target - window), point_at(target + window)
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    if angle > 90:
        angle -= 180
    elif angle < -90:
        angle += 180
    return p, angle


def run_length(run: Sequence[Point]) -> float:
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(run))


def polygon_label_points(ring: Sequence[Point], width: float, height: float) -> list[Point]:
    """Several points well inside a projected ring and the view, best first: the middles of the
    widest stretches along horizontal lines through it."""
    ys = [p[1] for p in ring]
    top, bottom = max(0.0, min(ys)), min(height, max(ys))
    if bottom - top < 1:
        return []
    found: list[tuple[float, Point]] = []
    for frac in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        y = top + (bottom - top) * frac
        crossings = []
        for a, b in zip(ring, [*ring[1:], ring[0]], strict=True):
            if (a[1] <= y < b[1]) or (b[1] <= y < a[1]):
                crossings.append(a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]))
        crossings.sort()
        widest: tuple[float, Point] | None = None
        for left, right in zip(crossings[::2], crossings[1::2], strict=False):
            left, right = max(0.0, left), min(width, right)
            if right - left > (widest[0] if widest else 0):
                widest = (right - left, ((left + right) / 2, y))
        if widest:
            found.append(widest)
    found.sort(key=lambda f: -f[0])
    return [p for _, p in found]


def ring_area(ring: Sequence[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True))) / 2


def edge_pointer(p: Point, width: float, height: float, inset: float) -> tuple[Point, float]:
    """Where, on the view's edge (inset), a pointer towards an off-map point goes; and its angle."""
    cx, cy = width / 2, height / 2
    dx, dy = p[0] - cx, p[1] - cy
    angle = math.degrees(math.atan2(dy, dx))
    if dx == 0 and dy == 0:
        return (cx, cy), 0.0
    half_w, half_h = max(1.0, cx - inset), max(1.0, cy - inset)
    k = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return (cx + dx * k, cy + dy * k), angle
