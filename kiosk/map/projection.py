"""Boxes in degrees and the projection: spherical Mercator (conformal, so towns, rivers and arrows
keep their shapes), fitted so that a scene fills its view. Positions are in view pixels at zoom 1."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]
Line = list[Point]


class XY(NamedTuple):
    """A point in view pixels handed to the view (QML gets a point, not a pair of numbers)."""

    x: float
    y: float


@dataclass(frozen=True)
class BBox:
    west: float
    south: float
    east: float
    north: float

    @classmethod
    def around(cls, points: Iterable[Point]) -> BBox | None:
        pts = list(points)
        if not pts:
            return None
        return cls(
            min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)
        )

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    def padded(self, fraction: float, minimum_deg: float = 0.0) -> BBox:
        dx = max((self.east - self.west) * fraction, minimum_deg)
        dy = max((self.north - self.south) * fraction, minimum_deg)
        return BBox(self.west - dx, max(-85, self.south - dy), self.east + dx, min(85, self.north + dy))

    def area(self) -> float:
        return (self.east - self.west) * (self.north - self.south)

    def as_list(self) -> list[float]:
        return [self.west, self.south, self.east, self.north]


def mercator_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def inverse_mercator_y(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance between two (lon, lat) points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def circle_bbox(centre: Point, radius_km: float) -> BBox:
    """The box around a circle on the ground (a scene ``around`` a place)."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    dlon = dlat / max(0.05, math.cos(math.radians(centre[1])))
    return BBox(centre[0] - dlon, centre[1] - dlat, centre[0] + dlon, centre[1] + dlat)


@dataclass(frozen=True)
class Projection:
    """A scene fitted to a view: the box grows (never shrinks) to the view's shape, centred."""

    bbox: BBox  # what was asked for
    width: float
    height: float
    x0: float = field(init=False)  # Mercator x (radians) at the left edge
    y0: float = field(init=False)  # Mercator y at the top edge
    scale: float = field(init=False)  # pixels per Mercator unit

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError("a projection needs a view with a size")
        left, right = math.radians(self.bbox.west), math.radians(self.bbox.east)
        top, bottom = mercator_y(self.bbox.north), mercator_y(self.bbox.south)
        span_x, span_y = max(right - left, 1e-9), max(top - bottom, 1e-9)
        scale = min(self.width / span_x, self.height / span_y)
        cx, cy = (left + right) / 2, (top + bottom) / 2
        object.__setattr__(self, "scale", scale)
        object.__setattr__(self, "x0", cx - self.width / 2 / scale)
        object.__setattr__(self, "y0", cy + self.height / 2 / scale)

    def point(self, lon: float, lat: float) -> Point:
        return ((math.radians(lon) - self.x0) * self.scale, (self.y0 - mercator_y(lat)) * self.scale)

    def lonlat(self, x: float, y: float) -> Point:
        return (math.degrees(self.x0 + x / self.scale), inverse_mercator_y(self.y0 - y / self.scale))

    @property
    def view(self) -> BBox:
        """The box the whole view shows (the asked-for box grown to the view's shape)."""
        west, north = self.lonlat(0, 0)
        east, south = self.lonlat(self.width, self.height)
        return BBox(west, south, east, north)

    def px_per_km(self, lat: float | None = None) -> float:
        at = self.view.south / 2 + self.view.north / 2 if lat is None else lat
        return self.scale / (EARTH_RADIUS_KM * math.cos(math.radians(at)))

    def inside(self, p: Point, margin: float = 0.0) -> bool:
        return -margin <= p[0] <= self.width + margin and -margin <= p[1] <= self.height + margin

    def lines(self, lines: Iterable[Line]) -> list[Line]:
        """Lines of (lon, lat) in view pixels."""
        return [[self.point(lon, lat) for lon, lat in line] for line in lines]
