"""Typed screen data as QML reads it: camelCase maps, lists, route strings, never null."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load
from kiosk.screens.data import ChapterPage
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route
from kiosk.screens.table import screen_data
from kiosk.ui.qml_data import camel, page, to_qml


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
