"""The data behind each screen, asked for by the screen's own route:
``Screens.data(screen.route, Screens.revision)``.

One object for the whole kiosk. Screens are not given a Python object each: PySide keeps every
Python object that QML instantiates alive for good, so one per screen visit would grow the
kiosk's memory with every visitor. Passing ``revision`` makes a view's binding run again when the
language or the content changes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.screens import table
from kiosk.screens.routes import Route
from kiosk.ui.context import AppContext
from kiosk.ui.qml_data import page

log = logging.getLogger(__name__)


class Screens(QObject):
    revisionChanged = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._revision = 0
        context.languageChanged.connect(self._bump)
        context.contentChanged.connect(self._bump)
        context.picturesChanged.connect(self._bump)

    def _bump(self) -> None:
        self._revision += 1
        self.revisionChanged.emit()

    @Property(int, notify=revisionChanged)
    def revision(self) -> int:
        return self._revision

    def page(self, route: Route) -> dict[str, Any]:
        spec = table.BY_NAME.get(route.screen)
        if spec is None or spec.build is None:
            log.error("the %s screen has no data to show", route.screen)
            return {"found": False}
        return page(table.screen_data(self._context.presenter, route), spec.build)

    @Slot(str, int, result=dict)
    def data(self, route: str, revision: int) -> dict[str, Any]:
        """The data of the screen a route names (the route as the navigator gave it)."""
        try:
            return self.page(Route.parse(route))
        except ValueError:
            log.error("%r is not a route", route)
            return {"found": False}

    @Slot(str, str, int, result=dict)
    def of(self, screen: str, arg: str, revision: int) -> dict[str, Any]:
        """The data of one item's screen (a view that has the id, not the route)."""
        return self.page(Route(screen, arg))
