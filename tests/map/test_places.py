"""Places as markers: which a view has room for, most important first, and their sizes."""

from __future__ import annotations

import pytest

from kiosk.content.model import Exhibit
from kiosk.map.places import MarkerSizes, declutter, event_counts, markers, shown_markers
from kiosk.map.projection import BBox, Projection


def test_declutter_keeps_the_most_important() -> None:
    kept = declutter([("city", 0, 0), ("fort", 5, 5), ("town", 40, 0), ("village", 45, 3)], 20)
    assert kept == {"city", "town"}


def shown(exhibit: Exhibit, projection: Projection, zoom: float, focus: str = "") -> list[str]:
    names = {p.id: p.name["en"] for p in exhibit.places}
    found = markers(exhibit, projection)
    close = projection.px_per_km() * zoom >= 6.0
    picked = shown_markers(
        found, focus=focus, close=close, counts=event_counts(exhibit), names=names, zoom=zoom, spacing=30
    )
    return [m.id for m in picked]


def test_minor_places_wait_until_the_map_is_close(mini_exhibit: Exhibit) -> None:
    campaign = Projection(BBox(19.9, 44.4, 21.6, 45.3), 1200, 900)
    far = shown(mini_exhibit, campaign, 1)
    assert far[0] == "belgrade"  # a city, with the most events
    assert "kalemegdan" not in far and "sava-bridge" not in far  # a fortress and a bridge, far away
    assert "moscow" not in far  # outside the view
    city = Projection(BBox(20.3, 44.7, 20.6, 44.9), 1200, 900)
    close = shown(mini_exhibit, city, 1)
    assert "kalemegdan" in close and "belgrade" not in close  # close up, a city is an area, not a dot
    assert shown(mini_exhibit, campaign, 1, focus="kalemegdan")[0] == "kalemegdan"  # the focus first


def test_close_neighbours_wait_for_a_zoom(mini_exhibit: Exhibit) -> None:
    campaign = Projection(BBox(19.9, 44.4, 21.6, 45.3), 600, 450)
    assert "zemun" not in shown(mini_exhibit, campaign, 1)  # too close to Belgrade at this size
    assert "zemun" in shown(mini_exhibit, campaign, 4)


def test_marker_sizes_follow_the_text_size() -> None:
    sizes = MarkerSizes(20)
    assert sizes.dot(False) == pytest.approx(14) and sizes.dot(True) == pytest.approx(18.2)
    assert sizes.ring(True) == pytest.approx(18.2 * 2.6)
    assert sizes.clearance == pytest.approx(12)
