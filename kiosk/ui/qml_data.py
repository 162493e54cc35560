"""Typed core data as QML reads it: the one place it is converted.

Dataclasses become maps with camelCase keys (``next_title`` -> ``nextTitle``), tuples and lists
become lists, routes their strings, points ``QPointF``, enums their values. An absent route, lead
picture or neighbour is ``""``/an empty map rather than null, so a view's bindings never meet
``undefined``. A screen whose item is gone gets the same shape with every value empty, and
``found: false``.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF

from kiosk.map.projection import XY
from kiosk.screens.data import NotFound
from kiosk.screens.routes import Route

_PLAIN = frozenset({str, int, float, bool, type(None)})


@cache
def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def to_qml(value: object) -> Any:
    kind = type(value)
    if kind in _PLAIN:  # most values: checked first, the map converts rows at every step of Play
        return value
    if kind is Route:
        return str(value)
    if kind is XY:
        assert isinstance(value, XY)
        return QPointF(value.x, value.y)
    if dataclasses.is_dataclass(kind):
        return {
            key: _empty(hint) if (v := getattr(value, name)) is None else to_qml(v)
            for name, key, hint in _fields(kind)
        }
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


def page(data: object, build: Callable[..., object]) -> dict[str, Any]:
    """A screen's data for its view, made by ``build``; ``found`` says whether the route still names
    something. When it does not, the view gets the shape of what ``build`` makes, every value empty."""
    if isinstance(data, NotFound):
        shape = _empty(typing.get_type_hints(build)["return"])
        return (shape if isinstance(shape, dict) else {}) | {"found": False}
    converted: dict[str, Any] = to_qml(data)
    return converted | {"found": True}


def _empty(hint: Any) -> Any:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return _empty(args[0])
    if origin in (tuple, list):
        return []
    if hint is Route or hint is str:
        return ""
    if hint is bool:
        return False
    if hint in (int, float):
        return 0
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return {key: _empty(h) for _, key, h in _fields(hint)}
    return None


@cache
def _fields(cls: type[Any]) -> tuple[tuple[str, str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, camel(f.name), hints[f.name]) for f in dataclasses.fields(cls))
