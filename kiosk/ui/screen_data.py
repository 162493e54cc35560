"""The data behind each screen, asked for by route: ``Screens.data("chapter/x", Screens.revision)``.

One object for the whole kiosk. Screens are not given a Python object each: PySide keeps every
Python object that QML instantiates alive for good, so one per screen visit would grow the
kiosk's memory with every visitor. Passing ``revision`` makes a view's binding run again when the
language or the content changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content.present import Presenter
from kiosk.ui import context
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Screens", "screen_data"]

log = logging.getLogger(__name__)

_BUILDERS: dict[str, Callable[[Presenter, str], dict[str, Any]]] = {
    "home": lambda p, _arg: p.home(),
    "chapter": lambda p, arg: p.chapter(arg),
    "gallery": lambda p, arg: p.gallery(arg),
    "photo": lambda p, arg: p.photo(arg),
    "person": lambda p, arg: p.person(arg),
    "people": lambda p, _arg: {"groups": p.people_groups()},
    "event": lambda p, arg: p.event(arg),
    "place": lambda p, arg: p.place(arg),
}


def screen_data(route: str) -> dict[str, Any]:
    screen, _, arg = route.partition("/")
    build = _BUILDERS.get(screen)
    if build is None:
        return {}
    try:
        return build(context.current().presenter, arg)
    except KeyError:
        # The content changed under this screen and the item is gone; the view shows nothing.
        log.info("screen %s has no data after a content change", route)
        return {}


@QmlElement
@QmlSingleton
class Screens(QObject):
    revisionChanged = Signal()
    _instance: Screens | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revision = 0
        ctx = context.current()
        ctx.languageChanged.connect(self._bump)
        ctx.contentChanged.connect(self._bump)

    @staticmethod
    def create(_engine: object) -> Screens:
        if Screens._instance is None:
            Screens._instance = Screens()
        return Screens._instance

    def _bump(self) -> None:
        self._revision += 1
        self.revisionChanged.emit()

    def _get_revision(self) -> int:
        return self._revision

    revision = Property(int, _get_revision, notify=revisionChanged)

    @Slot(str, int, result=dict)
    def data(self, route: str, revision: int) -> dict[str, Any]:
        return screen_data(route)
