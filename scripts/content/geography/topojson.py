"""A tiny TopoJSON decoder: quantized, delta-encoded arcs to (lon, lat) lines, and the rings and
polygons made of them. Pure Python."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Point = tuple[float, float]  # (lon, lat)
Line = list[Point]


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
