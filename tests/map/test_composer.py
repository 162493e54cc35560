"""A scene fitted to a view at a moment, as the view's rows: what only Qt could test before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.model import Exhibit
from kiosk.map.composer import MapComposer, ScaleBar, nice_distance
from kiosk.map.geojson import Geography
from kiosk.map.geometry import Box
from kiosk.map.scenes import Scene
from kiosk.screens.present import Presenter
from tests.map.conftest import BUNDLED, fake_measure


def presenter(exhibit: Exhibit, language: str = "en") -> Presenter:
    return Presenter(exhibit, language, lambda photo, variant: f"image://{photo}/{variant}", lambda key: key)


@pytest.fixture
def composer(mini: Path, mini_exhibit: Exhibit, tmp_path: Path) -> MapComposer:
    c = MapComposer(fake_measure)
    assert c.load(mini_exhibit, mini) == []
    c.width, c.height = 1344.0, 838.0
    assert c.choose_scene()
    c.fit()
    made = c.base_map(tmp_path / "maps")
    assert made is not None and made.path.is_file()
    c.relabel(presenter(mini_exhibit))
    return c


def test_places_and_their_names(composer: MapComposer, mini_exhibit: Exhibit) -> None:
    assert composer.advance(13.5) == (True, True)  # 14 October
    rows = {r.place_id: r for r in composer.place_rows(presenter(mini_exhibit))}
    belgrade = rows["belgrade"]
    assert belgrade.route == "place/belgrade" and belgrade.major and belgrade.today and belgrade.lit
    assert belgrade.dot == pytest.approx(1.3 * 23 * 0.7) and belgrade.ring == pytest.approx(
        belgrade.dot * 2.6
    )
    pancevo = rows["pancevo"]
    assert pancevo.shown and pancevo.label_shown and not pancevo.today
    placed = composer.labels.places["pancevo"]
    assert (pancevo.map_x + pancevo.label_dx, pancevo.map_y + pancevo.label_dy) == (placed.x, placed.y)
    assert not rows["moscow"].shown and not rows["kalemegdan"].shown  # off the map; a fortress far away
    assert rows["kalemegdan"].name == "Kalemegdan Fortress"
    assert composer.advance(13.6) == (False, False)  # nothing new lights up within the day
    serbian = {r.place_id: r.name for r in composer.place_rows(presenter(mini_exhibit, "sr"))}
    assert serbian["belgrade"] == "Београд"


def test_arrows_grow_to_the_time(composer: MapComposer, mini_exhibit: Exhibit) -> None:
    composer.advance(10)
    routes = {r.route_id: r for r in composer.route_rows(presenter(mini_exhibit), 10)}
    drive, withdrawal = routes["to-belgrade"], routes["withdrawal"]
    assert drive.drawn and not withdrawal.drawn
    assert drive.label == "The drive on Belgrade" and drive.colour == "red" and drive.line == "solid"
    assert (drive.tip_x, drive.tip_y) == drive.points[-1]
    assert len(drive.head) == 5 and drive.head[0] == (0, 0)


def test_the_day_and_its_events(composer: MapComposer, mini_exhibit: Exhibit) -> None:
    composer.advance(13.5)
    en = presenter(mini_exhibit)
    assert composer.date_text(en) == "October 14, 1944"  # CLDR English; an exhibit may ask for en-GB
    events = composer.day_events(en)
    assert [e.id for e in events.day] == ["assault", "street-fighting"]
    assert [e.id for e in events.around] == ["a-year-of-war", "siege"]  # by first possible day
    assert events.day[0].route == "event/assault" and events.day[0].place == "Belgrade"
    assert composer.date_text(presenter(mini_exhibit, "sr")) == "14. октобра 1944."
    assert [(m.label, m.at, m.until) for m in composer.months(en)] == [("October", 0.0, 1.0)]


def test_scenes_legend_scale_and_pointer(
    composer: MapComposer, mini_exhibit: Exhibit, tmp_path: Path
) -> None:
    en = presenter(mini_exhibit)
    assert [(s.id, s.title) for s in composer.scene_choices(en)] == [
        ("campaign", "The campaign"),
        ("city", "The city"),
    ]
    assert [e.label for e in composer.legend(en)] == ["Soviet", "German"]
    bar = composer.scale_bar()
    assert bar.label == "20 km" and 0 < bar.width <= 180
    composer.zoom = 4
    assert composer.scale_bar().label == "5 km"

    composer.focus = "moscow"
    pointer = composer.focus_pointer(en)
    assert pointer.name == "Moscow" and not pointer.inside
    assert pointer.edge_y == pytest.approx(0) and 672 < pointer.edge_x < 1344  # north-east, at the top edge
    composer.focus = "pancevo"
    assert composer.focus_pointer(en).inside

    composer.scene_id = "city"
    assert composer.choose_scene() and composer.scene is not None and composer.scene.id == "city"
    composer.fit()
    composer.relabel(en)
    assert [e.label for e in composer.legend(en)] == ["Soviet", "German"]
    assert "kalemegdan" in composer.shown  # close up, the fortress is a place of its own


def test_names_keep_clear_of_the_controls(composer: MapComposer, mini_exhibit: Exhibit) -> None:
    label = composer.labels.places["vrsac"]
    composer.reserved = (Box(label.x - 5, label.y - 5, 200, 60),)
    composer.relabel(presenter(mini_exhibit))
    moved = composer.labels.places.get("vrsac")
    assert moved is None or (moved.x, moved.y) != (label.x, label.y)


def test_the_base_map_follows_the_view_its_pixel_ratio_and_zoom(
    composer: MapComposer, tmp_path: Path
) -> None:
    def size() -> tuple[int, int]:
        made = composer.base_map(tmp_path / "maps")
        assert made is not None
        return made.width, made.height

    assert size() == (1344, 838)  # the view's size, not twice it
    composer.zoom = 1.6
    assert size() == (2688, 1676)  # zoomed in: sharp enough to be looked at closely
    composer.zoom, composer.pixel_ratio = 1.0, 1.5
    assert size() == (2016, 1257)  # a high-density screen's own pixels
    composer.width, composer.height = 700.0, 400.0
    composer.fit()
    composer.pixel_ratio = 1.0
    assert size() == (700, 400)


def test_without_a_size_nothing_is_shown(mini: Path, mini_exhibit: Exhibit, tmp_path: Path) -> None:
    c = MapComposer(fake_measure)
    c.load(mini_exhibit, mini)
    c.choose_scene()
    c.fit()
    assert c.base_map(tmp_path) is None
    c.relabel(presenter(mini_exhibit))
    assert c.place_rows(presenter(mini_exhibit)) == [] and c.legend(presenter(mini_exhibit)) == []
    assert c.scale_bar() == ScaleBar(0, "")


def test_nice_distances() -> None:
    assert [nice_distance(k) for k in (0, 0.7, 3, 19, 180, 999)] == [0, 0.5, 2, 10, 100, 500]


def test_months_along_the_slider(bundled: tuple[Exhibit, Geography, list[Scene]]) -> None:
    exhibit = bundled[0]
    c = MapComposer(fake_measure)
    c.load(exhibit, BUNDLED)
    months = c.months(presenter(exhibit))
    assert [m.label for m in months] == ["August", "September", "October", "November"]
    assert [m.short for m in months] == ["Aug", "Sept", "Oct", "Nov"]  # a slider with no room (en-GB)
    assert months[0].at == 0 and months[0].until == months[1].at == pytest.approx(12 / 103)  # 20-31 August
    assert months[-1].until == 1
