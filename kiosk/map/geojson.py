"""The content folder's geography: every ``geo/*.geojson``, areas (Polygon, MultiPolygon: land,
countries) and water lines (LineString, MultiLineString: rivers), named in each language by their
``name`` and ``name_<language>`` properties. Bad files and features are skipped and reported;
nothing here raises because of content."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.model import NEUTRAL
from kiosk.content.paths import ContentPathError, safe_content_file
from kiosk.content.problems import Problem, error, warning
from kiosk.map.projection import BBox, Line, Point

log = logging.getLogger(__name__)

GEO_DIR = "geo"
MAX_GEO_BYTES = 30 * 1024 * 1024
MAX_POINTS = 2_000_000


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


def _feature(feature: Any) -> Area | Water | str:
    """One feature as an area or a water line; or why it is not drawn."""
    geometry = feature.get("geometry") if isinstance(feature, dict) else None
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    props = feature.get("properties") if isinstance(feature, dict) else None
    coords = geometry["coordinates"] if isinstance(geometry, dict) else None
    if kind == "Polygon":
        return Area(_names(props), [_polygon(coords)])
    if kind == "MultiPolygon":
        if not isinstance(coords, list):
            raise _GeometryError("a MultiPolygon is a list of polygons")
        return Area(_names(props), [_polygon(c) for c in coords])
    if kind == "LineString":
        lines = [_line(coords, 2)]
    elif kind == "MultiLineString":
        if not isinstance(coords, list):
            raise _GeometryError("a MultiLineString is a list of lines")
        lines = [_line(c, 2) for c in coords]
    else:
        return f"a {kind} is not drawn; use polygons for land and lines for rivers."
    weight = props.get("weight", 1) if isinstance(props, dict) else 1
    weight = float(weight) if isinstance(weight, int | float) and 0 < weight <= 5 else 1.0
    return Water(_names(props), lines, weight)


def _read(root: Path, path: Path, geo: Geography) -> tuple[bytes, Any] | None:
    rel = f"{GEO_DIR}/{path.name}"
    try:
        safe = safe_content_file(root, rel)
        if safe.stat().st_size > MAX_GEO_BYTES:
            geo.problems.append(error(rel, "This file is larger than 30 MB; simplify it first."))
            return None
        raw = safe.read_bytes()
        return raw, json.loads(raw)
    except ContentPathError as exc:
        geo.problems.append(error(rel, str(exc)))
    except (OSError, ValueError) as exc:
        geo.problems.append(error(rel, f"This is not a readable GeoJSON file ({exc})."))
    return None


def _declared_bbox(data: dict[str, Any]) -> BBox | None:
    declared = data.get("bbox")
    if (
        isinstance(declared, list)
        and len(declared) == 4
        and all(isinstance(v, int | float) for v in declared)
    ):
        return BBox(*map(float, declared))
    return None


def load_geography(root: Path) -> Geography:
    """Every ``geo/*.geojson`` in the content folder."""
    geo = Geography()
    folder = Path(root) / GEO_DIR
    if not folder.is_dir():
        return geo
    digest = hashlib.sha256()
    extents: list[BBox] = []
    points = 0
    for path in sorted(folder.glob("*.geojson")):
        rel = f"{GEO_DIR}/{path.name}"
        read = _read(root, path, geo)
        if read is None:
            continue
        raw, data = read
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(raw).digest())
        if not isinstance(data, dict) or not isinstance(data.get("features"), list):
            geo.problems.append(error(rel, "A GeoJSON FeatureCollection with 'features' is expected."))
            continue
        has_areas = False
        for number, feature in enumerate(data["features"], start=1):
            try:
                found = _feature(feature)
            except (_GeometryError, KeyError, TypeError) as exc:
                geo.problems.append(warning(rel, f"Feature {number} is left out: {exc}."))
                continue
            if isinstance(found, str):
                geo.problems.append(warning(rel, f"Feature {number}: {found}"))
                continue
            if isinstance(found, Area):
                points += sum(len(r) for p in found.polygons for r in p)
                geo.areas.append(found)
                has_areas = True
            else:
                points += sum(len(line) for line in found.lines)
                geo.waters.append(found)
            if points > MAX_POINTS:
                geo.problems.append(error(rel, "The geography has over two million points; simplify it."))
                return Geography(problems=geo.problems)
        if has_areas:
            found_box = _declared_bbox(data) or BBox.around(
                pt for a in geo.areas for p in a.polygons for r in p for pt in r
            )
            if found_box:
                extents.append(found_box)
    if extents:
        geo.extent = BBox(
            min(b.west for b in extents),
            min(b.south for b in extents),
            max(b.east for b in extents),
            max(b.north for b in extents),
        )
    geo.digest = digest.hexdigest()
    return geo


def cached_geography(root: Path) -> Geography:
    """The content folder's geography, read again only when a geography file changes (each map view
    of each visit asks for it)."""
    folder = root / GEO_DIR
    files = sorted(folder.glob("*.geojson")) if folder.is_dir() else []
    signature = tuple((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    return _load_once(str(root.resolve()), signature)


@functools.lru_cache(maxsize=1)
def _load_once(root: str, signature: tuple[tuple[str, int, int], ...]) -> Geography:
    geo = load_geography(Path(root))
    for problem in geo.problems:
        log.warning("map: %s", problem)
    return geo
