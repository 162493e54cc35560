"""assets/geo/rivers.geojson: schematic rivers through known points, following the Natural Earth
border line where a present-day border runs along the river."""

from __future__ import annotations

import math

from geography.shapes import join_lines, round_line, simplify
from geography.topojson import Line, Point, decode_arcs, geometry_arc_ids

# Rivers: schematic lines through well-known points on their banks (towns, confluences, border
# points), upstream to downstream, (lon, lat). Where a present-day border runs along the river, the
# Natural Earth border line is used instead, so that river and border agree on the map: those
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
                "geometry": {"type": "LineString", "coordinates": round_line(line)},
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


def shared_border(topology: dict, a: str, b: str, tolerance: float = 0.0) -> list[Line]:
    """The boundary lines countries a and b share (Natural Earth names), joined end to end."""
    geometries = {g["properties"]["name"]: g for g in topology["objects"]["countries"]["geometries"]}
    common = geometry_arc_ids(geometries[a]) & geometry_arc_ids(geometries[b])
    arcs = decode_arcs(topology)
    return join_lines([simplify(arcs[i], tolerance) for i in sorted(common)])
