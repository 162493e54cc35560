"""map-offensive: every movement of routes.toml that reaches the map as a numbered arrow in its
side's colour, with its dates; places from places.toml; Natural Earth countries and the schematic
rivers; the key and the numbered list of movements beside the map."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from drawing.content import load_places, load_toml, text_of
from geography.land import REGION
from PIL import Image

from graphics.basemap import MapSheet, Projection, draw_base, fit_view, load_geojson
from graphics.canvas import Canvas
from graphics.dates import month_span_text, short_span, sort_key
from graphics.furniture import (
    legend_box,
    north_arrow,
    paint_border,
    paint_city,
    paint_river,
    paint_town,
    scale_bar,
    side_entries,
    side_panel,
    source_line,
    title_band,
)
from graphics.labels import label_river, place_label, place_tag, take_path
from graphics.lines import cut_end, run_length
from graphics.routes import arrow, route_list, route_paths
from graphics.style import INK, INK_SOFT, PAPER, SOURCE_MAP, H, W, side_colour

RIVER_LABELS_REGIONAL = {
    # river: [(name on the map, near (lon, lat))]: each name is tried near each of its points in turn
    "Danube": [
        ("Danube  ·  Дунав", [(19.2, 45.55), (19.0, 45.9)]),
        ("Danube  ·  Дунав", [(23.4, 43.75), (24.2, 43.72), (22.3, 44.65)]),
    ],
    "Sava": [("Sava  ·  Сава", [(19.75, 44.8), (18.2, 45.08), (19.3, 44.9)])],
    "Great Morava": [
        ("Morava  ·  Морава", [(21.3, 43.95), (21.12, 44.18)]),
        ("Morava", [(21.3, 43.95), (21.12, 44.18)]),
    ],
    "South Morava": [
        ("South Morava  ·  Јужна Морава", [(21.90, 42.92), (21.7, 43.5)]),
        ("South Morava", [(21.90, 42.92), (21.7, 43.5)]),
    ],
    "Tisza": [("Tisza  ·  Тиса", [(20.12, 45.85), (20.2, 45.4), (20.15, 46.3)])],
    "Drina": [("Drina  ·  Дрина", [(19.40, 44.35), (19.3, 44.0)])],
}

COUNTRY_LABELS = {
    # present-day names, for orientation: the first of the spots that fits on the map is used
    "Romania": [(22.6, 45.35), (24.6, 45.35)],
    "Bulgaria": [(23.3, 43.35), (23.45, 43.55), (23.1, 43.2), (25.0, 42.75)],
    "Serbia": [(20.75, 43.40), (19.95, 44.45), (21.0, 43.25), (20.45, 43.85)],
    "Hungary": [(19.5, 46.28), (19.6, 46.75)],
    "Croatia": [(18.6, 45.45), (17.0, 45.55)],
    "Bosnia and Herzegovina": [(18.4, 44.4), (18.0, 44.25)],
    "North Macedonia": [(21.55, 41.55)],
    "Montenegro": [(19.25, 42.75)],
    "Albania": [(20.0, 41.3)],
    "Greece": [(22.8, 40.75)],
}

OFFENSIVE_VIEW = ["subotica", "timisoara", "vidin", "nis", "kraljevo", "belgrade"]


PANEL_W = 680
HIDDEN_KINDS = {"river", "region", "district", "building", "bridge", "fortress"}  # too small here

Drawn = tuple[dict, list[tuple[float, float]], tuple[int, int, int]]  # route, path, colour
Shown = tuple[str, dict, float, float]  # place id, place, x, y


def draw_offensive(content: Path) -> Image.Image | None:
    places = load_places(content)
    routes = [r for r in load_toml(content / "text" / "routes.toml").get("route", []) if r.get("waypoints")]
    if not routes or "belgrade" not in places:
        print("map-offensive: needs text/routes.toml and a 'belgrade' place; skipped", file=sys.stderr)
        return None
    land, rivers = load_geojson("land"), load_geojson("rivers")

    cv = Canvas(background=PAPER)
    box = (0, 150, W - PANEL_W, H - 60)
    inner = (box[0] + 8, box[1] + 8, box[2] - 8, box[3] - 8)
    anchors = [(places[p]["lon"], places[p]["lat"]) for p in OFFENSIVE_VIEW if p in places]
    proj = Projection(fit_view(anchors, box, 0.25, limit=REGION), box)
    m = MapSheet(cv, proj, places, box, inner)
    lines = draw_base(cv, proj, box, land, rivers)

    # Furniture, so that nothing is put on it.
    sb = (box[2] - 500, box[3] - 50)
    cv.take((sb[0] - 20, sb[1] - 60, sb[0] + 480, sb[1] + 40))
    cv.take((box[2] - 150, box[1] + 10, box[2] - 10, box[1] + 180))

    # The routes that reach into this view, in order of their start.
    routes.sort(key=lambda r: (sort_key(str(r["start"])), r["id"]))
    paths = [(r, p) for r, p in route_paths(routes, places, proj, inner, lane_gap=20) if run_length(p) > 70]
    for _, path in paths:
        take_path(cv, path, 9)
    name_countries(m)
    drawn = draw_movements(m, paths)
    shown = draw_place_dots(m, drawn)
    name_places(m, shown, lines, drawn)
    scale_bar(cv, proj, *sb)
    north_arrow(cv, box[2] - 80, box[1] + 100)
    draw_panel(m, drawn)
    title_en, title_sr = title_months(m, drawn)
    title_band(cv, f"The road to Belgrade, {title_en}", f"Пут ка Београду, {title_sr}")
    source_line(cv, SOURCE_MAP)
    return cv.finish()


def name_countries(m: MapSheet) -> None:
    """Present-day country names, faint, under everything else."""
    cv, box = m.cv, m.box
    for name, spots in COUNTRY_LABELS.items():
        half = cv.textlength(name.upper(), 30, "sans", "bold") / 2 + 3 * len(name)
        for lon, lat in spots:
            x, y = m.proj(lon, lat)
            tb = (x - half, y - 22, x + half, y + 22)
            if (
                box[0] + 20 < x - half
                and x + half < box[2] - 20
                and box[1] + 40 < y < box[3] - 40
                and cv.free(tb)
            ):
                cv.text((x, y), name.upper(), 30, (172, 160, 138), "sans", "bold", anchor="mm", spacing=6)
                break


def draw_movements(m: MapSheet, paths: list) -> list[Drawn]:
    """The movements' arrows, stopping short of the dot where they end."""
    drawn = []
    for r, path in paths:
        last = r["waypoints"][-1]
        ends_here = last in m.places and math.dist(path[-1], m.at(last)) < 40
        path = cut_end(path, 22) if ends_here else path
        colour = side_colour(r.get("side"))
        dash = (40, 16) if r.get("side") == "german" else None
        arrow(m.cv, path, colour, width=11, head=40, dash=dash)
        drawn.append((r, path, colour))
    return drawn


def draw_place_dots(m: MapSheet, drawn: list[Drawn]) -> list[Shown]:
    """Dots for Belgrade, the movements' places and the other cities in view; returns them."""
    places, box = m.places, m.box
    wanted = ["belgrade"]
    for r, _, _ in drawn:
        wanted += [w for w in r["waypoints"] if w in places]
    wanted += [pid for pid, p in places.items() if p.get("kind") == "city"]
    shown, seen = [], set()
    for pid in wanted:
        p = places[pid]
        if pid in seen or p.get("kind") in HIDDEN_KINDS:
            continue
        seen.add(pid)
        x, y = m.proj(p["lon"], p["lat"])
        if box[0] + 20 < x < box[2] - 20 and box[1] + 20 < y < box[3] - 20:
            shown.append((pid, p, x, y))
    for pid, p, x, y in shown:
        (paint_city if pid == "belgrade" or p.get("kind") == "city" else paint_town)(m.cv, x, y)
        m.cv.take((x - 12, y - 12, x + 12, y + 12))
    return shown


def name_places(m: MapSheet, shown: list[Shown], lines: dict, drawn: list[Drawn]) -> None:
    """Names, most important first: Belgrade, the rivers, the cities, the towns where a movement
    starts or ends, then the movements' date tags, then the other towns."""
    cv, inner = m.cv, m.inner
    place_label(
        cv,
        m.at("belgrade"),
        text_of(m.places["belgrade"].get("name")).upper(),
        46,
        "bold",
        gap=24,
        prefer=("nw", "w", "sw", "n", "ne", "e"),
        force=True,
        within=inner,
    )
    name_rivers(m, lines)
    for pid, p, x, y in shown:
        if p.get("kind") == "city" and pid != "belgrade":
            place_label(cv, (x, y), text_of(p.get("name")), 34, "bold", gap=18, within=inner)
    ends = {w for r, _, _ in drawn for w in (r["waypoints"][0], r["waypoints"][-1])}
    done = set()
    for pid, p, x, y in shown:
        if pid in ends and p.get("kind") != "city" and pid != "belgrade":
            place_label(cv, (x, y), text_of(p.get("name")), 29, "regular", gap=15, within=inner)
            done.add(pid)
    for n, (r, path, colour) in enumerate(drawn, 1):
        place_tag(cv, path, n, short_span(str(r["start"]), str(r["end"])), colour, size=28, within=inner)
    for pid, p, x, y in shown:
        if pid not in done and p.get("kind") != "city" and pid != "belgrade":
            place_label(cv, (x, y), text_of(p.get("name")), 29, "regular", gap=15, within=inner)


def name_rivers(m: MapSheet, lines: dict) -> None:
    box = m.box
    for name, labels in RIVER_LABELS_REGIONAL.items():
        if name not in lines:
            continue
        done: set[str] = set()  # a shorter text is only a fallback for a longer one that did not fit
        for text, spots in labels:
            if any(text in d or d in text for d in done):
                continue
            for lon, lat in spots:
                x, y = m.proj(lon, lat)
                inside = box[0] < x < box[2] and box[1] < y < box[3]
                if inside and label_river(
                    m.cv, lines[name], text, (x, y), size=30, within=m.inner, search=300
                ):
                    done.add(text)
                    break


def draw_panel(m: MapSheet, drawn: list[Drawn]) -> None:
    """The side panel: the key, then the numbered list of movements."""
    cv, box = m.cv, m.box
    px0 = box[2]
    side_panel(cv, px0, box)
    entries = side_entries(r.get("side", "other") for r, _, _ in drawn)
    entries += [
        (
            "City  ·  town",
            "град  ·  место",
            lambda c, cx, cy: (paint_city(c, cx - 22, cy), paint_town(c, cx + 26, cy)),
        ),
        ("River", "река", paint_river),
        ("Present-day border", "данашња граница", paint_border),
    ]
    bottom = legend_box(cv, px0 + 30, box[1] + 24, entries, width=PANEL_W - 60)
    y = bottom + 30
    cv.text((px0 + 34, y + 4), "Movements, with dates", 32, INK, "serif", "bold", anchor="lm")
    cv.text((px0 + 34, y + 42), "Покрети, с датумима", 26, INK_SOFT, "serif", "italic", anchor="lm")
    items = [
        (n, colour, short_span(str(r["start"]), str(r["end"])), text_of(r.get("label")))
        for n, (r, _, colour) in enumerate(drawn, 1)
    ]
    route_list(cv, px0 + 34, y + 72, PANEL_W - 70, items, box[3] - 30, size=24)


def title_months(m: MapSheet, drawn: list[Drawn]) -> tuple[str, str]:
    """The title's months, in English and Serbian: those of the movements that end in Belgrade."""
    belgrade = m.at("belgrade")

    def ends_in_city(r: dict) -> bool:
        last = m.places.get(r["waypoints"][-1])
        return last is not None and math.dist(m.proj(last["lon"], last["lat"]), belgrade) < 30

    to_city = [r for r, _, _ in drawn if ends_in_city(r)] or [r for r, _, _ in drawn]
    return month_span_text([str(r["start"]) for r in to_city] + [str(r["end"]) for r in to_city])
