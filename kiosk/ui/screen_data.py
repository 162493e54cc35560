"""The data behind one screen, recomputed when its route, the language or the content changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement

# map_view and timeline_model are imported for their QML types (the timeline and map screens).
from kiosk.ui import context, map_view, timeline_model  # noqa: F401
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "ScreenData"]

log = logging.getLogger(__name__)


@QmlElement
class ScreenData(QObject):
    """``ScreenData { route: "chapter/foundational-myth" }`` exposes ``data`` for that screen."""

    routeChanged = Signal()
    dataChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._route = ""
        self._data: dict[str, Any] = {}
        ctx = context.current()
        ctx.languageChanged.connect(self._refresh)
        ctx.contentChanged.connect(self._refresh)

    def _get_route(self) -> str:
        return self._route

    def _set_route(self, route: str) -> None:
        if route != self._route:
            self._route = route
            self.routeChanged.emit()
            self._refresh()

    route = Property(str, _get_route, _set_route, notify=routeChanged)

    def _get_data(self) -> dict[str, Any]:
        return self._data

    data = Property(dict, _get_data, notify=dataChanged)

    def _refresh(self) -> None:
        screen, _, arg = self._route.partition("/")
        presenter = context.current().presenter
        builders: dict[str, Callable[[], dict[str, Any]]] = {
            "home": lambda: presenter.home(),
            "chapter": lambda: presenter.chapter(arg),
            "gallery": lambda: presenter.gallery(arg),
            "photo": lambda: presenter.photo(arg),
            "person": lambda: presenter.person(arg),
            "people": lambda: {"groups": presenter.people_groups()},
            "event": lambda: presenter.event(arg),
            "place": lambda: presenter.place(arg),
        }
        build = builders.get(screen)
        try:
            self._data = build() if build else {}
        except KeyError:
            # The content changed under this screen and the item is gone; the view shows nothing.
            log.info("screen %s has no data after a content change", self._route)
            self._data = {}
        self.dataChanged.emit()
