"""assets/geo/land.geojson: Natural Earth's countries inside the exhibit's region, simplified arc by
arc so that neighbours keep one border, and named in English and Serbian."""

from __future__ import annotations

from geography.shapes import bbox_of, clip_ring, round_line, simplify
from geography.topojson import decode_arcs, geometry_polygons

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
            polygons.append([round_line(r) for r in rings])
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
