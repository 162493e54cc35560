"""Geometry in view pixels: clipping to the view, points along lines and in polygons, pointers."""

from __future__ import annotations

import pytest

from kiosk.map.geometry import (
    Box,
    along,
    clip_segment,
    edge_pointer,
    polygon_label_points,
    ring_area,
    rotated_box,
    visible_runs,
)


def test_clipping_lines_and_pointers() -> None:
    runs = visible_runs([(-50, 50), (50, 50), (150, 50), (150, 150), (50, 250)], 100, 200)
    assert runs[0] == [(0, 50), (50, 50), (100, 50)]
    assert clip_segment((-10, -10), (-5, 300), 100, 200) is None
    (x, y), angle = along([(0, 0), (100, 0)], 0.5)
    assert (x, y, angle) == (50, 0, 0)
    assert along([(100, 0), (0, 0)], 0.5)[1] == 0  # text on a line never reads upside down
    (ex, ey), towards = edge_pointer((4500, -3600), 1000, 800, 0)  # far to the north-east
    assert ex == pytest.approx(900) and ey == 0 and towards == pytest.approx(-45)


def test_boxes() -> None:
    a = Box(0, 0, 10, 10)
    assert a.hits(Box(9, 9, 5, 5)) and not a.hits(Box(12, 0, 5, 5)) and a.hits(Box(12, 0, 5, 5), pad=3)
    assert a.within(10, 10) and not Box(-1, 0, 5, 5).within(10, 10)
    upright = rotated_box(50, 50, 40, 10, 90)
    assert (upright.w, upright.h) == pytest.approx((10, 40))


def test_points_well_inside_a_polygon() -> None:
    ell = [(0.0, 0.0), (100.0, 0.0), (100.0, 60.0), (20.0, 60.0), (20.0, 100.0), (0.0, 100.0)]
    assert ring_area(ell) == pytest.approx(100 * 60 + 20 * 40)
    points = polygon_label_points(ell, 500, 500)
    assert points[0] == (50, 50)  # the middle of the widest stretch, in the foot of the L
    assert points[-1][0] == 10  # the stem comes last
    assert all(0 <= x <= 100 and 0 <= y <= 100 for x, y in points)
    assert polygon_label_points(ell, 500, 0) == []  # nothing of it in view
