"""The campaign map's geography: the projection, the content folder's geo files and scenes, what
the map shows at a moment, labels, and the base map drawn with Pillow."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content import geography as g
from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.content.timeline import Domain
from kiosk.ui import basemap

BUNDLED = Path(__file__).resolve().parents[2] / "assets"


def web_mercator(lon: float, lat: float) -> tuple[float, float]:
    """The usual slippy-map formula (tile fractions), written independently of the module."""
    phi = math.radians(lat)
    return (lon + 180) / 360, (1 - math.log(math.tan(phi) + 1 / math.cos(phi)) / math.pi) / 2


@pytest.fixture(scope="module")
def bundled() -> tuple[Exhibit, g.Geography, list[g.Scene]]:
    exhibit = load(BUNDLED).exhibit
    assert exhibit is not None
    geo = g.load_geography(BUNDLED)
    scenes, problems = g.load_scenes(BUNDLED, exhibit, geo)
    assert problems == []
    return exhibit, geo, scenes


# --- projection --------------------------------------------------------------------------------
def test_known_coordinates_land_on_known_pixels() -> None:
    west, south, east, north = 20.0, 44.0, 22.0, 46.0
    (x0, y0), (x1, y1) = web_mercator(west, north), web_mercator(east, south)
    width = 1000.0
    height = width * (y1 - y0) / (x1 - x0)  # a view of exactly the box's shape
    p = g.Projection(g.BBox(west, south, east, north), width, height)
    assert p.point(west, north) == pytest.approx((0, 0), abs=1e-6)
    assert p.point(east, south) == pytest.approx((width, height), abs=1e-6)
    for lon, lat in [(20.457, 44.817), (21.303, 45.117), (20.515, 44.69)]:  # Belgrade, Vršac, Avala
        wx, wy = web_mercator(lon, lat)
        expected = ((wx - x0) / (x1 - x0) * width, (wy - y0) / (y1 - y0) * height)
        assert p.point(lon, lat) == pytest.approx(expected, abs=1e-6)
    # Belgrade, worked out once by hand: ln tan(45° + φ/2) is 0.9063 at 46°, 0.8570 at 44° and
    # 0.8772 at 44.817°, so y = (0.9063 - 0.8772) / 0.0493 of the view's 1413 px height.
    assert p.point(20.457, 44.817) == pytest.approx((228.5, 842.6), abs=0.1)


def test_projection_fills_the_view_and_keeps_the_box_centred() -> None:
    box = g.BBox(20.0, 44.0, 22.0, 46.0)
    wide = g.Projection(box, 1600, 600)
    view = wide.view
    assert view.west < box.west and view.east > box.east  # grown sideways to fill a wide view
    assert view.south == pytest.approx(box.south) and view.north == pytest.approx(box.north)
    assert wide.point(21.0, 45.0)[0] == pytest.approx(800)
    for lon, lat in [(20.1, 44.2), (21.9, 45.9)]:
        x, y = wide.point(lon, lat)
        assert wide.lonlat(x, y) == pytest.approx((lon, lat), abs=1e-9)


def test_scale_in_kilometres() -> None:
    p = g.Projection(g.BBox(20.0, 44.0, 22.0, 46.0), 1000, 1000)
    x1, _ = p.point(20.0, 45.0)
    x2, _ = p.point(21.0, 45.0)
    km = 111.195 * math.cos(math.radians(45))  # one degree of longitude at 45° N
    assert (x2 - x1) / km == pytest.approx(p.px_per_km(45.0), rel=1e-3)
    assert g.distance_km((20.457, 44.817), (20.515, 44.69)) == pytest.approx(14.8, abs=0.3)  # to Avala


# --- the content folder's geography and scenes -------------------------------------------------
def test_geo_files_load_with_names_in_each_language(mini: Path) -> None:
    geo = g.load_geography(mini)
    assert geo.problems == []
    assert [a.names for a in geo.areas] == [{"none": "Serbia", "sr": "Србија"}]
    assert [w.names["none"] for w in geo.waters] == ["Danube", "Sava"]
    assert geo.waters[0].weight == 2
    assert geo.extent == g.BBox(19.0, 43.5, 23.0, 46.5)
    assert len(geo.digest) == 64
    (mini / "geo" / "rivers.geojson").write_text(
        (mini / "geo" / "rivers.geojson").read_text().replace("Sava", "Savа"), encoding="utf-8"
    )
    assert g.load_geography(mini).digest != geo.digest


def test_bad_geo_files_are_reported_not_fatal(mini: Path, tmp_path: Path) -> None:
    (mini / "geo" / "broken.geojson").write_text("{not json", encoding="utf-8")
    (mini / "geo" / "points.geojson").write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Point", "coordinates": [20, 44]},
                    },
                    {
                        "type": "Feature",
                        "properties": {"name": "Nowhere"},
                        "geometry": {"type": "LineString", "coordinates": [[20, 44], [500, 44]]},
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    outside = tmp_path / "outside.geojson"
    outside.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    (mini / "geo" / "link.geojson").symlink_to(outside)
    geo = g.load_geography(mini)
    text = "\n".join(map(str, geo.problems))
    assert "geo/broken.geojson" in text and "not a readable GeoJSON file" in text
    assert "a Point is not drawn" in text
    assert "[500, 44] is not a longitude and latitude" in text
    assert "symbolic link" in text
    assert [w.names["none"] for w in geo.waters] == ["Danube", "Sava"]  # the good ones still load


def test_scenes_from_map_toml(mini: Path) -> None:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    scenes, problems = g.load_scenes(mini, exhibit, g.load_geography(mini))
    assert problems == []
    assert [s.id for s in scenes] == ["campaign", "city"]
    assert scenes[0].bbox == g.BBox(19.9, 44.4, 21.6, 45.3)
    city = scenes[1]
    assert city.title == {"en": "The city", "sr": "Град"}
    assert city.bbox.contains(20.457, 44.817)
    width_km = g.distance_km((city.bbox.west, 44.817), (city.bbox.east, 44.817))
    assert width_km == pytest.approx(32, abs=0.5)  # twice the 16 km radius


def test_a_bad_scene_is_reported_and_the_defaults_serve(mini: Path) -> None:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    (mini / "geo" / "map.toml").write_text(
        '[[scene]]\nid = "x"\nbbox = [22, 44, 20, 46]\n\n[[scene]]\nid = "y"\naround = "atlantis"\n',
        encoding="utf-8",
    )
    scenes, problems = g.load_scenes(mini, exhibit, g.load_geography(mini))
    text = "\n".join(map(str, problems))
    assert "west < east" in text and "no place 'atlantis'" in text
    assert scenes[0].id == "campaign"  # made from the content instead
    assert scenes[0].bbox.contains(20.457, 44.817) and scenes[0].bbox.contains(21.303, 45.117)


def test_bundled_default_scenes(bundled: tuple[Exhibit, g.Geography, list[g.Scene]]) -> None:
    exhibit, _, scenes = bundled
    assert [s.id for s in scenes] == ["campaign", "city"]
    assert scenes[1].title["en"] == "Belgrade"
    places = {p.id: p for p in exhibit.places}
    for ident in ["avala", "kalemegdan", "sava-bridge", "zemun", "belgrade"]:
        assert scenes[1].bbox.contains(places[ident].lon, places[ident].lat), ident
    campaign = scenes[0].bbox
    for country_point in [(26.1, 44.4), (23.3, 42.7), (20.5, 44.8), (19.7, 46.1)]:  # RO, BG, RS, HU edge
        assert campaign.contains(*country_point)


def test_every_bundled_place_and_route_lies_within_the_map(
    bundled: tuple[Exhibit, g.Geography, list[g.Scene]],
) -> None:
    exhibit, geo, scenes = bundled
    assert geo.extent is not None and geo.problems == []
    campaign = scenes[0].bbox
    beyond = set(g.off_geography(exhibit, geo))
    # Only places the geography files do not reach are off the map; they get a pointer at its edge.
    assert beyond == {"athens", "moscow"}
    for route in exhibit.routes:
        outside = g.all_within(exhibit, campaign, route.waypoints)
        assert set(outside) <= beyond, (route.id, outside)
    for event in exhibit.events:
        named = [event.place] if event.place else []
        outside = g.all_within(exhibit, campaign, [*named, *event.places])
        assert set(outside) <= beyond, (event.id, outside)
    # And the campaign scene lies where there is geography to draw.
    assert geo.extent.contains(campaign.west, campaign.south)
    assert geo.extent.contains(campaign.east, campaign.north)


# --- the map at a moment -----------------------------------------------------------------------
def test_routes_grow_with_the_date(mini: Path) -> None:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    domain = Domain(dt.date(1944, 10, 1), dt.date(1944, 10, 22))
    p = g.Projection(g.BBox(19.9, 44.4, 21.6, 45.3), 1200, 900)
    tracks = {t.id: t for t in g.tracks(exhibit, p, domain)}
    drive = tracks["to-belgrade"]  # 1 to 20 October: Vršac, Pančevo, Belgrade
    assert (drive.start, drive.end) == (0, 20)
    assert drive.partial(0) == ([], 0.0)
    half, heading = drive.partial(10)
    assert len(half) >= 2 and drive.reached(10)[0] == "vrsac"
    drawn = sum(math.dist(a, b) for a, b in itertools.pairwise(half))
    assert drawn == pytest.approx(drive.total / 2)
    assert 90 < heading < 270 or -180 <= heading < -90  # heading west, towards Belgrade
    full, _ = drive.partial(25)
    assert full == drive.points and drive.reached(25) == ["vrsac", "pancevo", "belgrade"]

    moment = g.moment(exhibit, domain, list(tracks.values()), 13.5)  # 14 October
    assert moment.day == 13
    assert {"belgrade", "pancevo"} <= moment.lit
    assert moment.today == {"belgrade"}  # the assault, and the week of street fighting
    assert "kalemegdan" not in moment.lit  # taken on the 20th


def test_a_month_start_waits_for_the_force_to_arrive(
    bundled: tuple[Exhibit, g.Geography, list[g.Scene]],
) -> None:
    exhibit, _, _ = bundled
    domain = Domain(dt.date(1944, 8, 20), dt.date(1944, 11, 30))
    days = g.route_days(exhibit, domain)
    arrive = days["4th-guards-mechanized-to-belgrade"][1]
    assert arrive == g.day_number(domain, dt.date(1944, 10, 21))  # the end of 20 October
    assert days["4th-guards-mechanized-to-hungary"][0] == arrive  # "1944-10", but after Belgrade
    assert days["37th-rifle-corps-through-vojvodina"][0] == g.day_number(domain, dt.date(1944, 10, 1))


def test_labels_never_overlap_and_keep_their_order() -> None:
    wishes = [
        g.LabelWish("first", 100, 30, 200, 200, 8),
        g.LabelWish("second", 100, 30, 210, 200, 8),
        g.LabelWish("third", 100, 30, 205, 205, 8),
        g.LabelWish("fourth", 100, 30, 215, 195, 8),
        g.LabelWish("edge", 100, 30, 395, 20, 8),
        g.LabelWish("river", 80, 20, spots=((200, 200, 30.0), (300, 300, 30.0))),
    ]
    placed = g.place_labels(wishes, 400, 400)
    sides = {p.id: p.side for p in placed}
    assert sides["first"] == "right" and sides["second"] == "left"
    assert sides["edge"] == "left"  # no room on the right
    boxes = [
        g.rotated_box(p.x, p.y, 80, 20, p.angle) if p.side == "centre" else g.Box(p.x, p.y, 100, 30)
        for p in placed
    ]
    assert all(b.within(400, 400) for b in boxes)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.hits(b)
    assert next(p for p in placed if p.id == "river").x == 300  # its first spot was taken


def test_declutter_keeps_the_most_important() -> None:
    kept = g.declutter([("city", 0, 0), ("fort", 5, 5), ("town", 40, 0), ("village", 45, 3)], 20)
    assert kept == {"city", "town"}


def test_clipping_lines_and_pointers() -> None:
    runs = g.visible_runs([(-50, 50), (50, 50), (150, 50), (150, 150), (50, 250)], 100, 200)
    assert runs[0] == [(0, 50), (50, 50), (100, 50)]
    (x, y), angle = g.along([(0, 0), (100, 0)], 0.5)
    assert (x, y, angle) == (50, 0, 0)
    assert g.along([(100, 0), (0, 0)], 0.5)[1] == 0  # text on a line never reads upside down
    (ex, ey), towards = g.edge_pointer((4500, -3600), 1000, 800, 0)  # far to the north-east
    assert ex == pytest.approx(900) and ey == 0 and towards == pytest.approx(-45)


# --- the base map ------------------------------------------------------------------------------
def test_base_map_is_drawn_once_and_cached(mini: Path, tmp_path: Path) -> None:
    geo = g.load_geography(mini)
    p = g.Projection(g.BBox(19.9, 44.4, 21.6, 45.3), 600, 400)
    palette = {"sea": "#000010", "land": "#302010", "border": "#ffffff", "water": "#0000ff"}
    first = basemap.render(geo, p, palette, tmp_path)
    assert first.made and (first.width, first.height) == (1200, 800)
    again = basemap.render(geo, p, palette, tmp_path)
    assert not again.made and again.path == first.path
    other = basemap.render(geo, p, palette | {"land": "#303030"}, tmp_path)
    assert other.path != first.path
    image = Image.open(first.path).convert("RGB")
    k = first.width / p.width
    lx, ly = p.point(21.3, 44.5)  # open country in Serbia
    assert image.getpixel((round(lx * k), round(ly * k))) == (0x30, 0x20, 0x10)
    wx, wy = p.point(20.3, 44.95)  # on the Danube
    assert image.getpixel((round(wx * k), round(wy * k))) == (0, 0, 255)
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left over
