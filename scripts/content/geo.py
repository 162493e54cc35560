"""Base geography for the exhibit's maps: a tiny TopoJSON decoder, clipping, simplification, and the
projection the map drawings use. Pure Python, no dependencies.

Commands (from the repository root), normally run once; their output is committed:

    # 1. get Natural Earth outlines from the npm package world-atlas (public domain data, ISC package)
    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && cd -
    # 2. write assets/geo/land.geojson (countries in lon 13..31, lat 40..49)
    python scripts/content/geo.py land /tmp/.../package/countries-10m.json
    # 3. write assets/geo/rivers.geojson (schematic rivers; see RIVERS below)
    python scripts/content/geo.py rivers /tmp/.../package/countries-10m.json

The kiosk and make_graphics.py only read the committed .geojson files; nothing here runs at show time.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GEO = REPO / "assets" / "geo"

Point = tuple[float, float]  # (lon, lat)
Line = list[Point]

# The region the exhibit's maps can show: Romania, Bulgaria, Serbia, Hungary's south, Croatia,
# Bosnia and Herzegovina, Montenegro, North Macedonia, Albania, northern Greece.
REGION = (13.0, 40.0, 31.0, 49.0)  # west, south, east, north

# Natural Earth's short names, written out; and the names in Serbian Cyrillic.
NAMES = {
    "Bosnia and Herz.": "Bosnia and Herzegovina",
    "Macedonia": "North Macedonia",
    "Czechia": "Czechia",
}
NAMES_SR = {
    "Albania": "Албанија",
    "Austria": "Аустрија",
    "Bosnia and Herzegovina": "Босна и Херцеговина",
    "Bulgaria": "Бугарска",
    "Croatia": "Хрватска",
    "Czechia": "Чешка",
    "Germany": "Немачка",
    "Greece": "Грчка",
    "Hungary": "Мађарска",
    "Italy": "Италија",
    "Kosovo": "Косово",
    "Moldova": "Молдавија",
    "Montenegro": "Црна Гора",
    "North Macedonia": "Северна Македонија",
    "Poland": "Пољска",
    "Romania": "Румунија",
    "Serbia": "Србија",
    "Slovakia": "Словачка",
    "Slovenia": "Словенија",
    "Turkey": "Турска",
    "Ukraine": "Украјина",
    "San Marino": "Сан Марино",
    "Vatican": "Ватикан",
}


# ----------------------------------------------------------------------------------------------
# TopoJSON
# ----------------------------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[Line]:
    """Absolute (lon, lat) arcs from a quantized, delta-encoded TopoJSON topology."""
    transform = topology.get("transform")
    arcs: list[Line] = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            line = []
            for dx, dy, *_ in arc:
                x += dx
                y += dy
                line.append((x * sx + tx, y * sy + ty))
        else:
            line = [(p[0], p[1]) for p in arc]
        arcs.append(line)
    return arcs


def arc_line(arcs: Sequence[Line], index: int) -> Line:
    """Arc number index; a negative index (~i) means arc i reversed."""
    return list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))


def ring(arcs: Sequence[Line], indexes: Iterable[int]) -> Line:
    """Join arcs into one ring; each arc starts where the last ended, so that point is dropped."""
    out: Line = []
    for i in indexes:
        line = arc_line(arcs, i)
        out.extend(line if not out else line[1:])
    return out


def geometry_polygons(geometry: dict, arcs: Sequence[Line]) -> list[list[Line]]:
    """A Polygon or MultiPolygon object as a list of polygons, each a list of rings."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if kind == "MultiPolygon":
        return [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]
    return []


def geometry_arc_ids(geometry: dict) -> set[int]:
    """Every arc (as a non-negative index) a Polygon/MultiPolygon uses."""
    rings = (
        geometry["arcs"] if geometry.get("type") == "Polygon" else [r for p in geometry["arcs"] for r in p]
    )
    return {i if i >= 0 else ~i for r in rings for i in r}


# ----------------------------------------------------------------------------------------------
# Geometry
# ----------------------------------------------------------------------------------------------


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


def _round(line: Line, digits: int = 3) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in line:
        p = [round(x, digits), round(y, digits)]
        if not out or out[-1] != p:
            out.append(p)
    return out


# ----------------------------------------------------------------------------------------------
# Commands
# ----------------------------------------------------------------------------------------------


def build_land(
    topology: dict, box: tuple[float, float, float, float] = REGION, tolerance: float = 0.004
) -> dict:
    """Country polygons inside box, simplified arc by arc so that neighbours keep one border."""
    arcs = [simplify(a, tolerance) for a in decode_arcs(topology)]
    west, south, east, north = box
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        ne_name = geometry.get("properties", {}).get("name", "")
        name = NAMES.get(ne_name, ne_name)
        polygons = []
        for polygon in geometry_polygons(geometry, arcs):
            if not polygon or not polygon[0]:
                continue
            bx0, by0, bx1, by1 = bbox_of(polygon[0])
            if bx1 < west or bx0 > east or by1 < south or by0 > north:
                continue
            rings = [clip_ring(r, box) for r in polygon]
            if not rings[0] or len(rings[0]) < 4:
                continue
            rings = [rings[0]] + [r for r in rings[1:] if len(r) >= 4]
            polygons.append([_round(r) for r in rings])
        if not polygons:
            continue
        props = {"name": name, "name_sr": NAMES_SR.get(name, name)}
        if name == "Kosovo":
            props["note"] = (
                "Status disputed; Serbia does not recognise Kosovo's 2008 declaration of independence."
            )
        features.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    features.sort(key=lambda f: f["properties"]["name"])
    return {
        "type": "FeatureCollection",
        "name": "land",
        "bbox": list(box),
        "note": "Natural Earth 1:10m admin-0 countries (public domain) via the npm package "
        "world-atlas 2.0.2; clipped to the exhibit's region and simplified. "
        "Present-day borders, for orientation only.",
        "features": features,
    }


def shared_border(topology: dict, a: str, b: str, tolerance: float = 0.0) -> list[Line]:
    """The boundary lines countries a and b share (Natural Earth names), joined end to end."""
    geometries = {g["properties"]["name"]: g for g in topology["objects"]["countries"]["geometries"]}
    common = geometry_arc_ids(geometries[a]) & geometry_arc_ids(geometries[b])
    arcs = decode_arcs(topology)
    return join_lines([simplify(arcs[i], tolerance) for i in sorted(common)])


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


# Rivers: schematic lines through well-known points on their banks (towns, confluences, border
# points), upstream to downstream, (lon, lat). Where a present-day border runs along the river, the
# Natural Earth border line is used instead, so that river and border agree on the map: those
# stretches are given as ("border", country A, country B, (lon, lat) from, (lon, lat) to).
RIVERS: dict[str, list] = {
    "Danube": [
        (17.90, 47.70),  # Komárom region (Hungary-Slovakia border stretch, west of the map)
        (18.70, 47.79),  # Esztergom
        (18.92, 47.78),  # Danube bend, Visegrád
        (19.07, 47.56),  # Budapest, north
        (19.05, 47.47),  # Budapest, south
        (18.95, 47.20),
        (18.93, 46.98),  # Dunaújváros
        (18.88, 46.62),  # Paks
        (18.93, 46.37),
        (18.70, 46.13),  # Baja
        (18.80, 45.95),  # Mohács
        (18.87, 45.82),  # Hungarian border
        (18.92, 45.60),  # Batina
        (18.87, 45.55),  # Aljmaš, Drava mouth
        (19.00, 45.35),  # Vukovar
        (19.17, 45.21),  # Ilok / Bačka Palanka
        (19.63, 45.26),  # Beočin
        (19.85, 45.25),  # Novi Sad
        (20.03, 45.22),  # Sremski Karlovci
        (20.26, 45.14),  # Slankamen, Tisza mouth
        (20.29, 45.03),
        (20.29, 44.97),  # Stari Banovci
        (20.33, 44.93),
        (20.37, 44.895),
        (20.405, 44.865),  # Zemun, north
        (20.420, 44.852),  # Zemun quay
        (20.440, 44.843),  # past the Great War Island
        (20.456, 44.834),
        (20.470, 44.829),  # Dorćol
        (20.495, 44.826),  # the Pančevo bridge
        (20.525, 44.822),
        (20.550, 44.815),  # Višnjica
        (20.580, 44.800),
        (20.605, 44.780),  # Vinča
        (20.640, 44.765),
        (20.680, 44.735),  # Ritopek
        (20.715, 44.690),
        (20.745, 44.670),  # Grocka
        (20.84, 44.660),
        (20.93, 44.667),  # Smederevo
        (21.05, 44.69),  # Great Morava mouth
        (21.17, 44.74),  # Kostolac
        (21.37, 44.79),  # Ram
        ("border", "Serbia", "Romania", (21.37, 44.82), (22.68, 44.22)),  # Iron Gates to Timok
        ("border", "Bulgaria", "Romania", (22.68, 44.22), (27.26, 44.12)),  # to Silistra
        (27.35, 44.18),
        (27.90, 44.65),  # Fetești / Cernavodă
        (27.95, 45.00),
        (27.95, 45.30),  # Brăila
        (28.05, 45.44),  # Galați
        (28.35, 45.30),  # Reni
        (28.84, 45.35),  # Izmail
        (29.25, 45.30),
        (29.65, 45.20),  # the Black Sea
    ],
    "Sava": [
        (14.51, 46.07),  # Ljubljana
        (15.25, 46.05),  # Sevnica
        (15.60, 45.86),  # Brežice
        (15.98, 45.79),  # Zagreb
        (16.37, 45.48),  # Sisak
        (16.75, 45.30),  # Jasenovac region
        ("border", "Croatia", "Bosnia and Herz.", (16.93, 45.27), (19.03, 44.87)),  # Una mouth to Jamena
        ("border", "Serbia", "Bosnia and Herz.", (19.03, 44.87), (19.34, 44.89)),  # to the Drina mouth
        (19.45, 44.94),
        (19.61, 44.965),  # Sremska Mitrovica
        (19.68, 44.85),
        (19.70, 44.77),  # Šabac
        (19.85, 44.75),
        (20.05, 44.71),  # Kupinovo
        (20.20, 44.672),  # Obrenovac
        (20.30, 44.690),  # Umka
        (20.325, 44.730),  # Ostružnica
        (20.36, 44.755),
        (20.39, 44.775),
        (20.41, 44.787),  # Čukarica, Ada Ciganlija
        (20.430, 44.795),
        (20.440, 44.803),
        (20.447, 44.811),  # the Sava bridge
        (20.449, 44.819),
        (20.450, 44.828),  # below Kalemegdan, into the Danube
        (20.456, 44.834),
    ],
    "Great Morava": [
        (21.38, 43.70),  # Stalać: West and South Morava meet
        (21.37, 43.94),  # Ćuprija
        (21.25, 44.09),  # Svilajnac region
        (21.13, 44.27),  # Markovac
        (21.08, 44.34),  # Velika Plana
        (21.08, 44.55),  # Ljubičevo / Požarevac west
        (21.05, 44.69),  # into the Danube
    ],
    "South Morava": [
        (21.90, 42.55),  # Vranje region
        (21.95, 42.85),  # Grdelica gorge
        (21.95, 43.00),  # Leskovac
        (21.85, 43.22),  # Doljevac
        (21.85, 43.35),  # Niš
        (21.65, 43.55),  # Aleksinac
        (21.38, 43.70),  # Stalać
    ],
    "Tisza": [
        (23.00, 48.15),  # Tiszabecs region (Hungary)
        (22.10, 48.25),
        (21.55, 48.10),  # Tokaj
        (21.00, 47.80),  # Tiszaújváros region
        (20.60, 47.60),  # Kisköre region
        (20.27, 47.18),  # Szolnok
        (20.07, 46.92),  # Tiszakécske region
        (20.15, 46.65),  # Csongrád
        (20.15, 46.25),  # Szeged
        (20.06, 46.07),  # Kanjiža
        (20.08, 45.93),  # Senta
        (20.10, 45.73),  # Ada / Mol
        (20.04, 45.62),  # Stari Bečej
        (20.15, 45.45),  # Novi Bečej region
        (20.23, 45.30),  # Titel
        (20.26, 45.14),  # Slankamen: into the Danube
    ],
    "Drina": [
        (18.78, 43.50),  # Foča
        (18.97, 43.66),  # Goražde
        (19.29, 43.78),  # Višegrad
        (19.45, 43.83),
        ("border", "Serbia", "Bosnia and Herz.", (19.52, 43.96), (19.34, 44.89)),  # Bajina Bašta to the Sava
    ],
}


def _nearest_index(line: Line, point: Point) -> int:
    return min(range(len(line)), key=lambda i: (line[i][0] - point[0]) ** 2 + (line[i][1] - point[1]) ** 2)


def _border_stretch(topology: dict, a: str, b: str, start: Point, end: Point) -> Line:
    """The stretch of the a-b border between the points nearest start and end."""
    best: Line = []
    best_score = math.inf
    for line in shared_border(topology, a, b):
        i, j = _nearest_index(line, start), _nearest_index(line, end)
        piece = line[i : j + 1] if i <= j else list(reversed(line[j : i + 1]))
        score = math.dist(line[i], start) + math.dist(line[j], end)
        if score < best_score:
            best, best_score = piece, score
    return best


def build_rivers(topology: dict | None, tolerance: float = 0.004) -> dict:
    features = []
    for name, spec in RIVERS.items():
        line: Line = []
        for item in spec:
            if isinstance(item, tuple) and item and item[0] == "border":
                _, a, b, start, end = item
                if topology is None:
                    piece = [start, end]
                else:
                    piece = simplify(_border_stretch(topology, a, b, start, end), tolerance)
                line.extend(piece)
            else:
                line.append(item)
        features.append(
            {
                "type": "Feature",
                "properties": {"name": name, "name_sr": RIVER_NAMES_SR[name], "schematic": True},
                "geometry": {"type": "LineString", "coordinates": _round(line)},
            }
        )
    return {
        "type": "FeatureCollection",
        "name": "rivers",
        "note": "Schematic, drawn for this exhibit from known points along each river; where a present-day "
        "border follows the river, the Natural Earth border line is used. Accurate to a few km.",
        "features": features,
    }


RIVER_NAMES_SR = {
    "Danube": "Дунав",
    "Sava": "Сава",
    "Great Morava": "Велика Морава",
    "South Morava": "Јужна Морава",
    "Tisza": "Тиса",
    "Drina": "Дрина",
}


# ----------------------------------------------------------------------------------------------
# Reading and projecting, for make_graphics.py
# ----------------------------------------------------------------------------------------------


def load_geojson(name: str, folder: Path = GEO) -> dict:
    path = folder / f"{name}.geojson"
    if not path.is_file():
        return {"type": "FeatureCollection", "features": []}
    return json.loads(path.read_text(encoding="utf-8"))


class Projection:
    """Equirectangular with a cos(latitude) correction at the map's centre, fitted to a pixel box."""

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

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        return (self.clon + (x - self.cx) / (self.k * self.scale), self.clat - (y - self.cy) / self.scale)

    def px_per_km(self) -> float:
        return self.scale / 110.57


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the committed base geography from world-atlas.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for cmd in ("land", "rivers"):
        p = sub.add_parser(cmd)
        p.add_argument("topojson", type=Path, help="world-atlas countries-10m.json (or -50m)")
        p.add_argument("--out", type=Path, default=GEO / f"{cmd}.geojson")
        p.add_argument("--tolerance", type=float, default=0.002, help="simplification, degrees")
    args = ap.parse_args(argv)
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    data = (
        build_land(topology, tolerance=args.tolerance)
        if args.cmd == "land"
        else build_rivers(topology, tolerance=args.tolerance)
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: small diffs, still compact.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(data['features'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
