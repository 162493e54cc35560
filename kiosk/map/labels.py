"""What the map names, and where: places beside their dots, rivers along their stretch in view, a
city seen close up across its area, regions and countries inside their shapes.

Labels are placed most important first (the focus place, cities, rivers, a city seen close up, the
other places by kind and number of events, then regions and countries); one with no free spot is
left out, and none goes over another, over a dot or under the view's controls. Text is
measured by ``measure``, which the view hands in with the fonts it really draws with, so a box here
is the box on the screen. Positions are in zoomed view pixels while placing, and come out at zoom 1
for centred labels (the view multiplies by its zoom)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from kiosk.map.geojson import Geography
from kiosk.map.geometry import Box, along, polygon_label_points, ring_area, run_length, visible_runs
from kiosk.map.placement import LabelWish, Placed, place_labels
from kiosk.map.places import Marker, MarkerSizes, by_importance
from kiosk.map.projection import Line, Point, Projection


@dataclass(frozen=True)
class TextStyle:
    """How a label's text is drawn: the view's sans font unless ``serif``."""

    size: int  # pixels
    bold: bool = False
    italic: bool = False
    serif: bool = False
    spacing: float = 0.0  # added after each letter, pixels


Measure = Callable[[str, TextStyle], tuple[float, float]]
"""A text's width and height in pixels, as the view draws it."""


def js_round(value: float) -> int:
    """Rounding as QML's Math.round does it (halves up), for sizes QML also computes."""
    return math.floor(value + 0.5)


@dataclass(frozen=True)
class LabelStyles:
    """The type of each kind of label, from the view's text size."""

    text: int

    @property
    def place(self) -> TextStyle:
        # Measured bold, the widest a place's name is drawn (a chosen place is named in bold).
        return TextStyle(self.text, bold=True)

    @property
    def water(self) -> TextStyle:
        return TextStyle(js_round(self.text * 0.9), italic=True, serif=True)

    @property
    def city(self) -> TextStyle:
        return TextStyle(js_round(self.text * 1.1), bold=True, spacing=self.text * 0.2)

    @property
    def area(self) -> TextStyle:
        """A region of the exhibit, or a country of the geography files."""
        return TextStyle(js_round(self.text * 0.95), spacing=self.text * 0.18)


@dataclass(frozen=True)
class WaterLabel:
    name: str
    x: float  # the centre, at zoom 1
    y: float
    angle: float
    size: int


@dataclass(frozen=True)
class AreaLabel:
    name: str
    x: float  # the centre, at zoom 1
    y: float
    major: bool  # a city seen close up
    place: bool  # a place of the exhibit (drawn above the arrows), not a country of the geography
    size: int
    spacing: float


@dataclass(frozen=True)
class MapLabels:
    places: dict[str, Placed]  # place id -> where its name goes (top-left, zoomed view pixels)
    waters: list[WaterLabel]
    areas: list[AreaLabel]


@dataclass(frozen=True)
class Features:
    """The geography's named features in view pixels at zoom 1, worked out once per view size."""

    rivers: list[tuple[dict[str, str], list[Line]]]  # names in each language, lines
    areas: list[tuple[dict[str, str], Line]]  # names, the outline of the largest part


def features(geo: Geography, projection: Projection) -> Features:
    areas = []
    for area in geo.areas:
        rings = projection.lines(polygon[0] for polygon in area.polygons if polygon)
        if rings:
            areas.append((area.names, max(rings, key=ring_area)))
    return Features([(w.names, projection.lines(w.lines)) for w in geo.waters], areas)


@dataclass(frozen=True)
class LabelRequest:
    """Everything that decides the labels of one view at one zoom, in one language."""

    projection: Projection
    zoom: float
    markers: Sequence[Marker]  # every place, at zoom 1
    shown: Sequence[Marker]  # the markers drawn, most important first
    focus: str
    names: Mapping[str, str]  # place id -> its name in the visitor's language
    counts: Mapping[str, int]  # place id -> events there
    features: Features
    geo_name: Callable[[dict[str, str]], str]  # a geography feature's name in that language
    text_size: int
    reserved: Sequence[Box]  # the view's own controls, at zoom 1
    arrows: Sequence[Sequence[Point]] = ()  # the routes' whole lines, at zoom 1: names keep off them

    @property
    def sizes(self) -> MarkerSizes:
        return MarkerSizes(self.text_size)

    @property
    def styles(self) -> LabelStyles:
        return LabelStyles(self.text_size)


Wish = tuple[LabelWish, str]  # a wish and the text it draws
# Where along a river's stretch in view its name is tried, best first.
ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85)


def label_map(request: LabelRequest, measure: Measure) -> MapLabels:
    """Every name that fits the view, where it goes."""
    r = request
    z = r.zoom
    width, height = r.projection.width * z, r.projection.height * z
    sizes = r.sizes
    radius = sizes.clearance
    obstacles = []
    for m in r.shown:
        # The focus place wears its ring: other names keep clear of it, and so does its own.
        reach = max(radius, sizes.ring(m.major) / 2) if m.id == r.focus else radius
        obstacles.append(Box(m.x * z - reach, m.y * z - reach, reach * 2, reach * 2))
    # The controls stay where they are while the map scrolls under them: kept clear at zoom 1.
    hard = list(r.reserved) if z < 1.001 else []

    focus = [m for m in r.shown if m.id == r.focus]
    others = by_importance([m for m in r.shown if m.id != r.focus], r.counts, r.names)
    waters = _water_wishes(r, measure, width, height)
    cities = _city_wishes(r, measure)
    areas = _area_wishes(r, measure, width, height)
    wishes = [
        # The place a page is about is always named; the view would name it anyway.
        *(
            replace(_beside(r, measure, m, max(radius, sizes.ring(m.major) / 2)), required=True)
            for m in focus
        ),
        *(_beside(r, measure, m, radius) for m in others if m.major),
        *(w for w, _ in waters),
        *(w for w, _ in cities),
        *(_beside(r, measure, m, radius) for m in others if not m.major),
        *(w for w, _ in areas),
    ]
    arrows = [[(x * z, y * z) for x, y in line] for line in r.arrows]
    placed = {p.id: p for p in place_labels(wishes, width, height, [*obstacles, *hard], lines=arrows)}
    water_style, city_style, area_style = r.styles.water, r.styles.city, r.styles.area
    regions = sum(1 for w, _ in areas if w.id.startswith("area:place:"))
    return MapLabels(
        places={k: v for k, v in placed.items() if not k.startswith(("water:", "area:"))},
        waters=[
            WaterLabel(name, placed[w.id].x / z, placed[w.id].y / z, placed[w.id].angle, water_style.size)
            for w, name in waters
            if w.id in placed
        ],
        areas=[
            AreaLabel(
                name, placed[w.id].x / z, placed[w.id].y / z, True, True, city_style.size, city_style.spacing
            )
            for w, name in cities
            if w.id in placed
        ]
        + [
            AreaLabel(
                name,
                placed[w.id].x / z,
                placed[w.id].y / z,
                False,
                n < regions,
                area_style.size,
                area_style.spacing,
            )
            for n, (w, name) in enumerate(areas)
            if w.id in placed
        ],
    )


def _beside(r: LabelRequest, measure: Measure, m: Marker, gap: float) -> LabelWish:
    w, h = measure(r.names[m.id], r.styles.place)
    return LabelWish(m.id, w, h, m.x * r.zoom, m.y * r.zoom, gap)


def _water_wishes(r: LabelRequest, measure: Measure, width: float, height: float) -> list[Wish]:
    """Rivers, beside the longest stretch in view."""
    z = r.zoom
    style = r.styles.water
    off = r.text_size * 1.4 * 0.55
    out: list[Wish] = []
    for i, (names, lines) in enumerate(r.features.rivers):
        name = r.geo_name(names)
        if not name:
            continue
        runs = [
            run for part in lines for run in visible_runs([(x * z, y * z) for x, y in part], width, height)
        ]
        if not runs:
            continue
        run = max(runs, key=run_length)
        w, h = measure(name, style)
        if run_length(run) < w * 0.75:
            continue
        spots: list[tuple[float, float, float]] = []
        # Beside the line, not on it: close to it (above, then below), then a little further out.
        for distance in (off, off * 1.8):
            for at in ALONG:
                (cx, cy), angle = along(run, at)
                a = math.radians(angle)
                for away in (distance, -distance):
                    spots.append((cx + math.sin(a) * away, cy - math.cos(a) * away, angle))
        out.append((LabelWish(f"water:{i}", w, h, spots=tuple(spots)), name))
    return out


def _city_wishes(r: LabelRequest, measure: Measure) -> list[Wish]:
    """A city seen close up (it has no dot) is named across its area, before its own districts."""
    z = r.zoom
    style = r.styles.city
    step = r.text_size * 1.4 * 1.6
    out: list[Wish] = []
    for m in r.markers:
        if m.inside and not m.marked and m.kind.value == "city" and m.id != r.focus:
            text = r.names[m.id].upper()
            w, h = measure(text, style)
            cx, cy = m.x * z, m.y * z
            spots = tuple(
                (cx + dx, cy + dy, 0.0)
                for dx, dy in ((0, 0), (0, -step), (0, step), (0, -2 * step), (0, 2 * step), (w * 0.6, 0))
            )
            out.append((LabelWish(f"area:city:{m.id}", w, h, spots=spots), text))
    return out


def _area_wishes(r: LabelRequest, measure: Measure, width: float, height: float) -> list[Wish]:
    """Regions among the places, then the areas (countries) of the geography files."""
    z = r.zoom
    out: list[Wish] = []
    for m in r.markers:
        if m.inside and not m.marked and m.kind.value == "region" and m.id != r.focus:
            text = r.names[m.id].upper()
            w, h = measure(text, r.styles.area)
            out.append((LabelWish(f"area:place:{m.id}", w, h, spots=((m.x * z, m.y * z, 0.0),)), text))
    for i, (names, outline) in enumerate(r.features.areas):
        text = r.geo_name(names).upper()
        if not text:
            continue
        centres = polygon_label_points([(x * z, y * z) for x, y in outline], width, height)
        if not centres:
            continue
        w, h = measure(text, r.styles.area)
        out.append((LabelWish(f"area:geo:{i}", w, h, spots=tuple((cx, cy, 0.0) for cx, cy in centres)), text))
    return out
