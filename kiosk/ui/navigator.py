"""Which screen is showing, by route string, with a history for Back."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.content.routes import Route
from kiosk.ui import context
from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Navigator"]

log = logging.getLogger(__name__)

_KNOWN = {
    "chapter": lambda ex: {c.id for c in ex.chapters},
    "gallery": lambda ex: {g.id for g in ex.galleries},
    "photo": lambda ex: {p.id for p in ex.photos},
    "person": lambda ex: {p.id for p in ex.people},
    "event": lambda ex: {e.id for e in ex.events},
    "place": lambda ex: {p.id for p in ex.places},
}
MAX_HISTORY = 50
# Screens the views can show. A route to any other screen is refused, so no tap is a dead end.
BUILT_SCREENS = frozenset(
    {
        "attract",
        "home",
        "story",
        "chapter",
        "galleries",
        "gallery",
        "photo",
        "people",
        "person",
        "timeline",
        "event",
        "map",
        "place",
    }
)


@QmlElement
@QmlSingleton
class Navigator(QObject):
    routeChanged = Signal()
    sessionStarted = Signal()

    _instance: Navigator | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack: list[Route] = [Route("attract")]
        self._positions: dict[str, float] = {}  # where each list was scrolled to, for Back

    @staticmethod
    def create(_engine: object) -> Navigator:
        assert Navigator._instance is not None
        return Navigator._instance

    @property
    def current(self) -> Route:
        return self._stack[-1]

    def _get_route(self) -> str:
        return str(self.current)

    route = Property(str, _get_route, notify=routeChanged)

    def _get_screen(self) -> str:
        return self.current.screen

    screen = Property(str, _get_screen, notify=routeChanged)

    def _get_arg(self) -> str:
        return self.current.arg

    arg = Property(str, _get_arg, notify=routeChanged)

    def _get_can_go_back(self) -> bool:
        return len(self._stack) > 2  # below home is attract, which Back never shows

    canGoBack = Property(bool, _get_can_go_back, notify=routeChanged)

    def resolve(self, text: str) -> Route | None:
        try:
            route = Route.parse(text)
        except ValueError:
            return None
        if route.screen not in BUILT_SCREENS:
            return None
        known = _KNOWN.get(route.screen)
        if known is not None and route.arg not in known(context.current().exhibit):
            return None
        return route

    @Slot(str)
    def go(self, text: str) -> None:
        route = self.resolve(text)
        if route is None:
            # A dead link must never strand a visitor: say so in the log and stay put.
            log.warning("no such screen: %r; staying on %s", text, self.current)
            return
        if route == self.current:
            return
        if route.screen == "attract":
            self._stack = [route]
        elif route.screen == "home":
            self._stack = [Route("attract"), route]
        else:
            self._stack.append(route)
            if len(self._stack) > MAX_HISTORY:
                self._stack = [Route("attract"), Route("home"), *self._stack[-MAX_HISTORY + 2 :]]
        self.routeChanged.emit()

    @Slot(str)
    def replace(self, text: str) -> None:
        """Swap the current screen without growing history (paging through photos or chapters)."""
        route = self.resolve(text)
        if route is None or route == self.current:
            return
        if len(self._stack) <= 2:
            self.go(text)
            return
        self._stack[-1] = route
        self.routeChanged.emit()

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
            self.routeChanged.emit()
        elif self.current.screen != "home":
            self.home()

    @Slot()
    def home(self) -> None:
        self.go("home")

    @Slot()
    def begin(self) -> None:
        """A visitor touched the attract screen: they start at the top of every list."""
        self._positions.clear()
        self.go("home")
        self.sessionStarted.emit()

    @Slot()
    def toAttract(self) -> None:
        self.go("attract")
