"""The QML import name for every Python type the views use (``import Kiosk.Bridge``)."""

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtQml import QmlUncreatable

T = TypeVar("T")

QML_IMPORT_NAME = "Kiosk.Bridge"
QML_IMPORT_MAJOR_VERSION = 1


def uncreatable(reason: str) -> Callable[[T], T]:
    """``QmlUncreatable`` with a type mypy understands: QML may use the type but not create it."""
    return cast("Callable[[T], T]", QmlUncreatable(reason))
