"""The admin path: a hidden gesture, a PIN pad drawn by the app, the admin view, safe mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint

from kiosk.ops.pin import PinGate, set_pin
from kiosk.testing.driver import scroll_to_end, tap, tap_accessible, tap_point, texts
from kiosk.ui.admin import ADMIN_IDLE_S, AdminGesture, AdminServices, ContentStatus, VisitsToday
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.settle import settle

SCREENS = Path(__file__).resolve().parents[2] / "build" / "test-screens"


def screenshot(kiosk: Kiosk, name: str) -> None:
    """For a person to look at (build/test-screens/)."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert kiosk.window.grabWindow().save(str(SCREENS / name))


def test_five_quick_corner_taps_open_the_pin_pad_and_nothing_else_does() -> None:
    now = [0.0]
    opened: list[bool] = []
    gesture = AdminGesture(lambda: opened.append(True), clock=lambda: now[0])
    for _ in range(4):
        gesture.press(10, 10)
        now[0] += 0.5
    assert opened == []
    gesture.press(500, 500)  # a tap elsewhere starts the count again
    for _ in range(5):
        gesture.press(20, 30)
        now[0] += 1.0  # too slow: five taps over four seconds
    assert opened == []
    for _ in range(5):
        gesture.press(5, 5)
        now[0] += 0.3
    assert opened == [True]


def services(tmp_path: Path, **extra: Any) -> AdminServices:
    set_pin(tmp_path / "pin.json", "2468")
    return AdminServices(gate=PinGate(tmp_path / "pin.json", tmp_path / "lock.json"), **extra)


def test_the_pin_pad_by_touch_then_the_admin_view(kiosk: Kiosk, tmp_path: Path) -> None:
    kiosk.admin.attach(
        services(
            tmp_path,
            content_status=lambda: ContentStatus("mini", "/srv/exhibit", "today"),
            today=lambda: VisitsToday(12, 48, 90),
            settings={"language": "en", "idle_timeout_s": 90},
        )
    )
    window = kiosk.window
    for _ in range(5):
        tap_point(window, QPoint(10, 10))
    assert kiosk.admin.pinOpen
    assert "Staff only: enter the PIN" in texts(window)

    for digit in "1111":
        tap(window, digit)
    tap_accessible(window, "Enter")
    assert not kiosk.admin.panelOpen
    assert "That PIN is not right." in texts(window)

    for digit in "2468":
        tap(window, digit)
    tap_accessible(window, "Enter")
    assert kiosk.admin.panelOpen and not kiosk.admin.pinOpen
    settle(window)
    shown = texts(window)
    assert "Visits: 12" in shown and "Showing: mini" in shown
    screenshot(kiosk, "admin.png")

    tap(window, "Back to the exhibit")
    assert not kiosk.admin.panelOpen


def test_admin_settings_and_quit(kiosk: Kiosk, tmp_path: Path) -> None:
    calls: list[object] = []
    kiosk.admin.attach(
        services(
            tmp_path,
            set_idle_timeout=calls.append,
            set_default_language=calls.append,
            quit=lambda: calls.append("quit"),
            settings={"language": "en", "idle_timeout_s": 90},
        )
    )
    kiosk.admin.submitPin("2468")
    settle(kiosk.window)
    tap(kiosk.window, "Српски")
    assert calls == ["sr"]
    tap_accessible(kiosk.window, "Longer")
    assert calls[-1] == 105.0
    scroll_to_end(kiosk.window)
    tap(kiosk.window, "Quit")
    assert "quit" not in calls  # the first tap only asks to confirm
    tap(kiosk.window, "Tap again to quit")
    assert calls[-1] == "quit"


def test_safe_mode_shows_an_exhibit_to_visitors_and_says_why_to_staff(kiosk: Kiosk, tmp_path: Path) -> None:
    calls: list[str] = []
    lines = ("The kiosk stopped unexpectedly 3 times within 10 minutes.", "It now shows content version v1.")
    kiosk.admin.attach(
        services(
            tmp_path,
            safe_mode=True,
            safe_mode_lines=lambda: lines,
            keep_content=lambda: (calls.append("keep") or "Kept.", True),
            leave_safe_mode=lambda: calls.append("leave"),
        )
    )
    settle(kiosk.window)
    tap_point(kiosk.window, QPoint(960, 700))  # a visitor's tap starts a visit, as always
    assert kiosk.navigator.route == "home"
    kiosk.admin.request_pin()
    kiosk.admin.submitPin("2468")
    settle(kiosk.window)
    shown = texts(kiosk.window)
    assert "Safe mode" in shown and all(line in shown for line in lines)
    assert "Go back to the previous content" not in shown  # "Keep showing this content" instead
    screenshot(kiosk, "admin-safe-mode.png")
    tap(kiosk.window, "Leave safe mode and restart")
    assert calls == ["leave"] and not kiosk.admin.safeMode
    kiosk.admin.attach(services(tmp_path, safe_mode=True, keep_content=lambda: ("Kept.", True)))
    kiosk.admin.keepContent()
    assert not kiosk.admin.safeMode and kiosk.admin.message == "Kept."


# --- the admin view closes by itself (issue 13, item 6) ------------------------------------------


def quiet_time_runs_out(idle: IdleMonitor) -> None:
    """What the idle monitor's timers do when nobody touches anything, without waiting for them."""
    quiet, tick = idle._quiet, idle._tick
    assert quiet.isActive(), "nothing is counting the quiet time"
    quiet.stop()
    quiet.timeout.emit()
    assert tick.isActive()


def countdown_runs_out(idle: IdleMonitor) -> None:
    for _ in range(idle.warningSeconds):
        idle._tick.timeout.emit()


def open_admin_view(kiosk: Kiosk, tmp_path: Path) -> None:
    kiosk.admin.attach(services(tmp_path, settings={"language": "en", "idle_timeout_s": 600}))
    for _ in range(5):
        tap_point(kiosk.window, QPoint(10, 10))
    for digit in "2468":
        tap(kiosk.window, digit)
    tap_accessible(kiosk.window, "Enter")
    assert kiosk.admin.panelOpen


def test_the_admin_view_closes_after_its_own_quiet_time_and_the_attract_screen_returns(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    kiosk.idle.set_timeout(600)  # a visit may be given ten minutes; the admin view is not
    open_admin_view(kiosk, tmp_path)
    assert kiosk.idle.timeout_s() == ADMIN_IDLE_S

    quiet_time_runs_out(kiosk.idle)
    settle(kiosk.window, 0.1)
    shown = texts(kiosk.window)
    assert "The admin view is about to close." in shown and "20" in shown
    screenshot(kiosk, "admin-closing.png")
    countdown_runs_out(kiosk.idle)

    assert not kiosk.admin.panelOpen and not kiosk.admin.pinOpen
    assert kiosk.navigator.route == "attract"
    settle(kiosk.window, 0.1)
    shown = texts(kiosk.window)
    assert not {"Restart the kiosk", "Quit", "Go back to the previous content"} & set(shown), shown
    screenshot(kiosk, "admin-closed.png")
    assert kiosk.idle.timeout_s() == 600  # the next visit has its own quiet time again
    assert not kiosk.idle._quiet.isActive()  # and the attract screen none


def test_a_touch_keeps_the_admin_view_open(kiosk: Kiosk, tmp_path: Path) -> None:
    open_admin_view(kiosk, tmp_path)
    quiet_time_runs_out(kiosk.idle)
    settle(kiosk.window, 0.1)
    tap(kiosk.window, "More time")
    assert kiosk.admin.panelOpen and not kiosk.idle.warning
    assert kiosk.idle._quiet.isActive() and kiosk.idle.timeout_s() == ADMIN_IDLE_S


def test_the_admin_view_opened_during_a_visit_closes_and_ends_the_visit(kiosk: Kiosk, tmp_path: Path) -> None:
    kiosk.navigator.begin()
    kiosk.navigator.go("chapter/first")
    kiosk.session.reachMode = True
    open_admin_view(kiosk, tmp_path)
    assert kiosk.idle.timeout_s() == ADMIN_IDLE_S
    quiet_time_runs_out(kiosk.idle)
    countdown_runs_out(kiosk.idle)
    assert not kiosk.admin.panelOpen
    assert kiosk.navigator.route == "attract" and not kiosk.session.reachMode


def test_a_pin_pad_left_open_on_the_attract_screen_closes_too(kiosk: Kiosk, tmp_path: Path) -> None:
    """On the attract screen no visit is timed; the PIN pad is."""
    kiosk.admin.attach(services(tmp_path))
    kiosk.admin.request_pin()  # as the corner gesture does
    assert kiosk.admin.pinOpen and kiosk.navigator.route == "attract"
    quiet_time_runs_out(kiosk.idle)
    countdown_runs_out(kiosk.idle)
    assert not kiosk.admin.pinOpen
    settle(kiosk.window, 0.1)
    assert "Staff only: enter the PIN" not in texts(kiosk.window)
