"""What the map names and where: no name over another, over a dot or under the view's controls,
none beyond the view, and every box the size the measure gave."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import pytest

from kiosk.content.model import Exhibit
from kiosk.map.composer import MapComposer
from kiosk.map.geojson import Geography
from kiosk.map.geometry import Box, Turned
from kiosk.map.labels import LabelStyles, MapLabels, Measure, TextStyle
from kiosk.map.places import MarkerSizes
from kiosk.map.scenes import Scene
from kiosk.screens.present import Presenter
from tests.map.conftest import BUNDLED, fake_measure

CONTROLS = (Box(1240, 16, 88, 230), Box(16, 700, 200, 120), Box(1200, 770, 128, 50))


def composed(
    exhibit: Exhibit,
    scene: str,
    size: tuple[float, float],
    zoom: float,
    text: int = 23,
    focus: str = "",
    measure: Measure = fake_measure,
) -> MapComposer:
    """The bundled exhibit's map, labelled for a view of this size, zoom and type."""
    c = MapComposer(measure)
    c.load(exhibit, BUNDLED)
    c.scene_id, c.focus, c.zoom, c.text_size = scene, focus, zoom, text
    c.width, c.height = size
    c.reserved = CONTROLS if size == (1344, 838) else ()
    c.choose_scene()
    c.fit()
    c.relabel(Presenter(exhibit, "en", lambda photo, variant: "", lambda key: key))
    return c


def names(exhibit: Exhibit) -> dict[str, str]:
    return {p.id: p.name["en"] for p in exhibit.places}


def shapes(c: MapComposer, names: dict[str, str]) -> Iterator[tuple[str, Turned]]:
    """Every label's rectangle on the screen, in zoomed view pixels."""
    z, styles, labels, measure = c.zoom, LabelStyles(c.text_size), c.labels, c.measure
    for ident, placed in labels.places.items():
        w, h = measure(names[ident], styles.place)
        yield ident, Turned.of(Box(placed.x, placed.y, w, h))
    for water in labels.waters:
        w, h = measure(water.name, styles.water)
        yield f"water {water.name}", Turned(water.x * z, water.y * z, w, h, water.angle)
    for area in labels.areas:
        style = styles.city if area.major else styles.area
        w, h = measure(area.name, style)
        yield f"area {area.name}", Turned(area.x * z, area.y * z, w, h)


CASES = [
    (scene, size, zoom, text)
    for scene in ("campaign", "city")
    for size in ((1344, 838), (1080, 998))
    for zoom in (1.0, 1.6, 4.0)
    for text in (23, 34)
]


@pytest.mark.parametrize(("scene", "size", "zoom", "text"), CASES)
def test_names_never_overlap_markers_controls_or_each_other(
    bundled: tuple[Exhibit, Geography, list[Scene]],
    scene: int,
    size: tuple[float, float],
    zoom: float,
    text: int,
) -> None:
    exhibit = bundled[0]
    c = composed(exhibit, scene, size, zoom, text, focus="belgrade" if scene == "city" else "")
    placed = list(shapes(c, names(exhibit)))
    assert len(c.labels.places) >= 5
    width, height = size[0] * zoom, size[1] * zoom
    for name, shape in placed:
        assert shape.bounds.within(width, height), name
        if zoom == 1:
            assert not any(shape.hits(Turned.of(control)) for control in c.reserved), name
    for (a, shape_a), (b, shape_b) in itertools.combinations(placed, 2):
        assert not shape_a.hits(shape_b), (a, b)
    clearance = MarkerSizes(text).clearance
    for m in c.markers:
        if m.id not in c.shown:
            continue
        dot = Turned(m.x * zoom, m.y * zoom, clearance * 2, clearance * 2)
        for name, shape in placed:
            # The place a page is about is named even where only a dot leaves it room.
            assert name == c.focus or not shape.hits(dot), (name, m.id)


def test_the_focus_place_is_named_clear_of_its_ring(bundled: tuple[Exhibit, Geography, list[Scene]]) -> None:
    exhibit = bundled[0]
    c = composed(exhibit, "city", (1344, 838), 1.0, focus="kalemegdan")
    focus = next(m for m in c.markers if m.id == "kalemegdan")
    w, h = fake_measure(names(exhibit)["kalemegdan"], LabelStyles(23).place)
    placed = c.labels.places["kalemegdan"]
    ring = MarkerSizes(23).ring(focus.major) / 2
    nearest_x = min(max(focus.x, placed.x), placed.x + w)
    nearest_y = min(max(focus.y, placed.y), placed.y + h)
    assert math.hypot(nearest_x - focus.x, nearest_y - focus.y) >= ring


def test_names_are_as_wide_as_the_measure_says(bundled: tuple[Exhibit, Geography, list[Scene]]) -> None:
    exhibit = bundled[0]
    asked: list[tuple[str, TextStyle]] = []

    def measure(text: str, style: TextStyle) -> tuple[float, float]:
        asked.append((text, style))
        return fake_measure(text, style)

    c = composed(exhibit, "campaign", (1344, 838), 1.0, measure=measure)
    assert ("Belgrade", LabelStyles(23).place) in asked
    assert ("DANUBE", LabelStyles(23).water) not in asked and ("Danube", LabelStyles(23).water) in asked
    assert any(a.name == "ROMANIA" for a in c.labels.areas)  # countries are named in capitals
    narrow = composed(exhibit, "campaign", (1344, 838), 1.0, measure=lambda text, style: (1.0, 1.0))
    wide = composed(exhibit, "campaign", (1344, 838), 1.0, measure=lambda text, style: (5000.0, 30.0))
    assert len(narrow.labels.places) == len(narrow.shown)  # tiny names all fit
    assert wide.labels == MapLabels({}, [], [])  # none fits the view


def test_type_sizes_follow_qml_rounding() -> None:
    styles = LabelStyles(35)
    assert styles.city.size == 39  # 38.5 rounds up, as QML's Math.round does
    assert styles.water.size == 32 and styles.water.serif and styles.area.size == 33
