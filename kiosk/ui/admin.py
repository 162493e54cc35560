"""The admin path: a hidden gesture, a PIN pad drawn by the app, and the admin view's data.

Five taps in the top-left corner within three seconds open the PIN pad. The PIN is checked by
kiosk/ops/pin.py (salted scrypt, back-off that survives restarts); attempts are logged, PINs never.

Restart, Quit and Rollback are never left for the next visitor: while the PIN pad or the admin view
is open the idle monitor counts ``ADMIN_IDLE_S`` of quiet (wired in kiosk/ui/bootstrap.py), then
both close and the kiosk goes back to the attract screen.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, QPointF, Signal, Slot
from PySide6.QtGui import QMouseEvent, QTouchEvent

from kiosk.ops.logs import tail
from kiosk.ops.pin import Outcome, PinGate
from kiosk.ui.qml_data import to_qml

__all__ = ["Admin", "AdminGesture"]

log = logging.getLogger(__name__)

# The admin view's own quiet time, not a visit's: a visit's may be set up to ten minutes for
# exhibits that take long reading, which is far too long to leave Quit on screen, and changing it
# on the admin view must not change how long that view stays. One minute (its last 20 s a
# countdown with "More time") is long enough to read the log, short enough that a technician
# called away does not leave it for the next visitor.
ADMIN_IDLE_S = 60
CORNER_PX = 64
IDLE_MIN_S, IDLE_MAX_S, IDLE_STEP_S, DEFAULT_IDLE_S = 30, 600, 15, 90
TAPS = 5
WINDOW_S = 3.0


class AdminGesture(QObject):
    """Counts presses in the window's top-left corner without taking them from the views."""

    def __init__(self, on_gesture: Callable[[], None], clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._on_gesture = on_gesture
        self._clock = clock
        self._taps: deque[float] = deque(maxlen=TAPS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        point: QPointF | None = None
        if event.type() == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
        elif event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.source().name != "MouseEventNotSynthesized":
                return False  # the touch that made this mouse press was already counted
            point = event.position()
        if point is not None:
            self.press(point.x(), point.y())
        return False

    def press(self, x: float, y: float) -> None:
        if x > CORNER_PX or y > CORNER_PX:
            self._taps.clear()
            return
        now = self._clock()
        self._taps.append(now)
        if len(self._taps) == TAPS and now - self._taps[0] <= WINDOW_S:
            self._taps.clear()
            self._on_gesture()


@dataclass(frozen=True)
class ContentStatus:
    """What content is on screen, from where, since when, and what is waiting or was refused."""

    showing: str
    folder: str
    since: str
    waiting: str = ""
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class VisitsToday:
    sessions: int
    median_s: float
    views: int


@dataclass(frozen=True)
class AdminStatus:
    """Everything the admin view shows, as typed data (converted for QML by kiosk/ui/qml_data.py)."""

    time: str
    content: ContentStatus
    statistics: bool  # the kiosk keeps visitor statistics (``today`` means something)
    today: VisitsToday | None
    language: str  # the language a new visitor finds
    idle_timeout_s: int
    log: tuple[str, ...]
    safe_mode: tuple[str, ...] = ()  # why the kiosk is in safe mode, and what it shows instead


@dataclass
class AdminServices:
    """What the admin view acts on; each is optional so a test or proof can leave it out."""

    gate: PinGate | None = None
    log_dir: Path | None = None
    today: Callable[[], VisitsToday | None] = lambda: None
    content_status: Callable[[], ContentStatus] = lambda: ContentStatus("", "", "")
    reload_content: Callable[[], str] = lambda: ""
    rollback_content: Callable[[], str] = lambda: ""
    set_idle_timeout: Callable[[float], None] = lambda _s: None
    set_default_language: Callable[[str], None] = lambda _l: None
    leave_safe_mode: Callable[[], None] = lambda: None  # and restart, to show the content again
    safe_mode_lines: Callable[[], tuple[str, ...]] = lambda: ()
    keep_content: Callable[[], tuple[str, bool]] = lambda: ("", False)  # message, safe mode left
    restart: Callable[[], None] = lambda: None
    quit: Callable[[], None] = lambda: None
    safe_mode: bool = False
    settings: dict[str, Any] = field(default_factory=dict)


class Admin(QObject):
    changed = Signal()
    openChanged = Signal()  # the PIN pad or the admin view opened, or both closed

    def __init__(self, services: AdminServices | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services or AdminServices()
        self._pin_open = False
        self._panel_open = False
        self._message = ""
        self._safe_mode = self._services.safe_mode

    def attach(self, services: AdminServices) -> None:
        self._services = services
        self._safe_mode = services.safe_mode
        self.changed.emit()

    # --- state for the views --------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        """The PIN pad or the admin view is on screen."""
        return self._pin_open or self._panel_open

    def _set_open(self, pin: bool, panel: bool) -> None:
        was = self.is_open
        self._pin_open, self._panel_open = pin, panel
        if self.is_open != was:
            self.openChanged.emit()

    @Property(bool, notify=changed)
    def pinOpen(self) -> bool:
        return self._pin_open

    @Property(bool, notify=changed)
    def panelOpen(self) -> bool:
        return self._panel_open

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def safeMode(self) -> bool:
        return self._safe_mode

    # --- the way in -----------------------------------------------------------------------
    def request_pin(self) -> None:
        if self._panel_open:
            return
        self._message = self._lock_message()
        self._set_open(True, False)
        log.info("admin PIN pad opened")
        self.changed.emit()

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        gate = self._services.gate
        if gate is None:
            self._message = self.tr("No admin PIN is set. Set one with: kiosk admin set-pin")
            self.changed.emit()
            return
        verdict = gate.check(pin)
        if verdict.outcome is Outcome.OK:
            self._message = ""
            self._set_open(False, True)
        elif verdict.outcome is Outcome.CLOSED:
            self._message = self.tr("No admin PIN is set. Set one with: kiosk admin set-pin")
        elif verdict.outcome is Outcome.LOCKED or verdict.seconds_left:
            self._message = self.tr(
                "Too many wrong PINs. Try again in %n second(s).", "", verdict.seconds_left
            )
        else:
            self._message = self.tr("That PIN is not right.")
        self.changed.emit()

    def _lock_message(self) -> str:
        gate = self._services.gate
        if gate is None or not gate.has_pin():
            return self.tr("No admin PIN is set. Set one with: kiosk admin set-pin")
        seconds = gate.seconds_locked()
        if seconds:
            return self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds)
        return ""

    @Slot()
    def close(self) -> None:
        if self.is_open:
            log.info("admin view closed")
        self._message = ""
        self._set_open(False, False)
        self.changed.emit()

    # --- the admin view -------------------------------------------------------------------
    def report(self) -> AdminStatus:
        services = self._services
        today = services.today()
        return AdminStatus(
            time=datetime.now().strftime("%Y-%m-%d %H:%M"),
            content=services.content_status(),
            statistics=today is not None,
            today=today,
            language=str(services.settings.get("language") or ""),
            idle_timeout_s=int(services.settings.get("idle_timeout_s") or DEFAULT_IDLE_S),
            log=tuple(tail(services.log_dir, 40) if services.log_dir else ()),
            safe_mode=services.safe_mode_lines() if self._safe_mode else (),
        )

    @Slot(result=dict)
    def status(self) -> dict[str, Any]:
        converted: dict[str, Any] = to_qml(self.report())
        return converted

    @Slot()
    def reloadContent(self) -> None:
        self._message = self._services.reload_content()
        self.changed.emit()

    @Slot()
    def rollbackContent(self) -> None:
        self._message = self._services.rollback_content()
        self.changed.emit()

    @Slot(int)
    def setIdleTimeout(self, seconds: int) -> None:
        seconds = max(IDLE_MIN_S, min(IDLE_MAX_S, seconds))
        self._services.set_idle_timeout(float(seconds))
        self._services.settings["idle_timeout_s"] = seconds
        self.changed.emit()

    @Slot(int)
    def stepIdleTimeout(self, steps: int) -> None:
        """Longer (+1) or shorter (-1) by one step, within what the kiosk allows."""
        current = int(self._services.settings.get("idle_timeout_s") or DEFAULT_IDLE_S)
        self.setIdleTimeout(current + steps * IDLE_STEP_S)

    @Slot(str)
    def setDefaultLanguage(self, language: str) -> None:
        self._services.set_default_language(language)
        self._services.settings["language"] = language
        self.changed.emit()

    @Slot()
    def leaveSafeMode(self) -> None:
        log.info("admin left safe mode")
        self._safe_mode = False
        self.changed.emit()
        self._services.leave_safe_mode()

    @Slot()
    def keepContent(self) -> None:
        """Safe mode: keep what is on screen as the current content, and leave safe mode."""
        self._message, left = self._services.keep_content()
        self._safe_mode = self._safe_mode and not left
        self.changed.emit()

    @Slot()
    def restart(self) -> None:
        log.info("admin asked for a restart")
        self._services.restart()

    @Slot()
    def quit(self) -> None:
        log.info("admin quit the kiosk")
        self._services.quit()
