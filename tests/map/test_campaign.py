"""The campaign in time: routes grow with the date, places light up, a month start waits."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import pytest

from kiosk.content.chronology import Domain
from kiosk.content.model import Exhibit
from kiosk.map.campaign import arrow_head, day_number, map_domain, moment, route_days, tracks
from kiosk.map.geojson import Geography
from kiosk.map.projection import BBox, Projection
from kiosk.map.scenes import Scene


def test_routes_grow_with_the_date(mini_exhibit: Exhibit) -> None:
    domain = Domain(dt.date(1944, 10, 1), dt.date(1944, 10, 22))
    p = Projection(BBox(19.9, 44.4, 21.6, 45.3), 1200, 900)
    found = {t.id: t for t in tracks(mini_exhibit, p, domain)}
    drive = found["to-belgrade"]  # 1 to 20 October: Vršac, Pančevo, Belgrade
    assert (drive.start, drive.end) == (0, 20)
    assert drive.partial(0) == ([], 0.0)
    half, heading = drive.partial(10)
    assert len(half) >= 2 and drive.reached(10)[0] == "vrsac"
    drawn = sum(math.dist(a, b) for a, b in itertools.pairwise(half))
    assert drawn == pytest.approx(drive.total / 2)
    assert 90 < heading < 270 or -180 <= heading < -90  # heading west, towards Belgrade
    full, _ = drive.partial(25)
    assert full == drive.points and drive.reached(25) == ["vrsac", "pancevo", "belgrade"]

    now = moment(mini_exhibit, domain, list(found.values()), 13.5)  # 14 October
    assert now.day == 13
    assert {"belgrade", "pancevo"} <= now.lit
    assert now.today == {"belgrade"}  # the assault, and the week of street fighting
    assert "kalemegdan" not in now.lit  # taken on the 20th


def test_the_slider_covers_the_phases(mini_exhibit: Exhibit) -> None:
    assert map_domain(mini_exhibit) == Domain(dt.date(1944, 10, 1), dt.date(1944, 10, 22))


def test_a_month_start_waits_for_the_force_to_arrive(
    bundled: tuple[Exhibit, Geography, list[Scene]],
) -> None:
    exhibit, _, _ = bundled
    domain = Domain(dt.date(1944, 8, 20), dt.date(1944, 11, 30))
    days = route_days(exhibit, domain)
    arrive = days["4th-guards-mechanized-to-belgrade"][1]
    assert arrive == day_number(domain, dt.date(1944, 10, 21))  # the end of 20 October
    assert days["4th-guards-mechanized-to-hungary"][0] == arrive  # "1944-10", but after Belgrade
    assert days["37th-rifle-corps-through-vojvodina"][0] == day_number(domain, dt.date(1944, 10, 1))


def test_an_arrowhead_points_along_its_route() -> None:
    east = arrow_head(0, 20)
    assert east[0] == (0, 0) and east[1] == pytest.approx((-20, -10))  # behind the tip, to its left
    south = arrow_head(90, 20)  # screens measure clockwise: 90° points down
    assert south[1] == pytest.approx((10, -20))
