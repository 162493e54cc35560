"""Typed screen data (kiosk/screens/data.py) as QML reads it: the one place it is converted.

Dataclasses become maps with camelCase keys (``next_title`` -> ``nextTitle``), tuples become
lists, routes their strings. An absent route, lead picture or neighbour is ``""``/an empty map
rather than null, so a view's bindings never meet ``undefined``. A screen whose item is gone
gets the same shape with every value empty, and ``found: false``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

from kiosk.screens.data import NotFound
from kiosk.screens.routes import Route


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def to_qml(value: object) -> Any:
    if isinstance(value, Route):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        hints = _hints(type(value))
        return {
            camel(f.name): _optional(getattr(value, f.name), hints[f.name]) for f in dataclasses.fields(value)
        }
    if isinstance(value, list | tuple):
        return [to_qml(v) for v in value]
    if isinstance(value, dict):
        return {k: to_qml(v) for k, v in value.items()}
    return value


def page(data: object, build: Callable[..., object]) -> dict[str, Any]:
    """A screen's data for its view, made by ``build``; ``found`` says whether the route still names
    something. When it does not, the view gets the shape of what ``build`` makes, every value empty."""
    if isinstance(data, NotFound):
        shape = _empty(typing.get_type_hints(build)["return"])
        return (shape if isinstance(shape, dict) else {}) | {"found": False}
    converted: dict[str, Any] = to_qml(data)
    return converted | {"found": True}


def _optional(value: object, hint: Any) -> Any:
    return _empty(hint) if value is None else to_qml(value)


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
        hints = _hints(hint)
        return {camel(f.name): _empty(hints[f.name]) for f in dataclasses.fields(hint)}
    return None


@cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)
