"""Typed data as QML reads it: camelCase maps, lists, route strings, points, enum values, never null."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF

from kiosk.content.chronology import Group
from kiosk.content.loader import load
from kiosk.map.projection import XY
from kiosk.screens.data import ChapterPage
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route
from kiosk.screens.table import screen_data
from kiosk.ui.qml_data import camel, page, rows, to_qml


def test_camel_case() -> None:
    assert camel("next_title") == "nextTitle" and camel("id") == "id"


def test_a_page_converts_for_qml(mini: Path) -> None:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    p = Presenter(exhibit, "en", lambda pid, v: f"image://derived/{pid}/{v}", lambda key: key)
    d = page(screen_data(p, Route("chapter", "third")), Presenter.chapter)
    assert d["found"] is True
    assert d["sequence"]["previous"] == "chapter/second" and d["sequence"]["next"] == ""
    assert d["people"] == [] or isinstance(d["people"][0]["route"], str)
    assert isinstance(d["sources"], list)


def test_a_gone_item_keeps_the_shape_with_empty_values() -> None:
    d = page(screen_data_gone(), Presenter.chapter)
    assert d["found"] is False
    assert d["title"] == "" and d["blocks"] == [] and d["fallback"] is False
    assert d["lead"] == {"image": "", "route": "", "caption": ""}
    assert d["sequence"]["number"] == 0 and d["sequence"]["previous"] == ""
    assert set(d) - {"found"} == {camel(k) for k in ChapterPage.__dataclass_fields__}


def screen_data_gone() -> object:
    from kiosk.screens.data import NotFound

    return NotFound(Route("chapter", "gone"))


def test_routes_become_strings() -> None:
    assert to_qml([Route("photo", "x"), (Route("home"),)]) == ["photo/x", ["home"]]


@dataclass(frozen=True)
class Inner:
    label_dx: float
    group: Group


@dataclass(frozen=True)
class Row:
    id: str
    map_x: float
    points: tuple[XY, ...]
    inner: Inner
    names: dict[str, str]


def test_rows_become_what_qml_reads() -> None:
    row = Row("a", 1.5, (XY(1, 2), XY(3, 4)), Inner(-2.0, Group.EXACT), {"en": "A"})
    assert to_qml(row) == {
        "id": "a",
        "mapX": 1.5,
        "points": [QPointF(1, 2), QPointF(3, 4)],
        "inner": {"labelDx": -2.0, "group": "exact"},
        "names": {"en": "A"},
    }
    assert rows([row, row])[1]["mapX"] == 1.5
    assert to_qml((1, 2)) == [1, 2]  # a plain pair stays numbers; only an XY is a point
