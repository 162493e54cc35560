"""Spherical Mercator fitted to a view: known coordinates land on known pixels."""

from __future__ import annotations

import math

import pytest

from kiosk.map.projection import BBox, Projection, circle_bbox, distance_km


def web_mercator(lon: float, lat: float) -> tuple[float, float]:
    """The usual slippy-map formula (tile fractions), written independently of the module."""
    phi = math.radians(lat)
    return (lon + 180) / 360, (1 - math.log(math.tan(phi) + 1 / math.cos(phi)) / math.pi) / 2


def test_known_coordinates_land_on_known_pixels() -> None:
    west, south, east, north = 20.0, 44.0, 22.0, 46.0
    (x0, y0), (x1, y1) = web_mercator(west, north), web_mercator(east, south)
    width = 1000.0
    height = width * (y1 - y0) / (x1 - x0)  # a view of exactly the box's shape
    p = Projection(BBox(west, south, east, north), width, height)
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
    box = BBox(20.0, 44.0, 22.0, 46.0)
    wide = Projection(box, 1600, 600)
    view = wide.view
    assert view.west < box.west and view.east > box.east  # grown sideways to fill a wide view
    assert view.south == pytest.approx(box.south) and view.north == pytest.approx(box.north)
    assert wide.point(21.0, 45.0)[0] == pytest.approx(800)
    for lon, lat in [(20.1, 44.2), (21.9, 45.9)]:
        x, y = wide.point(lon, lat)
        assert wide.lonlat(x, y) == pytest.approx((lon, lat), abs=1e-9)
    assert wide.lines([[(20.1, 44.2), (21.9, 45.9)]]) == [[wide.point(20.1, 44.2), wide.point(21.9, 45.9)]]


def test_a_view_needs_a_size() -> None:
    with pytest.raises(ValueError, match="size"):
        Projection(BBox(20.0, 44.0, 22.0, 46.0), 0, 600)


def test_scale_in_kilometres() -> None:
    p = Projection(BBox(20.0, 44.0, 22.0, 46.0), 1000, 1000)
    x1, _ = p.point(20.0, 45.0)
    x2, _ = p.point(21.0, 45.0)
    km = 111.195 * math.cos(math.radians(45))  # one degree of longitude at 45° N
    assert (x2 - x1) / km == pytest.approx(p.px_per_km(45.0), rel=1e-3)
    assert distance_km((20.457, 44.817), (20.515, 44.69)) == pytest.approx(14.8, abs=0.3)  # to Avala


def test_a_circle_on_the_ground() -> None:
    box = circle_bbox((20.457, 44.817), 16)
    assert distance_km((box.west, 44.817), (box.east, 44.817)) == pytest.approx(32, abs=0.5)
    assert distance_km((20.457, box.south), (20.457, box.north)) == pytest.approx(32, abs=0.1)
