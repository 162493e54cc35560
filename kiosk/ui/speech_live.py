"""The reading order of what the kiosk shows right now: the core's reading order
(kiosk/speech/reading_order.py) with the state only the running views know, gathered here: the
navigation bar, an open accessibility panel or "Still there?", the map's day and the place touched.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content.languages import endonym
from kiosk.content.model import Exhibit
from kiosk.map.campaign import map_domain
from kiosk.speech.reading import MapState, ReadingItem, Shell, written_in
from kiosk.speech.reading_order import ScreenReader
from kiosk.ui.context import AppContext
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.list_models import Models
from kiosk.ui.map_view import MapView
from kiosk.ui.navigator import Navigator
from kiosk.ui.session import TEXT_SCALES, Session
from kiosk.ui.speech_words import SpeechWords

WIDE_BAR = 1200  # NavBar shows the exhibit's title only on a wider bar
PANEL_TAG = "speech:panel"


def walk(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root``, parents before children, in the order they are drawn."""
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.childItems()))


def shown(item: QQuickItem) -> bool:
    """Visible and not faded out, up to the window."""
    probe: QQuickItem | None = item
    while probe is not None:
        if not probe.isVisible() or probe.opacity() <= 0.001:
            return False
        probe = probe.parentItem()
    return True


class LiveReader:
    """``order()``: the reading order of the screen showing, as the visitor would hear it now."""

    def __init__(
        self,
        context: AppContext,
        navigator: Navigator,
        session: Session,
        idle: IdleMonitor,
        models: Models,
        words: SpeechWords,
    ) -> None:
        self.context = context
        self.navigator = navigator
        self.session = session
        self.idle = idle
        self.models = models
        self.words = words
        self.window: QQuickWindow | None = None
        self.narrated: set[tuple[str, str]] = set()  # (language, item route) recorded by the curator
        self._reader: ScreenReader | None = None
        self._written: dict[tuple[int, str], tuple[Exhibit, dict[str, str]]] = {}

    def reader(self) -> ScreenReader:
        """The reader for the content and language showing, made once for each."""
        presenter, words = self.context.presenter, self.words
        kept = self._reader
        if kept is not None and kept.p is presenter and kept.words is words:
            return kept
        language = presenter.lang
        self._reader = ScreenReader(
            presenter,
            words,
            narrated=lambda item: (language, item) in self.narrated,
            written=self.written(presenter.ex, language),
        )
        return self._reader

    def written(self, exhibit: Exhibit, language: str) -> dict[str, str]:
        """Which language each text of ``exhibit`` shown in ``language`` is written in: read once
        (it takes about a second for the bundled exhibit), by :meth:`warm` before anyone asks."""
        key = (id(exhibit), language)
        found = self._written.get(key)
        if found is None or found[0] is not exhibit:
            found = (exhibit, written_in(exhibit, language))
            self._written[key] = found
        return found[1]

    def warm(self, exhibit: Exhibit) -> None:
        """Work out :meth:`written` for every language of ``exhibit`` (from a worker thread)."""
        for language in exhibit.languages:
            self.written(exhibit, language)

    def order(self) -> list[ReadingItem]:
        route = self.navigator.current
        return self.reader().order(route, self.shell(), self.map_state(route.screen))

    def shell(self) -> Shell:
        languages = self.context.exhibit.languages
        width = self._frame_width()
        idle = self.idle.property("warning")
        return Shell(
            languages=tuple((code, endonym(code, languages)) for code in languages),
            can_go_back=bool(self.navigator.property("canGoBack")),
            bar_title=self.navigator.current.screen != "home" and width > WIDE_BAR,
            panel_open=self._panel_open(),
            text_step=int(self.session.property("textStep")),
            text_steps=len(TEXT_SCALES),
            high_contrast=bool(self.session.property("highContrast")),
            reach_mode=bool(self.session.property("reachMode")),
            idle_seconds=int(self.idle.property("secondsLeft")) if idle else None,
        )

    def map_state(self, screen: str) -> MapState:
        if screen not in ("map", "place"):
            return MapState()
        view = self.models.mapView("campaign" if screen == "map" else "place")
        screen_item = self._screen_item()
        selected = (
            str(screen_item.property("selected") or "") if screen_item is not None and screen == "map" else ""
        )
        return MapState(
            day=self._day(view),
            scenes=tuple(
                (str(s.get("id", "")), str(s.get("title", ""))) for s in _rows(view.property("scenes"))
            ),
            scene=str(view.property("sceneId") or ""),
            selected=selected,
            places=tuple(
                (str(r["placeId"]), str(r["name"]))
                for r in view.places.rows()  # type: ignore[attr-defined]
                if r.get("labelShown") or r.get("label_shown")
            ),
            areas=tuple(
                str(r.get("name", ""))
                for r in [*_rows(view.property("areaLabels")), *_rows(view.property("waterLabels"))]
                if r.get("name")
            ),
            legend=tuple(str(r.get("label", "")) for r in _rows(view.property("legend")) if r.get("label")),
            playing=self._playing(),
            off_map=self._off_map(view) if screen == "place" else "",
        )

    # --- what only the views know ------------------------------------------------------------
    def _day(self, view: MapView) -> Any:
        domain = map_domain(self.context.exhibit)
        time = float(view.property("time"))
        # A view whose screen has not laid it out yet reads 0 but will show the campaign's end
        # (MapView keeps -1 for "not set"); None says the same to the reading order.
        unset = float(getattr(view, "_time", 0.0)) < 0
        if domain is None or unset or time < 0 or math.isnan(time):
            return None
        return domain.day(max(0, min(domain.days - 1, math.floor(time))))

    def _off_map(self, view: MapView) -> str:
        focus = view.property("focus") or {}
        return str(focus.get("name", "")) if focus.get("id") and not focus.get("inside") else ""

    def _frame_width(self) -> float:
        """The frame's width: the window's, turned with the screen's rotation."""
        frame = self._find("Frame_QMLTYPE")
        return float(frame.width()) if frame is not None else 0.0

    def _find(self, class_prefix: str) -> QQuickItem | None:
        window = self.window
        if window is None:
            return None
        for item in walk(window.contentItem()):
            if item.metaObject().className().startswith(class_prefix) and shown(item):
                return item
        return None

    def _panel_open(self) -> bool:
        window = self.window
        if window is None:
            return False
        return any(item.objectName() == PANEL_TAG and shown(item) for item in walk(window.contentItem()))

    def _screen_item(self) -> QQuickItem | None:
        view = str(self.navigator.property("view"))
        return self._find(view.rsplit("/", 1)[-1].removesuffix(".qml") + "_QMLTYPE")

    def _playing(self) -> bool:
        bar = self._find("TimeBar_QMLTYPE")
        return bool(bar.property("playing")) if bar is not None else False


def _rows(value: Any) -> list[dict[str, Any]]:
    return [row for row in value or [] if isinstance(row, dict)]


def alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)
