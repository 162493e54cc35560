"""Between visitors the kiosk gives back the memory the last visit left (kiosk/ui/memory.py)."""

from __future__ import annotations

from PySide6.QtQml import QQmlEngine

from kiosk.testing.driver import find_item, settle
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.memory import HeapKeeper


def keeper_on(kiosk: Kiosk) -> HeapKeeper:
    found = [k for k in kiosk.keep if isinstance(k, HeapKeeper)]
    assert len(found) == 1
    return found[0]


def test_the_attract_screen_starts_the_wait_and_a_visit_calls_it_off(kiosk: Kiosk) -> None:
    keeper = keeper_on(kiosk)
    kiosk.navigator.home()
    assert not keeper.pending
    kiosk.end_session()  # the idle timeout: the visitor has gone
    assert keeper.pending
    kiosk.navigator.home()  # the next visitor, before the kiosk got to it
    assert not keeper.pending
    assert keeper.releases == 0


def test_memory_is_given_back_only_on_the_attract_screen(kiosk: Kiosk) -> None:
    trims: list[bool] = []
    screen = ["attract"]

    def trim() -> bool:
        trims.append(True)
        return True

    keeper = HeapKeeper(QQmlEngine(), lambda: screen[0] == "attract", trim)
    keeper.route_changed()
    assert keeper.pending
    keeper.release()  # what the timer calls
    assert (trims, keeper.releases, keeper.pending) == ([True], 1, False)
    screen[0] = "home"  # a visitor tapped between the timer and the release
    keeper.release()
    assert (trims, keeper.releases) == ([True], 1)


def test_the_running_kiosk_gives_back_and_keeps_working(kiosk: Kiosk) -> None:
    keeper = keeper_on(kiosk)
    kiosk.navigator.home()
    settle(kiosk.window)
    kiosk.end_session()
    settle(kiosk.window)
    keeper.release()
    assert keeper.releases == 1
    kiosk.navigator.home()  # the components trimmed from QML's cache are made again when needed
    settle(kiosk.window)
    assert find_item(kiosk.window, "HomeScreen").isVisible()
