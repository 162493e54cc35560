"""The campaign map's geography and everything placed on it. Pure Python: no Qt.

Everything comes from the content folder:

- ``geo/*.geojson``: areas (Polygon, MultiPolygon: land, countries) and water lines (LineString,
  MultiLineString: rivers), with ``name`` and ``name_<language>`` properties;
- ``geo/map.toml`` (optional): the map's scenes, each a ``bbox`` or a place and a radius;
- ``text/places.toml``, ``text/routes.toml``, ``text/events.toml``: markers, arrows and what lights up.

The projection is spherical Mercator (conformal: towns, rivers and arrows keep their shapes),
fitted so that a scene fills its view. Positions are in view pixels at zoom 1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, model_validator

from kiosk.content.dates import DateSpan, Precision
from kiosk.content.messages import describe_validation_error
from kiosk.content.model import NEUTRAL, Exhibit, Id, PlaceKind, Strict, Text
from kiosk.content.paths import ContentPathError, safe_content_file
from kiosk.content.problems import Problem, error, warning
from kiosk.content.timeline import Domain, is_exact
from kiosk.content.tomlsource import read_toml

GEO_DIR = "geo"
SCENES_FILE = "geo/map.toml"
MAX_GEO_BYTES = 30 * 1024 * 1024
MAX_POINTS = 2_000_000
EARTH_RADIUS_KM = 6371.0088
DEFAULT_CITY_RADIUS_KM = 16.0
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

Point = tuple[float, float]
Line = list[Point]


# --- bounding boxes and the projection ---------------------------------------------------------
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


# --- geography files ------------------------------------------------------------------------
@dataclass(frozen=True)
class Area:
    names: dict[str, str]  # like a Text: language -> name ("none" for every language)
    polygons: list[list[Line]]  # each polygon: outer ring, then holes


@dataclass(frozen=True)
class Water:
    names: dict[str, str]
    lines: list[Line]
    weight: float = 1.0  # 1 a river; 2 a great river


@dataclass
class Geography:
    areas: list[Area] = field(default_factory=list)
    waters: list[Water] = field(default_factory=list)
    extent: BBox | None = None  # where the files have geography at all
    digest: str = ""  # changes when any geography file changes (the base map cache key)
    problems: list[Problem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.areas and not self.waters


def _names(props: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    if not isinstance(props, dict):
        return names
    if isinstance(props.get("name"), str) and props["name"].strip():
        names[NEUTRAL] = props["name"].strip()
    for key, value in props.items():
        if isinstance(key, str) and key.startswith("name_") and isinstance(value, str) and value.strip():
            names[key[5:]] = value.strip()
    return names


class _GeometryError(ValueError):
    pass


def _position(value: Any) -> Point:
    if not isinstance(value, list) or len(value) < 2:
        raise _GeometryError("a position must be [longitude, latitude]")
    lon, lat = value[0], value[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat)):
        raise _GeometryError("a position must be two numbers")
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise _GeometryError(f"[{lon}, {lat}] is not a longitude and latitude")
    return float(lon), float(lat)


def _line(value: Any, minimum: int) -> Line:
    if not isinstance(value, list) or len(value) < minimum:
        raise _GeometryError(f"a line or ring needs at least {minimum} positions")
    return [_position(v) for v in value]


def _polygon(value: Any) -> list[Line]:
    if not isinstance(value, list) or not value:
        raise _GeometryError("a polygon needs at least one ring")
    return [_line(r, 4) for r in value]


def load_geography(root: Path) -> Geography:
    """Every ``geo/*.geojson`` in the content folder. Bad files and features are skipped and
    reported; nothing here raises because of content."""
    geo = Geography()
    folder = Path(root) / GEO_DIR
    if not folder.is_dir():
        return geo
    digest = hashlib.sha256()
    extents: list[BBox] = []
    points = 0
    for path in sorted(folder.glob("*.geojson")):
        rel = f"{GEO_DIR}/{path.name}"
        try:
            safe = safe_content_file(root, rel)
            if safe.stat().st_size > MAX_GEO_BYTES:
                geo.problems.append(error(rel, "This file is larger than 30 MB; simplify it first."))
                continue
            raw = safe.read_bytes()
            data = json.loads(raw)
        except ContentPathError as exc:
            geo.problems.append(error(rel, str(exc)))
            continue
        except (OSError, ValueError) as exc:
            geo.problems.append(error(rel, f"This is not a readable GeoJSON file ({exc})."))
            continue
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(raw).digest())
        if not isinstance(data, dict) or not isinstance(data.get("features"), list):
            geo.problems.append(error(rel, "A GeoJSON FeatureCollection with 'features' is expected."))
            continue
        has_areas = False
        for number, feature in enumerate(data["features"], start=1):
            geometry = feature.get("geometry") if isinstance(feature, dict) else None
            kind = geometry.get("type") if isinstance(geometry, dict) else None
            props = feature.get("properties") if isinstance(feature, dict) else None
            try:
                coords = geometry["coordinates"] if isinstance(geometry, dict) else None
                if kind == "Polygon":
                    polygons = [_polygon(coords)]
                elif kind == "MultiPolygon":
                    if not isinstance(coords, list):
                        raise _GeometryError("a MultiPolygon is a list of polygons")
                    polygons = [_polygon(c) for c in coords]
                elif kind == "LineString":
                    lines = [_line(coords, 2)]
                elif kind == "MultiLineString":
                    if not isinstance(coords, list):
                        raise _GeometryError("a MultiLineString is a list of lines")
                    lines = [_line(c, 2) for c in coords]
                else:
                    geo.problems.append(
                        warning(
                            rel,
                            f"Feature {number}: a {kind} is not drawn; "
                            "use polygons for land and lines for rivers.",
                        )
                    )
                    continue
            except (_GeometryError, KeyError, TypeError) as exc:
                geo.problems.append(warning(rel, f"Feature {number} is left out: {exc}."))
                continue
            if kind in ("Polygon", "MultiPolygon"):
                points += sum(len(r) for p in polygons for r in p)
                geo.areas.append(Area(_names(props), polygons))
                has_areas = True
            else:
                points += sum(len(line) for line in lines)
                weight = props.get("weight", 1) if isinstance(props, dict) else 1
                weight = float(weight) if isinstance(weight, int | float) and 0 < weight <= 5 else 1.0
                geo.waters.append(Water(_names(props), lines, weight))
            if points > MAX_POINTS:
                geo.problems.append(error(rel, "The geography has over two million points; simplify it."))
                return Geography(problems=geo.problems)
        declared = data.get("bbox")
        if has_areas:
            if (
                isinstance(declared, list)
                and len(declared) == 4
                and all(isinstance(v, int | float) for v in declared)
            ):
                extents.append(BBox(*map(float, declared)))
            else:
                found = BBox.around(pt for a in geo.areas for p in a.polygons for r in p for pt in r)
                if found:
                    extents.append(found)
    if extents:
        geo.extent = BBox(
            min(b.west for b in extents),
            min(b.south for b in extents),
            max(b.east for b in extents),
            max(b.north for b in extents),
        )
    geo.digest = digest.hexdigest()
    return geo


# --- scenes -----------------------------------------------------------------------------------
class SceneSpec(Strict):
    """One ``[[scene]]`` of ``geo/map.toml``."""

    id: Id
    title: Text | None = None
    bbox: list[float] | None = Field(default=None, min_length=4, max_length=4)
    around: Id | None = None
    radius_km: float = Field(default=DEFAULT_CITY_RADIUS_KM, gt=0, le=5000)

    @model_validator(mode="after")
    def _one_way(self) -> SceneSpec:
        if (self.bbox is None) == (self.around is None):
            raise ValueError("give a scene either a bbox = [west, south, east, north] or around = a place id")
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if not (-180 <= west < east <= 180 and -85 <= south < north <= 85):
                raise ValueError("bbox is [west, south, east, north] in degrees, west < east, south < north")
        return self


@dataclass(frozen=True)
class Scene:
    id: str
    title: dict[str, str]  # empty: the view names it ("The campaign")
    bbox: BBox


def map_places(exhibit: Exhibit) -> list[str]:
    """The places the campaign map is about: every route's waypoints and every event's places."""
    ids: dict[str, None] = {}
    for r in exhibit.routes:
        ids.update(dict.fromkeys(r.waypoints))
    for e in exhibit.events:
        if e.place:
            ids[e.place] = None
        ids.update(dict.fromkeys(e.places))
    return list(ids)


def focal_place(exhibit: Exhibit) -> str | None:
    """The place the story centres on: the most events happen there (places named count half)."""
    score: dict[str, float] = {}
    for e in exhibit.events:
        if e.place:
            score[e.place] = score.get(e.place, 0) + 1
        for p in e.places:
            score[p] = score.get(p, 0) + 0.5
    return max(score, key=lambda k: (score[k], k)) if score else None


def circle_bbox(centre: Point, radius_km: float) -> BBox:
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    dlon = dlat / max(0.05, math.cos(math.radians(centre[1])))
    return BBox(centre[0] - dlon, centre[1] - dlat, centre[0] + dlon, centre[1] + dlat)


def load_scenes(root: Path, exhibit: Exhibit, geo: Geography) -> tuple[list[Scene], list[Problem]]:
    """The scenes of ``geo/map.toml``, or, without it, the whole campaign and a close-up of its
    focal place."""
    problems: list[Problem] = []
    places = {p.id: p for p in exhibit.places}
    scenes: list[Scene] = []
    src = read_toml(root, SCENES_FILE, problems, required=False)
    if src is not None:
        rows = src.data.get("scene", [])
        for key in src.data:
            if key != "scene":
                problems.append(error(SCENES_FILE, f"'{key}' does not belong here; write [[scene]] tables."))
        for index, row in enumerate(rows if isinstance(rows, list) else []):
            line = src.table_line("scene", index)
            try:
                spec = SceneSpec.model_validate(row)
            except ValidationError as exc:
                problems.extend(describe_validation_error(exc, SceneSpec, src, line, f"scene #{index + 1}"))
                continue
            if any(s.id == spec.id for s in scenes):
                problems.append(error(SCENES_FILE, f"The scene id '{spec.id}' is used twice.", line))
                continue
            if spec.bbox is not None:
                bbox = BBox(*spec.bbox)
            else:
                place = places.get(spec.around or "")
                if place is None:
                    problems.append(
                        error(SCENES_FILE, f"Scene '{spec.id}': there is no place '{spec.around}'.", line)
                    )
                    continue
                bbox = circle_bbox((place.lon, place.lat), spec.radius_km)
            scenes.append(Scene(spec.id, dict(spec.title or {}), bbox))
        if scenes:
            return scenes, problems
    return default_scenes(exhibit, geo), problems


def default_scenes(exhibit: Exhibit, geo: Geography) -> list[Scene]:
    places = {p.id: p for p in exhibit.places}
    wanted = [places[i] for i in map_places(exhibit) if i in places] or list(exhibit.places)
    within = [p for p in wanted if geo.extent is None or geo.extent.contains(p.lon, p.lat)]
    box = BBox.around((p.lon, p.lat) for p in (within or wanted))
    if box is None:
        box = geo.extent or BBox(-10, 35, 40, 60)
        return [Scene("campaign", {}, box)]
    scenes = [Scene("campaign", {}, box.padded(0.06, 0.2))]
    focus = focal_place(exhibit)
    if focus and focus in places:
        centre = places[focus]
        near = [
            p
            for p in exhibit.places
            if distance_km((p.lon, p.lat), (centre.lon, centre.lat)) <= DEFAULT_CITY_RADIUS_KM
        ]
        close = BBox.around((p.lon, p.lat) for p in near)
        if len(near) >= 3 and close is not None and close.area() < box.area() / 50:
            scenes.append(Scene("city", dict(centre.name), close.padded(0.15, 0.01)))
    return scenes


def scene_for(place_lonlat: Point, scenes: Sequence[Scene]) -> Scene | None:
    """The closest scene that shows a place (the smallest box holding it); None when none does."""
    holding = [s for s in scenes if s.bbox.contains(*place_lonlat)]
    return min(holding, key=lambda s: s.bbox.area()) if holding else None


# --- the map at one moment --------------------------------------------------------------------
@dataclass(frozen=True)
class Marker:
    id: str
    x: float
    y: float
    kind: PlaceKind
    minor: bool  # shown only close up
    marked: bool  # a dot (rivers and regions are only named)
    inside: bool  # within the view


@dataclass(frozen=True)
class Track:
    """A route in view pixels, with the day it starts and the day after it ends."""

    id: str
    side: str
    points: list[Point]
    waypoints: list[str]
    lengths: list[float]  # distance along the track to each point
    start: float  # day number (days since the domain's first day) when it sets off
    end: float  # day number when it arrives (the end of its last day)

    @property
    def total(self) -> float:
        return self.lengths[-1] if self.lengths else 0.0

    def fraction(self, t: float) -> float:
        if t <= self.start:
            return 0.0
        if t >= self.end:
            return 1.0
        return (t - self.start) / (self.end - self.start)

    def partial(self, t: float) -> tuple[list[Point], float]:
        """The part of the track drawn at time ``t``, and the heading at its tip (degrees,
        clockwise from east, as screens measure)."""
        f = self.fraction(t)
        if f <= 0 or len(self.points) < 2:
            return [], 0.0
        reach = f * self.total
        out = [self.points[0]]
        heading = 0.0
        for i in range(1, len(self.points)):
            a, b = self.points[i - 1], self.points[i]
            seg = self.lengths[i] - self.lengths[i - 1]
            if seg > 0:
                heading = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
            if self.lengths[i] <= reach:
                out.append(b)
                continue
            k = (reach - self.lengths[i - 1]) / seg if seg > 0 else 1.0
            out.append((a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k))
            break
        return out, heading

    def reached(self, t: float) -> list[str]:
        """Waypoints the advance has reached by ``t`` (the first as soon as it sets off)."""
        if t < self.start or self.total <= 0:
            return []
        reach = self.fraction(t) * self.total
        return [w for w, d in zip(self.waypoints, self.lengths, strict=True) if d <= reach + 1e-6]


def day_number(domain: Domain, day: dt.date) -> float:
    return float((day - domain.first).days)


def route_days(exhibit: Exhibit, domain: Domain) -> dict[str, tuple[float, float]]:
    """When each route sets off and arrives, as day numbers (arrival: the end of its last day).

    A start known only to the month waits, within that month, for the force (or, without one,
    its side) to have got to its first place by another route (on to Hungary leaves Belgrade after
    the drive on Belgrade arrived, not on the first of October)."""
    days: dict[str, tuple[float, float]] = {}
    for r in exhibit.routes:
        start = day_number(domain, r.start.start)
        end = day_number(domain, max(r.end.end, r.start.start)) + 1
        days[r.id] = (start, end)
    for r in exhibit.routes:
        if r.start.precision is Precision.DAY:
            continue
        first = r.waypoints[0] if r.waypoints else None
        lo, hi = day_number(domain, r.start.start), day_number(domain, r.start.end) + 1
        arrivals = [
            days[o.id][1]
            for o in exhibit.routes
            if o.id != r.id
            and o.waypoints
            and o.waypoints[-1] == first
            and lo <= days[o.id][1] <= hi
            and (o.force == r.force if r.force and o.force else o.side == r.side)
        ]
        if arrivals:
            start, end = days[r.id]
            start = min(arrivals)
            days[r.id] = (start, max(end, start + 1))
    return days


def tracks(exhibit: Exhibit, projection: Projection, domain: Domain) -> list[Track]:
    places = {p.id: p for p in exhibit.places}
    days = route_days(exhibit, domain)
    out = []
    for r in exhibit.routes:
        known = [w for w in r.waypoints if w in places]
        pts = [projection.point(places[w].lon, places[w].lat) for w in known]
        if len(pts) < 2:
            continue
        lengths = [0.0]
        for a, b in itertools.pairwise(pts):
            lengths.append(lengths[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
        start, end = days[r.id]
        out.append(Track(r.id, r.side.value, pts, known, lengths, start, end))
    return out


def arrow_head(angle: float, length: float) -> list[Point]:
    """An arrowhead's outline around its tip (0, 0), pointing at ``angle`` degrees (clockwise from
    east, as on screens), ``length`` pixels long."""
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    shape = [(0.0, 0.0), (-1.0, -0.5), (-0.8, 0.0), (-1.0, 0.5), (0.0, 0.0)]
    return [(length * (x * cos - y * sin), length * (x * sin + y * cos)) for x, y in shape]


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


@dataclass(frozen=True)
class Moment:
    """What the map shows at one time: places already part of the story, places of today."""

    day: int  # index of the day in the domain
    lit: frozenset[str]
    today: frozenset[str]


def moment(exhibit: Exhibit, domain: Domain, route_tracks: Sequence[Track], t: float) -> Moment:
    index = max(0, min(domain.days - 1, math.floor(t)))
    day = domain.day(index)
    lit: set[str] = set()
    today: set[str] = set()
    for e in exhibit.events:
        if not e.place or not is_exact(e.date):
            continue
        if e.date.start <= day:
            lit.add(e.place)
        if e.date.start <= day <= e.date.end:
            today.add(e.place)
    for track in route_tracks:
        lit.update(track.reached(t))
    return Moment(index, frozenset(lit), frozenset(today))


# --- labels -----------------------------------------------------------------------------------
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


@dataclass(frozen=True)
class LabelWish:
    """A label that would like a place on the map, in order of importance: beside a point
    (a marker of radius ``gap``), or centred on one of ``spots`` (x, y, angle in degrees)."""

    id: str
    width: float
    height: float
    x: float = 0.0
    y: float = 0.0
    gap: float = 0.0
    spots: tuple[tuple[float, float, float], ...] = ()
    over_markers: bool = False  # may cross markers (only other labels and the controls stop it)


@dataclass(frozen=True)
class Placed:
    id: str
    x: float  # top-left of the label beside a point; the centre of a centred label
    y: float
    side: str  # right, left, above, below or centre
    angle: float = 0.0


def estimate_width(text: str, font_px: float, spacing: float = 0.0) -> float:
    """A generous guess at a text's width in Noto Sans (views measure properly when drawing)."""
    wide = sum(1 for ch in text if ch.isupper() or ch in "MWmwШЖЮЩМДФ")
    return (len(text) * 0.56 + wide * 0.12) * font_px + spacing * max(0, len(text) - 1) + 4


def rotated_box(cx: float, cy: float, width: float, height: float, angle: float) -> Box:
    a = math.radians(angle)
    w = abs(width * math.cos(a)) + abs(height * math.sin(a))
    h = abs(width * math.sin(a)) + abs(height * math.cos(a))
    return Box(cx - w / 2, cy - h / 2, w, h)


def place_labels(
    wishes: Sequence[LabelWish],
    width: float,
    height: float,
    obstacles: Sequence[Box] = (),
    pad: float = 4,
    hard: Sequence[Box] = (),
) -> list[Placed]:
    """Greedy placement: each label, most important first, takes the first free spot (right of its
    point, left, above, below; or its first free centred spot); a label with no free spot is left out.
    ``obstacles`` (markers) stop every label but those ``over_markers``; ``hard`` ones (the view's
    own controls) stop all."""
    taken: list[Box] = [*obstacles, *hard]
    labels: list[Box] = []
    out = []
    for w in wishes:
        options: list[tuple[Box, Placed]] = []
        if w.spots:
            for cx, cy, angle in w.spots:
                options.append(
                    (rotated_box(cx, cy, w.width, w.height, angle), Placed(w.id, cx, cy, "centre", angle))
                )
        else:
            g = w.gap + 6
            for sx, sy, side in (
                (w.x + g, w.y - w.height / 2, "right"),
                (w.x - g - w.width, w.y - w.height / 2, "left"),
                (w.x - w.width / 2, w.y - w.gap - 2 - w.height, "above"),
                (w.x - w.width / 2, w.y + w.gap + 2, "below"),
            ):
                options.append((Box(sx, sy, w.width, w.height), Placed(w.id, sx, sy, side)))
        # Clear of everything if possible; a label that may cross markers tries that next.
        for against in ([*taken, *labels], [*labels, *hard]) if w.over_markers else ([*taken, *labels],):
            chosen = next(
                (
                    (box, placed)
                    for box, placed in options
                    if box.within(width, height) and not any(box.hits(t, pad) for t in against)
                ),
                None,
            )
            if chosen is not None:
                labels.append(chosen[0])
                out.append(chosen[1])
                break
    return out


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


def project_lines(lines: Iterable[Line], projection: Projection) -> list[Line]:
    return [[projection.point(lon, lat) for lon, lat in line] for line in lines]


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


def declutter(points: Sequence[tuple[str, float, float]], distance: float) -> set[str]:
    """Which points to keep, most important first, so that no two kept points are closer than
    ``distance`` (the rest come back when the map is zoomed in)."""
    kept: list[tuple[str, float, float]] = []
    for ident, x, y in points:
        if all(math.hypot(x - kx, y - ky) >= distance for _, kx, ky in kept):
            kept.append((ident, x, y))
    return {k[0] for k in kept}


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


def all_within(exhibit: Exhibit, bbox: BBox, ids: Iterable[str]) -> list[str]:
    """Which of these places lie outside a box (for tests and ``kiosk validate``)."""
    places = {p.id: p for p in exhibit.places}
    return [i for i in ids if i in places and not bbox.contains(places[i].lon, places[i].lat)]


def off_geography(exhibit: Exhibit, geo: Geography) -> list[str]:
    """Map places beyond the geography the content folder has (drawn as pointers at the edge)."""
    if geo.extent is None:
        return []
    return all_within(exhibit, geo.extent, map_places(exhibit))


def span_days(domain: Domain, span: DateSpan) -> tuple[float, float]:
    return day_number(domain, span.start), day_number(domain, span.end) + 1
