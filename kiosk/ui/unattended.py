"""The services that keep a kiosk running with nobody watching.

Each is a small QObject wired to the running kiosk: lockdown against visitors, the systemd
watchdog pinged from the GUI thread, anonymous visit statistics and opening
hours. The storage and rules themselves are pure Python in kiosk/ops and kiosk/analytics.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickWindow

from kiosk.analytics.guarded import VisitLog
from kiosk.ops import watchdog
from kiosk.ops.display_power import DisplayPower
from kiosk.ops.schedule import Schedule
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.navigator import Navigator
from kiosk.ui.session import Session

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

_SWALLOWED = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.ContextMenu,
    QEvent.Type.Close,
}


class Lockdown(QObject):
    """No way out for visitors: keys, shortcuts, context menus and close requests do nothing.

    The exhibit has no text field, link or dialog, so the keyboard has nothing to do; a visitor's
    USB keyboard or a stray Alt+F4 reaches this filter and stops here. Only the admin can quit.
    """

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        self._may_quit = False
        window.installEventFilter(self)

    def allow_quit(self) -> None:
        self._may_quit = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _SWALLOWED and not self._may_quit:
            if event.type() == QEvent.Type.Close:
                event.ignore()
                log.info("a request to close the window was refused")
            return True
        return False


class WatchdogPinger(QObject):
    """Tells systemd the GUI thread is alive. The timer runs on the GUI thread, so a frozen UI
    stops the pings and systemd restarts the kiosk."""

    def __init__(self, window: QQuickWindow, status: str, interval_s: float | None = None) -> None:
        super().__init__(window)
        self._status = status
        interval = interval_s if interval_s is not None else watchdog.watchdog_interval()
        self.pings = 0
        self._ready = False
        self._timer = QTimer(self)
        if interval:
            self._timer.setInterval(max(100, int(interval * 1000)))
            self._timer.timeout.connect(self.ping)
        # Emitted on the render thread under the threaded render loop: queued, so Python runs on
        # the GUI thread only (docs/architecture.md, "No Python on Qt's threads").
        window.frameSwapped.connect(self._first_frame, Qt.ConnectionType.QueuedConnection)

    def _first_frame(self) -> None:
        if self._ready:
            return
        self._ready = True
        watchdog.ready(self._status)
        if self._timer.interval() > 0 and not self._timer.isActive():
            self._timer.start()

    def ping(self) -> None:
        if watchdog.ping():
            self.pings += 1


class VisitRecorder(QObject):
    """Anonymous statistics: sessions, screens viewed and for how long, choices, timeouts."""

    def __init__(
        self,
        store: VisitLog,
        navigator: Navigator,
        session: Session,
        idle: IdleMonitor,
        clock: Clock = datetime.now,
    ) -> None:
        super().__init__(navigator)
        self._store = store
        self._navigator = navigator
        self._session = session
        self._clock = clock
        self._idle = idle
        self._id: int | None = None
        self._route = ""
        self._route_since = clock()
        self._last_touch = clock()
        self._end_reason = "attract"
        navigator.sessionStarted.connect(self._start)
        navigator.routeChanged.connect(self._route_changed)
        session.choiceMade.connect(self._choice)
        idle.activity.connect(self._touched)

    def _write(self, action: Callable[[], object]) -> None:
        # Statistics must never break a visit: a full disk or a locked database is logged and skipped.
        try:
            action()
        except Exception:
            log.exception("could not record visitor statistics")

    def _start(self) -> None:
        now = self._clock()
        self._last_touch = now
        self._end_reason = "attract"
        try:
            self._id = self._store.start_session(now, str(self._session.language))
        except Exception:
            log.exception("could not record the start of a visit")
            self._id = None
        self._route = str(self._navigator.current)
        self._route_since = now

    def _route_changed(self) -> None:
        now = self._clock()
        if self._idle.timed_out:
            self._end_reason = "timeout"
        self._close_view(now)
        self._route = str(self._navigator.current)
        self._route_since = now
        if self._route == "attract" and self._id is not None:
            end_at = now
            sid, reason = self._id, self._end_reason
            self._write(lambda: self._store.end_session(sid, end_at, reason, self._last_touch))
            self._id = None

    def _close_view(self, now: datetime) -> None:
        if self._id is None or not self._route or self._route == "attract":
            return
        sid, route, since = self._id, self._route, self._route_since
        end = min(now, max(self._last_touch, since)) if self._end_reason == "timeout" else now
        self._write(lambda: self._store.record_view(sid, route, since, (end - since).total_seconds()))

    def _choice(self, kind: str, value: str) -> None:
        if self._id is not None:
            sid, at = self._id, self._clock()
            self._write(lambda: self._store.record_choice(sid, at, kind, value))

    def _touched(self) -> None:
        self._last_touch = self._clock()

    def shutdown(self) -> None:
        if self._id is not None:
            now = self._clock()
            self._end_reason = "shutdown"
            self._close_view(now)
            sid = self._id
            self._write(lambda: self._store.end_session(sid, now, "shutdown", self._last_touch))
            self._id = None


class OpeningHours(QObject):
    """Outside opening hours: a dark screen with nothing animating, and the display asked to sleep.

    It wakes before opening (the schedule's margin) and shows the attract screen.
    """

    def __init__(
        self,
        window: QQuickWindow,
        schedule: Schedule,
        end_visit: Callable[[], None],
        display: DisplayPower | None = None,
        clock: Clock = datetime.now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._schedule = schedule
        self._end_visit = end_visit
        self._display = display or DisplayPower()
        self._clock = clock
        self._colour = window.color()
        self._awake: bool | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.apply)
        self.apply()

    @property
    def awake(self) -> bool:
        return bool(self._awake)

    def apply(self) -> None:
        now = self._clock()
        awake = self._schedule.is_awake(now)
        if awake != self._awake:
            self._awake = awake
            if not awake:
                self._end_visit()
            # The scene's top items, not the root: hiding them stops every animation and timer
            # bound to visibility (the attract slideshow), so a closed exhibit costs no CPU.
            for item in self._window.contentItem().childItems():
                item.setVisible(awake)
            self._window.setColor(self._colour if awake else QColor("black"))
            self._display.set(awake)
            log.info("opening hours: the exhibit is %s", "awake" if awake else "asleep")
        change = self._schedule.next_change(now)
        if change is not None:
            # Re-check at least hourly so a clock change (summer time, NTP) is caught.
            wait_ms = max(1000, min(3_600_000, int((change - now).total_seconds() * 1000) + 500))
            self._timer.start(wait_ms)


class GracefulStop(QObject):
    """SIGTERM (systemd stopping the service) and SIGINT end the event loop like a normal quit,
    so a stop is not counted as a crash. Python signal handlers only run when Python gets control;
    a wake-up socket watched by Qt gives it control at once, with no polling timer."""

    def __init__(self, app: QCoreApplication, on_stop: Callable[[], None]) -> None:
        super().__init__(app)
        self._on_stop = on_stop
        self._reader, writer = socket.socketpair()
        self._reader.setblocking(False)
        writer.setblocking(False)
        self._writer = writer
        signal.set_wakeup_fd(writer.fileno())
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._stop)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def _stop(self, signum: int, _frame: object) -> None:
        log.info("stopping on signal %d", signum)
        self._on_stop()
