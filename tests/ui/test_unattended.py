"""Lockdown, watchdog, statistics and opening hours on a running kiosk."""

from __future__ import annotations

import socket
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest

from kiosk.analytics.store import AnalyticsStore
from kiosk.ops.display_power import DisplayPower
from kiosk.ops.schedule import Schedule
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle
from kiosk.ui.unattended import Lockdown, OpeningHours, VisitRecorder, WatchdogPinger


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_shortcuts_do_nothing(kiosk: Kiosk, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    Lockdown(kiosk.window)
    kiosk.navigator.begin()
    kiosk.navigator.go("chapter/first")
    QTest.keyClick(kiosk.window, key, modifier)
    settle(kiosk.window, 0.05)
    assert kiosk.window.isVisible()
    assert kiosk.navigator.route == "chapter/first"


def test_close_requests_are_refused_until_the_admin_allows_quit(kiosk: Kiosk) -> None:
    lockdown = Lockdown(kiosk.window)
    kiosk.window.close()
    settle(kiosk.window, 0.05)
    assert kiosk.window.isVisible()
    lockdown.allow_quit()
    kiosk.window.close()
    settle(kiosk.window, 0.05)
    assert not kiosk.window.isVisible()


def test_watchdog_pings_stop_while_the_gui_thread_is_blocked(kiosk: Kiosk, monkeypatch: Any) -> None:
    folder = Path(tempfile.mkdtemp(prefix="wd", dir="/tmp"))  # AF_UNIX paths must be short
    address = str(folder / "notify")
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(address)
    receiver.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    arrivals: list[tuple[float, bytes]] = []

    def drain() -> None:
        while True:
            try:
                arrivals.append((time.monotonic(), receiver.recv(256)))
            except BlockingIOError:
                return

    try:
        pinger = WatchdogPinger(kiosk.window, "testing", interval_s=0.05)
        kiosk.window.update()
        deadline = time.monotonic() + 60  # a bound for a broken pinger; the loop ends at 5 pings
        while pinger.pings < 5 and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            drain()
        assert any(msg.startswith(b"READY=1") for _, msg in arrivals)
        assert pinger.pings >= 5
        before = pinger.pings

        # The GUI thread freezes. (A QTimer object: PySide6 6.12's static singleShot with a Python
        # callable corrupts a reference count and aborts the interpreter.)
        freeze = QTimer(singleShot=True, interval=0)
        freeze.timeout.connect(lambda: time.sleep(0.8))
        freeze.start()
        blocked_from = time.monotonic()
        QCoreApplication.processEvents()
        blocked_until = time.monotonic()
        drain()
        assert blocked_until - blocked_from >= 0.75
        during = [
            t
            for t, msg in arrivals
            if msg == b"WATCHDOG=1" and blocked_from + 0.01 < t < blocked_until - 0.01
        ]
        assert during == []
        assert pinger.pings <= before + 1
    finally:
        receiver.close()


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_a_visit_is_recorded_without_the_idle_time(kiosk: Kiosk, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 24, 10, 0, 0))
    store = AnalyticsStore(tmp_path / "stats.sqlite3")
    try:
        VisitRecorder(store, kiosk.navigator, kiosk.session, kiosk.idle, clock)
        kiosk.navigator.begin()
        clock.advance(5)
        kiosk.navigator.go("chapter/first")
        clock.advance(30)
        kiosk.idle.poke()  # a touch while reading
        clock.advance(10)
        kiosk.session.setLanguage("sr")
        kiosk.navigator.go("photo/tank")
        clock.advance(4)
        kiosk.idle.poke()
        clock.advance(90)  # the visitor left; the timeout fires
        kiosk.idle.expire()
        [visit] = list(store.iter_sessions())
        assert visit.end_reason == "timeout"
        assert visit.duration_s == pytest.approx(49)  # first touch to last touch
        assert visit.language == "sr"
        views = {v.route: v.dwell_s for v in store.iter_views()}
        assert views["home"] == pytest.approx(5)
        assert views["chapter/first"] == pytest.approx(40)
        assert views["photo/tank"] == pytest.approx(4)
        assert [(e.kind, e.value) for e in store.iter_events()] == [("language", "sr")]
    finally:
        store.close()


def scene_visible(kiosk: Kiosk) -> bool:
    return all(item.isVisible() for item in kiosk.window.contentItem().childItems())


def test_the_screen_sleeps_and_wakes_at_the_right_minute(kiosk: Kiosk) -> None:
    clock = FakeClock(datetime(2026, 11, 24, 8, 49, 0))  # a Tuesday
    schedule = Schedule.from_config({"tuesday": ["09:00-17:00"], "wake_before_minutes": 10})
    commands: list[list[str]] = []

    def run(cmd: list[str], **_: Any) -> Any:
        commands.append(cmd)
        return type("Done", (), {"returncode": 0})()

    display = DisplayPower(env={"DISPLAY": ":0"}, platform="linux", which=lambda _: "/usr/bin/xset", run=run)
    kiosk.navigator.begin()
    hours = OpeningHours(kiosk.window, schedule, kiosk.end_session, display, clock)
    assert not hours.awake
    assert not scene_visible(kiosk)
    assert kiosk.navigator.route == "attract"  # a visit in progress ends when the exhibit closes
    assert commands[-1][-1] == "off"

    clock.now = datetime(2026, 11, 24, 8, 50, 0)  # ten minutes before opening: wake up
    hours.apply()
    assert hours.awake and scene_visible(kiosk)
    assert commands[-1][-1] == "on"

    clock.now = datetime(2026, 11, 24, 16, 59, 59)
    hours.apply()
    assert hours.awake
    clock.now = datetime(2026, 11, 24, 17, 0, 0)
    hours.apply()
    assert not hours.awake


def test_sigterm_ends_the_event_loop_like_a_normal_quit(qapp: Any) -> None:
    import os
    import signal

    from kiosk.ui.unattended import GracefulStop

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    stopped: list[bool] = []
    try:
        GracefulStop(qapp, lambda: stopped.append(True))
        os.kill(os.getpid(), signal.SIGTERM)
        deadline = time.monotonic() + 60  # a bound for a broken handler; the loop ends when it stops
        while not stopped and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        assert stopped == [True]
    finally:
        signal.set_wakeup_fd(-1)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
