"""The admin path: a hidden gesture, a PIN pad drawn by the app, the admin view, safe mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint

from kiosk.ops.pin import PinGate, set_pin
from kiosk.testing.driver import scroll_to_end, tap, tap_accessible, tap_point, texts
from kiosk.ui.admin import AdminGesture, AdminServices, ContentStatus, VisitsToday
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle


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
    window.grabWindow().save(
        str(Path(__file__).resolve().parents[2] / "build" / "test-screens" / "admin.png")
    )

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


def test_safe_mode_shows_a_calm_screen_with_the_admin_path_open(kiosk: Kiosk, tmp_path: Path) -> None:
    left: list[bool] = []
    kiosk.admin.attach(services(tmp_path, safe_mode=True, leave_safe_mode=lambda: left.append(True)))
    settle(kiosk.window)
    assert "This exhibit will be back shortly." in texts(kiosk.window)
    tap_point(kiosk.window, QPoint(960, 700))  # visitors' taps do nothing
    assert kiosk.navigator.route == "attract"
    for _ in range(5):
        tap_point(kiosk.window, QPoint(8, 8))
    kiosk.admin.submitPin("2468")
    settle(kiosk.window)
    tap(kiosk.window, "Leave safe mode")
    assert left == [True]
    assert not kiosk.admin.safeMode
