"""Notices when a visitor, or a member of staff, has walked away: asks "Still there?", then ends
the session (and closes the admin view)."""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

__all__ = ["IdleMonitor"]

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
}


class IdleMonitor(QObject):
    warningChanged = Signal()
    secondsLeftChanged = Signal()
    expired = Signal()  # the session ended because nobody answered
    activity = Signal()

    def __init__(self, timeout_s: float = 90, warning_s: int = 20, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning_s = max(1, int(warning_s))
        self._timeout_s = timeout_s  # a visit's
        self._own_s: float | None = None  # staff's own quiet time, while they have the admin view
        self._quiet = QTimer(self, singleShot=True)
        self._quiet.setInterval(self._quiet_ms(timeout_s))
        self._quiet.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        self._armed = False
        self.timed_out = False  # the last session ended because nobody answered "Still there?"
        self._warning = False
        self._seconds_left = self._warning_s

    def _quiet_ms(self, timeout_s: float) -> int:
        return max(1, int((timeout_s - self._warning_s) * 1000))

    def set_timeout(self, timeout_s: float) -> None:
        """A visit's quiet time; one armed with its own (the admin view's) keeps that."""
        self._timeout_s = timeout_s
        if self._own_s is None:
            self._quiet.setInterval(self._quiet_ms(timeout_s))

    def timeout_s(self) -> float:
        """The quiet time in force now, the warning included."""
        return self._quiet.interval() / 1000 + self._warning_s

    @Property(bool, notify=warningChanged)
    def warning(self) -> bool:
        return self._warning

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Property(int, constant=True)
    def warningSeconds(self) -> int:
        return self._warning_s

    def arm(self, armed: bool, timeout_s: float | None = None) -> None:
        """Idle time only counts while a session is running (not on the attract screen), or while
        staff have the admin view or its PIN pad open; ``timeout_s`` is a quiet time of their own
        instead of a visit's."""
        self._armed = armed
        self._own_s = timeout_s
        self._quiet.setInterval(self._quiet_ms(self._timeout_s if timeout_s is None else timeout_s))
        if armed:
            self.timed_out = False
        self._set_warning(False)
        self._tick.stop()
        if armed:
            self._quiet.start()
        else:
            self._quiet.stop()

    @Slot()
    def moreTime(self) -> None:
        self.poke()

    @Slot()
    def poke(self) -> None:
        if not self._armed:
            return
        self._tick.stop()
        self._set_warning(False)
        self._quiet.start()
        self.activity.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _ACTIVITY:
            self.poke()
        return False

    def warn_now(self) -> None:
        """Ask "Still there?" at once (a proof of the prompt; the countdown runs as usual)."""
        self._start_warning()

    def _start_warning(self) -> None:
        self._seconds_left = self._warning_s
        self.secondsLeftChanged.emit()
        self._set_warning(True)
        self._tick.start()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        self.secondsLeftChanged.emit()
        if self._seconds_left <= 0:
            self.expire()

    @Slot()
    def expire(self) -> None:
        """End the visit now, as if nobody had answered."""
        self._tick.stop()
        self._quiet.stop()
        self._set_warning(False)
        self._armed = False
        self.timed_out = True
        self.expired.emit()

    def _set_warning(self, on: bool) -> None:
        if on != self._warning:
            self._warning = on
            self.warningChanged.emit()
