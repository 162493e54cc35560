"""The map's scenes: from geo/map.toml, or made from the content; every bundled place on the map."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from kiosk.content.model import Exhibit
from kiosk.map.geojson import Geography, load_geography
from kiosk.map.projection import BBox, distance_km
from kiosk.map.scenes import Scene, choose_scene, load_scenes, map_places


def test_scenes_from_map_toml(mini: Path, mini_exhibit: Exhibit) -> None:
    scenes, problems = load_scenes(mini, mini_exhibit, load_geography(mini))
    assert problems == []
    assert [s.id for s in scenes] == ["campaign", "city"]
    assert scenes[0].bbox == BBox(19.9, 44.4, 21.6, 45.3)
    city = scenes[1]
    assert city.title == {"en": "The city", "sr": "Град"}
    assert city.bbox.contains(20.457, 44.817)
    width_km = distance_km((city.bbox.west, 44.817), (city.bbox.east, 44.817))
    assert width_km == pytest.approx(32, abs=0.5)  # twice the 16 km radius


def test_a_bad_scene_is_reported_and_the_defaults_serve(mini: Path, mini_exhibit: Exhibit) -> None:
    (mini / "geo" / "map.toml").write_text(
        '[[scene]]\nid = "x"\nbbox = [22, 44, 20, 46]\n\n[[scene]]\nid = "y"\naround = "atlantis"\n',
        encoding="utf-8",
    )
    scenes, problems = load_scenes(mini, mini_exhibit, load_geography(mini))
    text = "\n".join(map(str, problems))
    assert "west < east" in text and "no place 'atlantis'" in text
    assert scenes[0].id == "campaign"  # made from the content instead
    assert scenes[0].bbox.contains(20.457, 44.817) and scenes[0].bbox.contains(21.303, 45.117)


def test_a_view_gets_the_scene_it_asks_for_else_the_closest_to_its_place(
    mini: Path, mini_exhibit: Exhibit
) -> None:
    scenes, _ = load_scenes(mini, mini_exhibit, load_geography(mini))
    assert choose_scene(mini_exhibit, scenes, "city", "") is scenes[1]
    assert choose_scene(mini_exhibit, scenes, "", "kalemegdan") is scenes[1]  # the smallest holding it
    assert choose_scene(mini_exhibit, scenes, "", "vrsac") is scenes[0]
    assert choose_scene(mini_exhibit, scenes, "", "moscow") is scenes[0]  # beyond every scene
    assert choose_scene(mini_exhibit, [], "city", "vrsac") is None


def test_bundled_default_scenes(bundled: tuple[Exhibit, Geography, list[Scene]]) -> None:
    exhibit, _, scenes = bundled
    assert [s.id for s in scenes] == ["campaign", "city"]
    assert scenes[1].title["en"] == "Belgrade"
    places = {p.id: p for p in exhibit.places}
    for ident in ["avala", "kalemegdan", "sava-bridge", "zemun", "belgrade"]:
        assert scenes[1].bbox.contains(places[ident].lon, places[ident].lat), ident
    campaign = scenes[0].bbox
    for country_point in [(26.1, 44.4), (23.3, 42.7), (20.5, 44.8), (19.7, 46.1)]:  # RO, BG, RS, HU edge
        assert campaign.contains(*country_point)


def places_outside(exhibit: Exhibit, bbox: BBox, ids: Iterable[str]) -> list[str]:
    """Which of these places lie outside a box (places the exhibit does not have are left out)."""
    places = {p.id: p for p in exhibit.places}
    return [i for i in ids if i in places and not bbox.contains(places[i].lon, places[i].lat)]


def test_every_bundled_place_and_route_lies_within_the_map(
    bundled: tuple[Exhibit, Geography, list[Scene]],
) -> None:
    exhibit, geo, scenes = bundled
    assert geo.extent is not None and geo.problems == []
    campaign = scenes[0].bbox
    beyond = set(places_outside(exhibit, geo.extent, map_places(exhibit)))
    # Only places the geography files do not reach are off the map; they get a pointer at its edge.
    assert beyond == {"athens", "moscow"}
    for route in exhibit.routes:
        outside = places_outside(exhibit, campaign, route.waypoints)
        assert set(outside) <= beyond, (route.id, outside)
    for event in exhibit.events:
        named = [event.place] if event.place else []
        outside = places_outside(exhibit, campaign, [*named, *event.places])
        assert set(outside) <= beyond, (event.id, outside)
    # And the campaign scene lies where there is geography to draw.
    assert geo.extent.contains(campaign.west, campaign.south)
    assert geo.extent.contains(campaign.east, campaign.north)
