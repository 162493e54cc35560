"""Speech mode: the whole exhibit by ear, for visitors who cannot see the screen (EN 301 549 5.1.3).

Speech mode reads the screen's reading order (kiosk/speech/reading_order.py) one item at a time and
does what the visitor asks by keypad or gesture (kiosk/ui/speech_input.py turns those into
:class:`Command` calls and touch points). Every command speaks, and speaking stops whatever was
being said: any action interrupts the speech before it. Sighted companions see a ring around the
item being spoken (``ring*`` properties, drawn by SpeechLayer.qml).

It ends, with the volume back at the technician's level, when the visit ends (:meth:`reset`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Property, QObject, QPointF, QRectF, QTimer, Signal, Slot
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.map.campaign import map_domain
from kiosk.speech.focus import Command, Focus
from kiosk.speech.reading import Action, Do, ReadingItem, Role, fill
from kiosk.speech.reading_time import event_days, map_day
from kiosk.ui.speech import SpeechService
from kiosk.ui.speech_live import LiveReader, walk
from kiosk.ui.speech_ring import Screen
from kiosk.ui.speech_words import CONTEXT, PHRASES

log = logging.getLogger(__name__)

RING_MS = 100  # how often the ring catches up with an item that scrolls or moves
SEEK_TICKS = 5  # a spoken item not on screen yet (a view still loading) is looked for this often
LAYER = "speechLayer"


class SpeechMode(QObject):
    activeChanged = Signal()
    ringChanged = Signal()
    spoken = Signal(str, str)  # what was said (a reading item's key, or "" for a message), its text

    def __init__(self, service: SpeechService, live: LiveReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.live = live
        self.focus = Focus()
        self._active = False
        self._ring = QRectF()
        self._target: QQuickItem | None = None
        self._shown: ReadingItem | None = None
        self._seek = 0
        self._screen: Screen | None = None
        self.layer: QQuickItem | None = None  # SpeechLayer.qml: the ring's and the corner's frame
        self._then: list[Callable[[], None]] = []  # what to say when the current utterance ends
        self._before_idle = ""
        self._tick = QTimer(self, interval=RING_MS)
        self._tick.timeout.connect(self.update_ring)
        service.finished.connect(self._finished)
        live.navigator.routeChanged.connect(self._route_changed)
        live.context.languageChanged.connect(self._language_changed)
        live.context.contentChanged.connect(self._language_changed)
        live.idle.warningChanged.connect(self._idle_changed)

    def attach(self, window: QQuickWindow) -> None:
        """The views have loaded: find items on screen in this window."""
        self._screen = Screen(window)
        self.live.window = window
        self.layer = next((i for i in walk(window.contentItem()) if i.objectName() == LAYER), None)

    def detach(self) -> None:
        """The views are going: forget their items (a wrapper kept past its item's end could be
        handed back by PySide for a new object at the same address)."""
        self._set_active(False)
        self._screen = None
        self._target = None
        self._shown = None
        self.layer = None
        self.live.window = None

    # --- for QML ---------------------------------------------------------------------------------
    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        return self._active

    @Property(bool, notify=ringChanged)
    def ringVisible(self) -> bool:
        return self._active and not self._ring.isEmpty()

    @Property(QRectF, notify=ringChanged)
    def ring(self) -> QRectF:
        return QRectF(self._ring)

    # --- on and off --------------------------------------------------------------------------------
    @Slot()
    def enter(self) -> None:
        """Speech mode on: the short help, then the first item of the screen."""
        if self._active:
            return
        self._set_active(True)
        self.focus.reset(self.live.order(), keep=False)
        self._say_message("", self.phrase("enter"), then=self._speak_focus)

    @Slot()
    def leave(self) -> None:
        if not self._active:
            return
        self._say_message("", self.phrase("leave"))
        self._set_active(False)

    @Slot()
    def toggle(self) -> None:
        if self._active:
            self.leave()
        else:
            self.enter()

    def reset(self) -> None:
        """The visit ended: silence, speech mode off, the volume back where the technician set it."""
        self._then.clear()
        self._set_active(False)
        self.service.reset()

    def _set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        if on:
            self._tick.start()
        else:
            self._tick.stop()
            self._target = None
            self._ring = QRectF()
        self.activeChanged.emit()
        self.ringChanged.emit()

    # --- what the visitor asks for --------------------------------------------------------------------
    def command(self, command: Command) -> None:
        if command is Command.TOGGLE:
            self.toggle()
            return
        if not self._active:
            return
        self._then.clear()
        self.refresh()
        if command is Command.NEXT:
            self._speak_item(self.focus.move(1))
        elif command is Command.PREVIOUS:
            self._speak_item(self.focus.move(-1))
        elif command in (Command.NEXT_HEADING, Command.PREVIOUS_HEADING):
            self._heading_or_slider(1 if command is Command.NEXT_HEADING else -1)
        elif command is Command.ACTIVATE:
            self.activate()
        elif command is Command.BACK:
            self._do(Action(Do.BACK))
        elif command is Command.HOME:
            self._do(Action(Do.HOME))
        elif command is Command.REPEAT:
            self._speak_focus()
        elif command is Command.PAUSE:
            self.service.togglePause()
        elif command is Command.HELP:
            self._say_message("", self.phrase("help"))
        elif command in (Command.LOUDER, Command.QUIETER):
            (self.service.louder if command is Command.LOUDER else self.service.quieter)()
            percent = round(float(self.service.property("volume")) * 100)
            self._say_message("", fill(self.phrase("volume"), percent))
        elif command is Command.LANGUAGE:
            self._next_language()
        elif command is Command.STOP:
            self.service.stop()

    def explore(self, x: float, y: float) -> None:
        """A finger at (x, y) of the window: say what is there, without opening it."""
        if not self._active or self._screen is None:
            return
        self._then.clear()
        self.refresh()
        found = self._screen.at(QPointF(x, y), self.focus.items)
        if found is None:
            self.service.stop()  # nothing there: silence, so the visitor knows
            return
        self.focus.go_to(found.key)
        self._speak_item(found, scroll=False)

    def activate(self) -> None:
        item = self.focus.current
        if item is None or item.action is None:
            self._speak_focus()  # nothing to open: say what it is again
            return
        self._do(item.action, item)

    def refresh(self) -> None:
        """Read the screen again (what shows may have changed), keeping the focused item."""
        self.focus.reset(self.live.order(), keep=True)

    # --- doing -------------------------------------------------------------------------------------
    def _do(self, action: Action, item: ReadingItem | None = None) -> None:
        nav = self.live.navigator
        before = str(nav.current)
        if action.do is Do.GO:
            nav.go(action.arg)
        elif action.do is Do.REPLACE:
            nav.replace(action.arg)
        elif action.do is Do.HOME:
            nav.home()
        elif action.do is Do.BACK:
            nav.back()
        elif action.do is Do.BEGIN:
            nav.begin()
        elif action.do is Do.LANGUAGE:
            self._switch_language(action.arg)
            return
        elif action.do is Do.MORE_TIME:
            self.live.idle.moreTime()
        elif action.do is Do.ADJUST:
            self._adjust(1 if action.arg != "-1" else -1)
            return
        elif action.do is Do.PRESS and item is not None and self._screen is not None:
            if not self._screen.press(item):
                log.info("speech mode: nothing to press for %s", item.key)
            self._after_press(item)
            return
        if str(nav.current) == before:
            self.refresh()
            self._speak_focus()  # a route change speaks the new screen (_route_changed)

    def _after_press(self, item: ReadingItem) -> None:
        """A button did its work in the view: say the same item again if it is still there (a
        setting changed), else the first item of what opened or closed."""
        keep = item.key
        self.focus.reset(self.live.order(), keep=False)
        if self.focus.go_to(keep) is None:
            self.focus.index = 0
        self._speak_focus()

    def _heading_or_slider(self, step: int) -> None:
        current = self.focus.current
        if current is not None and current.role is Role.SLIDER:
            self._adjust(-step)  # down is earlier, up is later, as on a phone
            return
        self._speak_item(self.focus.heading(step))

    def _adjust(self, step: int) -> None:
        """The map's date: to the next (or previous) day on which something happened."""
        screen = self.live.navigator.current.screen
        state = self.live.map_state(screen)
        reader = self.live.reader()
        days = event_days(reader)
        today = map_day(reader, state)
        if today is None or not days:
            self._speak_focus()
            return
        later = [d for d in days if d > today]
        earlier = [d for d in days if d < today]
        target = (later[0] if later else today) if step > 0 else (earlier[-1] if earlier else today)
        domain = map_domain(self.live.context.exhibit)
        if domain is not None:
            view = self.live.models.mapView("campaign" if screen == "map" else "place")
            view.setProperty("time", float(domain.index(target)) + 0.5)
        self.refresh()
        self._speak_focus()

    def _next_language(self) -> None:
        languages = self.live.context.exhibit.languages
        if len(languages) < 2:
            self._speak_focus()
            return
        now = self.live.context.language
        following = (
            languages[(languages.index(now) + 1) % len(languages)] if now in languages else languages[0]
        )
        self._switch_language(following)

    def _switch_language(self, language: str) -> None:
        self.live.session.setLanguage(language)
        self.refresh()
        name = next((n for code, n in self.live.shell().languages if code == language), language)
        self._say_message("", name, language=language, then=self._speak_focus)

    # --- speaking ---------------------------------------------------------------------------------
    def phrase(self, key: str, language: str | None = None) -> str:
        return self.live.words(language or self.live.context.language, CONTEXT, PHRASES[key])

    def _speak_focus(self) -> None:
        self._speak_item(self.focus.current)

    def _speak_item(self, item: ReadingItem | None, *, scroll: bool = True) -> None:
        if item is None:
            self.service.stop()
            return
        # The sound first, then the ring: finding the item on screen walks the window's items.
        if item.narration:
            self.service.speakItem(item.narration, item.text, item.language)
        else:
            self.service.speak(item.text, item.language)
        self._show(item, scroll)
        self.spoken.emit(item.key, item.text)

    def _say_message(
        self, key: str, text: str, *, language: str | None = None, then: Callable[[], None] | None = None
    ) -> None:
        self._then = [then] if then is not None else []
        self.service.speak(text, language or self.live.context.language)
        self.spoken.emit(key, text)

    def _finished(self, _number: int, completed: bool) -> None:
        if completed and self._then and self._active:
            self._then.pop(0)()

    # --- what happens around it ----------------------------------------------------------------------
    def _route_changed(self) -> None:
        if not self._active:
            return
        self._then.clear()
        self.focus.reset(self.live.order(), keep=False)
        self._speak_focus()

    def _language_changed(self) -> None:
        if self._active:
            self.refresh()

    def _idle_changed(self) -> None:
        if not self._active:
            return
        if self.live.idle.property("warning"):
            self._before_idle = self.focus.current.key if self.focus.current else ""
            self.focus.reset(self.live.order(), keep=False)
            self._speak_focus()
            self._then = [lambda: self._speak_item(self.focus.move(1))]
        else:
            self._then.clear()
            self.focus.reset(self.live.order(), keep=False)
            if self._before_idle:
                self.focus.go_to(self._before_idle)

    # --- the ring ---------------------------------------------------------------------------------
    def _show(self, item: ReadingItem, scroll: bool) -> None:
        screen = self._screen
        if screen is None:
            return
        self._shown = item
        self._target = screen.bring_into_view(item) if scroll else screen.locate(item)
        self._seek = SEEK_TICKS if self._target is None else 0
        self.update_ring()

    @Slot()
    def update_ring(self) -> None:
        if self._target is None and self._seek > 0 and self._shown is not None and self._screen is not None:
            self._seek -= 1
            self._target = self._screen.locate(self._shown)
        target, layer = self._target, self.layer
        rect = QRectF()
        if (
            target is not None
            and layer is not None
            and _alive(target)
            and _alive(layer)
            and target.isVisible()
        ):
            rect = target.mapRectToItem(layer, QRectF(0, 0, target.width(), target.height()))
        if rect != self._ring:
            self._ring = rect
            self.ringChanged.emit()


def _alive(item: QQuickItem) -> bool:
    return bool(shiboken6.isValid(item))
