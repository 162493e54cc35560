"""The exhibit's places as markers on a view, and which of them the view has room for.

Sizes follow the view's text size, so that markers grow with the visitor's larger text. Minor
places (buildings, districts, bridges, fortresses) appear only close up; a close neighbour of a
more important place waits until the visitor zooms in."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kiosk.content.model import Exhibit, PlaceKind
from kiosk.map.projection import Projection

# Kinds drawn only when the map is close enough to tell them apart (pixels per kilometre).
MINOR_KINDS = frozenset({PlaceKind.BUILDING, PlaceKind.DISTRICT, PlaceKind.BRIDGE, PlaceKind.FORTRESS})
MINOR_PX_PER_KM = 6.0
# From this scale (pixels per kilometre) a city is an area with districts, not a dot.
CITY_AREA_PX_PER_KM = 15.0
# Kinds that are named on the map but have no marker of their own.
UNMARKED_KINDS = frozenset({PlaceKind.RIVER, PlaceKind.REGION})
KIND_RANK = {
    PlaceKind.CITY: 0,
    PlaceKind.TOWN: 1,
    PlaceKind.FORTRESS: 2,
    PlaceKind.HILL: 2,
    PlaceKind.BRIDGE: 2,
    PlaceKind.VILLAGE: 3,
    PlaceKind.DISTRICT: 3,
    PlaceKind.BUILDING: 4,
    PlaceKind.REGION: 5,
    PlaceKind.RIVER: 5,
}


@dataclass(frozen=True)
class MarkerSizes:
    """A marker's sizes in pixels, from the view's text size."""

    text: float

    @property
    def room(self) -> float:
        """The room a marker keeps: arrowheads and the spacing of neighbours follow it."""
        return self.text * 0.9

    @property
    def clearance(self) -> float:
        """How far from a marker's centre labels keep."""
        return self.room / 2 + 3

    def dot(self, major: bool) -> float:
        return (1.3 if major else 1) * self.text * 0.7

    def ring(self, major: bool) -> float:
        """The ring around a place of the day, or the place chosen."""
        return self.dot(major) * 2.6


@dataclass(frozen=True)
class Marker:
    id: str
    x: float
    y: float
    kind: PlaceKind
    minor: bool  # shown only close up
    marked: bool  # a dot (rivers and regions are only named)
    inside: bool  # within the view

    @property
    def major(self) -> bool:
        return KIND_RANK[self.kind] == 0


def markers(exhibit: Exhibit, projection: Projection) -> list[Marker]:
    """Every place in view pixels. Close up (a city spans much of the view), a city is named like
    a region, without a dot, so that its districts, bridges and buildings can be told apart."""
    close = projection.px_per_km() >= CITY_AREA_PX_PER_KM
    out = []
    for p in exhibit.places:
        x, y = projection.point(p.lon, p.lat)
        unmarked = p.kind in UNMARKED_KINDS or (close and p.kind is PlaceKind.CITY)
        out.append(Marker(p.id, x, y, p.kind, p.kind in MINOR_KINDS, not unmarked, projection.inside((x, y))))
    return out


def event_counts(exhibit: Exhibit) -> dict[str, int]:
    """How many events happened at each place (a measure of its importance on the map)."""
    counts: dict[str, int] = {}
    for e in exhibit.events:
        if e.place:
            counts[e.place] = counts.get(e.place, 0) + 1
    return counts


def by_importance(
    found: Sequence[Marker], counts: Mapping[str, int], names: Mapping[str, str]
) -> list[Marker]:
    """Cities first, then by kind, then the places where more happened, then by name."""
    return sorted(found, key=lambda m: (KIND_RANK[m.kind], -counts.get(m.id, 0), names[m.id]))


def shown_markers(
    found: Sequence[Marker],
    *,
    focus: str,
    close: bool,
    counts: Mapping[str, int],
    names: Mapping[str, str],
    zoom: float,
    spacing: float,
) -> list[Marker]:
    """The markers a view draws, most important first (the focus place before all): those in view,
    minor ones only ``close`` up, none nearer than ``spacing`` pixels to a more important one."""
    candidates = [m for m in found if m.inside and (m.id == focus or (m.marked and (close or not m.minor)))]
    ordered = sorted(by_importance(candidates, counts, names), key=lambda m: m.id != focus)
    kept = declutter([(m.id, m.x * zoom, m.y * zoom) for m in ordered], spacing)
    return [m for m in ordered if m.id in kept]


def declutter(points: Sequence[tuple[str, float, float]], distance: float) -> set[str]:
    """Which points to keep, most important first, so that no two kept points are closer than
    ``distance`` (the rest come back when the map is zoomed in)."""
    kept: list[tuple[str, float, float]] = []
    for ident, x, y in points:
        if all(math.hypot(x - kx, y - ky) >= distance for _, kx, ky in kept):
            kept.append((ident, x, y))
    return {k[0] for k in kept}
