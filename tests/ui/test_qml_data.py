"""Typed rows as QML reads them: camelCase keys, points as points, enums as their values."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from kiosk.content.chronology import Group
from kiosk.map.projection import XY
from kiosk.ui.qml_data import rows, to_qml


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
