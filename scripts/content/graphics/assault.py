"""map-assault-belgrade: the city at a close scale. Movements of 14-22 October with at least two
places in view, and the day-dated events of events.toml in that week: those at a particular place
get a numbered marker, those for the city as a whole are listed with the city sign."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from drawing.content import load_places, load_toml, text_of
from PIL import Image

from graphics.basemap import MapSheet, Projection, fit_view, load_geojson, river_lines
from graphics.canvas import Canvas
from graphics.dates import short_span, sort_key, ymd
from graphics.furniture import (
    legend_box,
    north_arrow,
    paint_city,
    paint_marker,
    scale_bar,
    side_entries,
    side_panel,
    source_line,
    title_band,
)
from graphics.labels import label_river, label_route, place_label, take_path
from graphics.lines import cut_end, cut_start, run_length, smooth
from graphics.routes import arrow, route_paths
from graphics.style import ACCENT, INK, INK_SOFT, LAND, PAPER, RIVER, SOURCE_CITY, H, W, side_colour

CITY_PLACES = ["zemun", "pancevo", "avala", "kalemegdan", "sava-bridge", "banjica"]
ISLAND = "great-war-island"
ASSAULT_FIRST, ASSAULT_LAST = (1944, 10, 14), (1944, 10, 22)
ASSAULT_TITLE = ("The battle for Belgrade, 14–20 October 1944", "Битка за Београд, 14–20. октобар 1944.")
PANEL_W = 760

Drawn = tuple[dict, list[tuple[float, float]], tuple[int, int, int]]  # route, path, colour


def overlaps_assault(start: str, end: str) -> bool:
    return sort_key(start) <= ASSAULT_LAST and sort_key(end.split("/")[-1]) >= ASSAULT_FIRST


def draw_assault(content: Path) -> Image.Image | None:
    places = load_places(content)
    if "belgrade" not in places:
        print("map-assault-belgrade: needs a 'belgrade' place; skipped", file=sys.stderr)
        return None
    routes = load_toml(content / "text" / "routes.toml").get("route", [])
    events = load_toml(content / "text" / "events.toml").get("event", [])

    cv = Canvas(background=PAPER)
    box = (0, 150, W - PANEL_W, H - 60)
    inner = (box[0] + 8, box[1] + 8, box[2] - 8, box[3] - 8)
    anchor = [(places[p]["lon"], places[p]["lat"]) for p in CITY_PLACES if p in places]
    m = MapSheet(cv, Projection(fit_view(anchor, box, 0.03), box), places, box, inner)

    lines = draw_ground(m, load_geojson("rivers"))
    # Furniture, so that nothing is put on it.
    sb = (box[2] - 480, box[3] - 50)
    cv.take((sb[0] - 20, sb[1] - 60, sb[0] + 460, sb[1] + 40))
    cv.take((box[2] - 150, box[1] + 10, box[2] - 10, box[1] + 180))

    drawn = draw_movements(m, routes)
    located, listed = week_events(m, events)
    shown = draw_place_signs(m)
    markers = place_markers(m, located)
    name_city(m)
    name_places(m, shown, lines)
    for n, mx, my, x, y in markers:
        cv.line([(x, y), (mx, my)], INK, 3)
        cv.ellipse((mx, my), 27, fill=ACCENT, outline=INK, width=3)
        cv.text((mx, my + 1), str(n), 31, INK, "sans", "bold", anchor="mm")
    for r, path, colour in drawn:
        label_route(cv, path, r, colour, size=32, within=inner, clear=34)

    scale_bar(cv, m.proj, *sb, max_px=360)
    north_arrow(cv, box[2] - 80, box[1] + 100)
    draw_panel(m, drawn, listed)
    title_band(cv, *ASSAULT_TITLE)
    source_line(cv, SOURCE_CITY)
    return cv.finish()


def draw_ground(m: MapSheet, rivers: dict) -> dict[str, list[tuple[float, float]]]:
    """Ground and rivers at about their width (the Danube some 700 m here, the Sava 300 m), and the
    island at the confluence; returns the rivers' lines."""
    cv, px_km = m.cv, m.px_km
    cv.rect(m.box, fill=LAND)
    lines = {name: smooth(pts, 2) for name, pts in river_lines(m.proj, rivers).items()}
    widths = {"Danube": max(16, 0.7 * px_km), "Sava": max(10, 0.3 * px_km)}
    for name, pts in lines.items():
        cv.line(pts, RIVER, widths.get(name, 8))
    if ISLAND in m.places:
        gx, gy = m.at(ISLAND)
        cv.ellipse((gx, gy), 1.4 * px_km, fill=RIVER, ry=0.95 * px_km)
        rot = 0.6
        outline = [
            (
                gx + math.cos(t) * 1.05 * px_km * math.cos(rot) - math.sin(t) * 0.5 * px_km * math.sin(rot),
                gy + math.cos(t) * 1.05 * px_km * math.sin(rot) + math.sin(t) * 0.5 * px_km * math.cos(rot),
            )
            for t in [i * math.pi / 24 for i in range(48)]
        ]
        cv.polygon(outline, fill=(214, 226, 200))
        cv.take((gx - 0.9 * px_km, gy - 0.6 * px_km, gx + 0.9 * px_km, gy + 0.6 * px_km))
    return lines


def draw_movements(m: MapSheet, routes: list[dict]) -> list[Drawn]:
    """Movements of the week that have at least two of their places in view, as arrows."""
    active = [
        r
        for r in routes
        if overlaps_assault(str(r["start"]), str(r["end"]))
        and sort_key(str(r["end"]).split("/")[-1]) <= (1944, 10, 31)
        and sum(m.in_view(w, 0) for w in r["waypoints"]) >= 2
    ]
    active.sort(key=lambda r: (sort_key(str(r["start"])), r["id"]))
    drawn = []
    for r, path in route_paths(active, m.places, m.proj, m.inner, lane_gap=34, smooth_rounds=2):
        if run_length(path) < 120:
            continue
        path = cut_start(cut_end(path, 34), 20)
        colour = side_colour(r.get("side"))
        dash = (46, 18) if r.get("side") == "german" else None
        arrow(m.cv, path, colour, width=18, head=60, dash=dash)
        take_path(m.cv, path, 14)
        drawn.append((r, path, colour))
    return drawn


def week_events(m: MapSheet, events: list[dict]) -> tuple[list, list]:
    """Events of the week: those at a particular place in view get a numbered marker (located);
    those that concern the whole city are listed beside the map with the city's sign (no number)."""
    week = sorted(
        (e for e in events if overlaps_assault(str(e["date"]), str(e["date"])) and ymd(str(e["date"]))[2]),
        key=lambda e: (sort_key(str(e["date"])), e["id"]),
    )
    located, listed = [], []
    n = 0
    for e in week:
        pid = e.get("place")
        if pid == "belgrade":
            listed.append((None, e))
        elif pid and m.in_view(pid):
            n += 1
            located.append((n, e, pid))
            listed.append((n, e))
    return located, listed


def draw_place_signs(m: MapSheet) -> list[tuple[str, dict]]:
    """The places' dots and signs, before any name; returns the places shown."""
    cv = m.cv
    shown = [
        (pid, m.places[pid])
        for pid in dict.fromkeys([*CITY_PLACES, "obrenovac", "smederevo"])
        if m.in_view(pid, 20)
    ]
    for _pid, p in shown:
        x, y = m.proj(p["lon"], p["lat"])
        kind = p.get("kind")
        if kind == "hill":
            cv.polygon(
                [(x, y - 18), (x + 18, y + 13), (x - 18, y + 13)], fill=INK_SOFT, outline=PAPER, width=2
            )
        elif kind in {"town", "city"}:
            paint_city(cv, x, y)
        elif kind == "bridge":
            cv.rect((x - 18, y - 7, x + 18, y + 7), fill=INK, outline=PAPER, width=2)
        else:
            cv.ellipse((x, y), 9, fill=INK, outline=PAPER, width=2)
        cv.take((x - 16, y - 16, x + 16, y + 16))
    return shown


def place_markers(m: MapSheet, located: list) -> list[tuple[int, float, float, float, float]]:
    """Where each event's numbered marker goes, fanned out around its place (taken, not yet drawn)."""
    markers = []
    per_place: dict[str, int] = {}
    for n, _e, pid in located:
        x, y = m.at(pid)
        k = per_place.get(pid, 0)
        per_place[pid] = k + 1
        for dist in (62, 92, 122):
            for a in (-45, -135, 45, 135, -90, 0, 180, 90):
                ang = math.radians(a + 20 * k)
                mx, my = x + math.cos(ang) * dist, y + math.sin(ang) * dist
                mb = (mx - 28, my - 28, mx + 28, my + 28)
                if m.cv.free(mb, margin=2, within=m.inner):
                    break
            else:
                continue
            break
        m.cv.take(mb)
        markers.append((n, mx, my, x, y))
    return markers


def name_city(m: MapSheet) -> None:
    """The city's name in large letters, where there is room nearest a spot on the right bank."""
    cv = m.cv
    bx, by = m.at("belgrade")
    city = text_of(m.places["belgrade"].get("name")).upper()
    city_w = cv.textlength(city, 66, "serif", "bold") + 10 * len(city)
    want = (bx + 0.4 * city_w, by + 2.5 * m.px_km)  # a little south-east of the centre
    spots = sorted(
        ((bx + dx * 20, by + dy * 20) for dx in range(-40, 41) for dy in range(-10, 30)),
        key=lambda c: math.dist(c, want),
    )
    for cx, cy in spots:
        tb = (cx - city_w / 2, cy - 40, cx + city_w / 2, cy + 40)
        if cv.free(tb, within=m.inner):
            cv.text(
                (cx, cy), city, 66, INK, "serif", "bold", anchor="mm", halo=LAND, halo_width=6, spacing=10
            )
            cv.take(tb)
            break


def name_places(m: MapSheet, shown: list[tuple[str, dict]], lines: dict) -> None:
    """The places' names, the island's, then the two rivers'."""
    cv, inner = m.cv, m.inner
    for _pid, p in shown:
        x, y = m.proj(p["lon"], p["lat"])
        name = text_of(p.get("name"))
        if p.get("kind") in {"town", "city"}:
            place_label(cv, (x, y), name, 42, "bold", gap=22, force=True, within=inner)
        else:
            place_label(
                cv,
                (x, y),
                name,
                33,
                "regular",
                gap=20,
                prefer=("w", "sw", "nw", "e", "ne", "se", "s", "n"),
                within=inner,
            )
    if ISLAND in m.places:
        name = text_of(m.places[ISLAND].get("name"))
        place_label(
            cv,
            m.at(ISLAND),
            name,
            30,
            "regular",
            gap=0.9 * m.px_km,
            prefer=("nw", "n", "w", "ne"),
            within=inner,
        )
    for label, spots, along in (
        ("Danube  ·  Дунав", ["pancevo", "zemun"], 0),
        ("Sava  ·  Сава", ["sava-bridge"], -300),
    ):
        river = "Danube" if label.startswith("Danube") else "Sava"
        for pid in spots:
            if (
                river in lines
                and pid in m.places
                and label_river(
                    cv, lines[river], label, m.at(pid), size=36, along=along, within=inner, search=700
                )
            ):
                break


def draw_panel(m: MapSheet, drawn: list[Drawn], listed: list) -> None:
    """The side panel: the key, then the week's events day by day."""
    cv = m.cv
    px0 = m.box[2]
    side_panel(cv, px0, m.box)
    entries = side_entries(r.get("side", "other") for r, _, _ in drawn)
    entries.append(("River", "река", lambda c, cx, cy: c.line([(cx - 44, cy), (cx + 44, cy)], RIVER, 16)))
    entries.append(("Event (see list)", "догађај (види списак)", paint_marker))
    bottom = legend_box(cv, px0 + 30, m.box[1] + 24, entries, width=PANEL_W - 60)
    y = bottom + 34
    cv.text((px0 + 34, y + 4), "The week, day by day", 32, INK, "serif", "bold", anchor="lm")
    cv.text((px0 + 34, y + 42), "Недеља, дан по дан", 26, INK_SOFT, "serif", "italic", anchor="lm")
    y += 84
    size, lh = 26, 33
    for num, e in listed:
        if y > m.box[3] - 60:
            break
        cx, cy = px0 + 56, y + lh / 2
        if num is None:
            paint_city(cv, cx, cy)
        else:
            paint_marker(cv, cx, cy, num, r=19)
        when = short_span(str(e["date"]).split("/")[0], str(e["date"]).split("/")[-1])
        tx = px0 + 90
        dw = cv.text((tx, cy), when, size, INK, "sans", "bold", anchor="lm")[2] - tx
        text_lines = cv.wrap(text_of(e.get("title")), size, PANEL_W - 130 - dw - 14)
        first = text_lines[0] if text_lines else ""
        cv.text((tx + dw + 14, cy), first, size, INK, anchor="lm")
        rest = cv.wrap(" ".join(text_lines[1:]), size, PANEL_W - 130) if len(text_lines) > 1 else []
        for i, line in enumerate(rest[:2], 1):
            cv.text((tx, cy + i * lh), line, size, INK, anchor="lm")
        y += lh * (1 + min(2, len(rest))) + 12
    paint_city(cv, px0 + 56, y + 23)
    cv.text(
        (px0 + 90, y + 23),
        "in the city as a whole  ·  у граду у целини",
        24,
        INK_SOFT,
        "sans",
        "italic",
        anchor="lm",
    )
