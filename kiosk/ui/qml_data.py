"""The one place typed core data becomes what QML reads: dataclasses become maps with camelCase
keys (``label_dx`` is ``labelDx``), tuples and lists become lists, points become ``QPointF``, enums
their values."""

from __future__ import annotations

import dataclasses
import enum
import functools
from typing import Any

from PySide6.QtCore import QPointF

from kiosk.map.projection import XY


@functools.cache
def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, camel(f.name)) for f in dataclasses.fields(cls))


_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_qml(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:  # most values: checked first, the map converts rows at every step of Play
        return value
    if kind is XY:
        return QPointF(value.x, value.y)
    if dataclasses.is_dataclass(kind):
        return {key: to_qml(getattr(value, name)) for name, key in _fields(kind)}
    if isinstance(value, list | tuple):
        return [to_qml(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_qml(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    return value


def rows(values: Any) -> list[dict[str, Any]]:
    """Typed rows as a list model's rows."""
    return [to_qml(v) for v in values]
