"""Which screen is showing, by route, with a history for Back.

The screen table (kiosk/screens/table.py) says which routes lead somewhere and which view shows
each; the views' Loader takes ``view`` from here, and each view its own route from ``showing``.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.screens import table
from kiosk.screens.routes import Route
from kiosk.ui.context import AppContext

log = logging.getLogger(__name__)

MAX_HISTORY = 50


class Navigator(QObject):
    routeChanged = Signal()
    sessionStarted = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stack: list[Route] = [table.ATTRACT]
        self._positions: dict[str, float] = {}  # where each list was scrolled to, for Back
        self._showing: dict[str, str] = {table.ATTRACT.screen: str(table.ATTRACT)}
        context.contentChanged.connect(self._content_changed)

    @property
    def current(self) -> Route:
        return self._stack[-1]

    @Property(str, notify=routeChanged)
    def route(self) -> str:
        return str(self.current)

    @Property(str, notify=routeChanged)
    def screen(self) -> str:
        return self.current.screen

    @Property(str, notify=routeChanged)
    def view(self) -> str:
        """The QML file that shows the current screen, relative to Frame.qml."""
        return f"screens/{table.screen(self.current).view}.qml"

    @Property(dict, notify=routeChanged)
    def showing(self) -> dict[str, Any]:
        """The route each kind of screen shows: the current route for the current screen, the last
        one shown for the others. A view reads its own, so a view being replaced never sees a
        route meant for another."""
        return dict(self._showing)

    @Property(bool, notify=routeChanged)
    def canGoBack(self) -> bool:
        return len(self._stack) > 2  # below home is attract, which Back never shows

    def resolve(self, text: str) -> Route | None:
        return table.resolve(text, self._context.exhibit)

    def show(self, route: Route, replace: bool = False) -> None:
        """Go to ``route`` (replacing the current screen when ``replace``); a route that leads
        nowhere is refused, so a dead link never strands a visitor."""
        if not table.leads_somewhere(route, self._context.exhibit):
            log.warning("no such screen: %r; staying on %s", str(route), self.current)
            return
        if route == self.current:
            return
        if replace and len(self._stack) > 2:
            self._stack[-1] = route
        elif route == table.ATTRACT:
            self._stack = [route]
        elif route == table.HOME:
            self._stack = [table.ATTRACT, route]
        else:
            self._stack.append(route)
            if len(self._stack) > MAX_HISTORY:
                self._stack = [table.ATTRACT, table.HOME, *self._stack[-MAX_HISTORY + 2 :]]
        self._changed()

    def _changed(self) -> None:
        self._showing[self.current.screen] = str(self.current)
        self.routeChanged.emit()

    def _content_changed(self) -> None:
        """Items the new content lacks leave the history; the visitor is never left on one."""
        exhibit = self._context.exhibit
        kept = [r for r in self._stack if table.leads_somewhere(r, exhibit)]
        if kept != self._stack:
            before = self.current
            self._stack = kept if len(kept) > 1 else [table.ATTRACT, table.HOME]
            if self.current != before:
                self._changed()

    @Slot(str)
    def go(self, text: str) -> None:
        route = self.resolve(text)
        if route is None:
            log.warning("no such screen: %r; staying on %s", text, self.current)
            return
        self.show(route)

    @Slot(str)
    def replace(self, text: str) -> None:
        """Swap the current screen without growing history (paging through photos or chapters)."""
        route = self.resolve(text)
        if route is not None:
            self.show(route, replace=True)

    @Slot(str, str)
    def goTo(self, screen: str, arg: str) -> None:
        """``go`` for a screen and an item id (a view that has the id, not the route)."""
        self.show(Route(screen, arg))

    @Slot(str, str)
    def replaceWith(self, screen: str, arg: str) -> None:
        self.show(Route(screen, arg), replace=True)

    @Slot(str, float)
    def remember(self, route: str, position: float) -> None:
        """A list screen says where it was scrolled to as it goes away."""
        self._positions[route] = position

    @Slot(str, result=float)
    def recall(self, route: str) -> float:
        """Where this list was, so Back returns the visitor to the same place; NaN the first time."""
        return self._positions.get(route, math.nan)

    @Slot()
    def back(self) -> None:
        if len(self._stack) > 2:
            self._stack.pop()
            self._changed()
        elif self.current != table.HOME:
            self.home()

    @Slot()
    def home(self) -> None:
        self.show(table.HOME)

    @Slot()
    def begin(self) -> None:
        """A visitor touched the attract screen: they start at the top of every list."""
        self._positions.clear()
        self.show(table.HOME)
        self.sessionStarted.emit()

    @Slot()
    def toAttract(self) -> None:
        self.show(table.ATTRACT)
