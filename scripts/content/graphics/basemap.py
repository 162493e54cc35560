"""The ground under a map: the view fitted around its places, the projection, land, borders and rivers
from assets/geo."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from graphics.canvas import Canvas
from graphics.style import BORDER, LAND, RIVER, SEA

GEO = Path(__file__).resolve().parents[3] / "assets" / "geo"


def load_geojson(name: str, folder: Path = GEO) -> dict:
    path = folder / f"{name}.geojson"
    if not path.is_file():
        return {"type": "FeatureCollection", "features": []}
    return json.loads(path.read_text(encoding="utf-8"))


class Projection:
    """Equirectangular with a cos(latitude) correction at the map's centre, fitted to a pixel box.

    Not the kiosk's projection (``kiosk.map.projection``, spherical Mercator fitted to a view from
    the top-left): these printed maps were drawn with this one, and with Mercator every line of them
    would move. The kiosk's map and the printed maps are separate pictures, so each keeps its own."""

    def __init__(self, view: tuple[float, float, float, float], box: tuple[float, float, float, float]):
        self.west, self.south, self.east, self.north = view
        self.x0, self.y0, self.x1, self.y1 = box
        self.k = math.cos(math.radians((self.south + self.north) / 2))
        sx = (self.x1 - self.x0) / ((self.east - self.west) * self.k)
        sy = (self.y1 - self.y0) / (self.north - self.south)
        self.scale = min(sx, sy)  # pixels per degree of latitude
        # Centre the view in the box.
        self.cx = (self.x0 + self.x1) / 2
        self.cy = (self.y0 + self.y1) / 2
        self.clon = (self.west + self.east) / 2
        self.clat = (self.south + self.north) / 2

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            self.cx + (lon - self.clon) * self.k * self.scale,
            self.cy - (lat - self.clat) * self.scale,
        )

    def px_per_km(self) -> float:
        return self.scale / 110.57


def fit_view(points: list[tuple[float, float]], box, pad_deg: float, limit=None) -> tuple[float, ...]:
    """A lon/lat view around points, padded, widened to the box's aspect (with cos(lat))."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east = min(lons) - pad_deg, max(lons) + pad_deg
    south, north = min(lats) - pad_deg * 0.8, max(lats) + pad_deg * 0.8
    k = math.cos(math.radians((south + north) / 2))
    aspect = (box[2] - box[0]) / (box[3] - box[1])
    w, h = (east - west) * k, north - south
    if w / h < aspect:
        extra = (h * aspect / k - (east - west)) / 2
        west, east = west - extra, east + extra
    else:
        extra = ((east - west) * k / aspect - h) / 2
        south, north = south - extra, north + extra
    if limit:
        # Slide (not shrink) the view back inside the geography's region where possible.
        lw, ls, le, ln = limit
        if west < lw:
            east, west = east + lw - west, lw
        if east > le:
            west, east = west - (east - le), le
        if south < ls:
            north, south = north + ls - south, ls
        if north > ln:
            south, north = south - (north - ln), ln
    return west, south, east, north


def draw_land(cv: Canvas, proj: Projection, land: dict, borders: bool = True) -> None:
    for feature in land.get("features", []):
        for polygon in feature["geometry"]["coordinates"]:
            outer = [proj(*p) for p in polygon[0]]
            cv.polygon(outer, fill=LAND)
            for hole in polygon[1:]:
                cv.polygon([proj(*p) for p in hole], fill=SEA)
    if not borders:
        return
    for feature in land.get("features", []):
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                pts = [proj(*p) for p in ring]
                # Stroke only the parts that are not the clipping box's straight edges.
                cv.line(pts, BORDER, 2.5, dash=(12, 7))


def river_lines(proj: Projection, rivers: dict) -> dict[str, list[tuple[float, float]]]:
    return {
        f["properties"]["name"]: [proj(*p) for p in f["geometry"]["coordinates"]] for f in rivers["features"]
    }


def draw_base(cv: Canvas, proj: Projection, box, land, rivers, river_width=5.0, danube_width=7.0):
    """Sea, land, borders and rivers; returns the rivers' lines in pixels."""
    cv.rect(box, fill=SEA)
    draw_land(cv, proj, land)
    lines = river_lines(proj, rivers)
    for name, pts in lines.items():
        cv.line(pts, RIVER, danube_width if name == "Danube" else river_width)
    return lines


@dataclass
class MapSheet:
    """A map being drawn: its canvas, projection and places, the map's pixel box and, inside it, where
    names may go."""

    cv: Canvas
    proj: Projection
    places: dict[str, dict]
    box: tuple[float, float, float, float]
    inner: tuple[float, float, float, float]

    @property
    def px_km(self) -> float:
        return self.proj.px_per_km()

    def at(self, pid: str) -> tuple[float, float]:
        return self.proj(self.places[pid]["lon"], self.places[pid]["lat"])

    def in_view(self, pid: str, margin: float = 30) -> bool:
        if pid not in self.places:
            return False
        x, y = self.at(pid)
        box = self.box
        return box[0] + margin < x < box[2] - margin and box[1] + margin < y < box[3] - margin
