"""A visit, tap by tap, as a visitor makes it; then the visitor walks away."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk.testing.driver import tap, tap_point, texts
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle


def test_a_visit_by_touch_then_idle_reset(kiosk: Kiosk, qtbot: object) -> None:
    window = kiosk.window
    assert kiosk.navigator.route == "attract"
    assert any("Touch to begin" in t for t in texts(window))

    tap_point(window, QPoint(960, 540))
    assert kiosk.navigator.route == "home"

    tap(window, "The story")
    assert kiosk.navigator.route == "story"
    tap(window, "The first chapter")
    assert kiosk.navigator.route == "chapter/first"
    tap(window, "Next: The second chapter")
    assert kiosk.navigator.route == "chapter/second"

    tap(window, "Home")
    tap(window, "Photographs")
    assert kiosk.navigator.route == "galleries"
    tap(window, "Armour")
    assert kiosk.navigator.route == "gallery/armour"
    tap(window, "A tank")
    assert kiosk.navigator.route == "photo/tank"

    tap(window, "Fyodor Tolbukhin")
    assert kiosk.navigator.route == "person/tolbukhin"
    tap(window, "Back")
    assert kiosk.navigator.route == "photo/tank"

    # The visitor changes the language and walks away.
    tap(window, "Српски")
    assert kiosk.session.language == "sr"
    assert kiosk.navigator.route == "photo/tank"  # switching language keeps the visitor where they are
    assert any("Тенк на улици." in t for t in texts(window))
    kiosk.session.textStep = 2
    kiosk.session.reachMode = True

    # One second of quiet, then the twenty-second countdown. The waits below end when it happens;
    # their 60 s are a bound for a broken kiosk, not a guess at how long a busy machine takes.
    kiosk.idle.set_timeout(21)
    kiosk.idle.poke()
    qtbot.waitUntil(lambda: kiosk.idle.warning, timeout=60_000)  # type: ignore[attr-defined]
    settle(window, 0.1)
    assert any("Да ли сте још ту?" in t for t in texts(window))  # asked in the visitor's language
    kiosk.idle._seconds_left = 1
    qtbot.waitUntil(lambda: kiosk.navigator.route == "attract", timeout=60_000)  # type: ignore[attr-defined]

    # The next visitor finds everything as new.
    assert kiosk.session.language == "en"
    assert (kiosk.session.textStep, kiosk.session.reachMode, kiosk.session.highContrast) == (0, False, False)
    tap_point(window, QPoint(960, 540))
    assert kiosk.navigator.route == "home"
    assert not kiosk.navigator.canGoBack


def test_more_time_keeps_the_visit(kiosk: Kiosk, qtbot: object) -> None:
    kiosk.navigator.begin()
    kiosk.navigator.go("chapter/first")
    kiosk.idle.set_timeout(21)
    kiosk.idle.poke()
    qtbot.waitUntil(lambda: kiosk.idle.warning, timeout=60_000)  # type: ignore[attr-defined]
    settle(kiosk.window, 0.1)
    tap(kiosk.window, "More time")
    assert not kiosk.idle.warning
    assert kiosk.navigator.route == "chapter/first"


def test_unknown_route_is_refused_not_a_dead_end(kiosk: Kiosk) -> None:
    kiosk.navigator.begin()
    kiosk.navigator.go("chapter/nope")
    kiosk.navigator.go("nonsense")
    assert kiosk.navigator.route == "home"


def test_back_from_home_never_reaches_attract(kiosk: Kiosk) -> None:
    kiosk.navigator.begin()
    kiosk.navigator.back()
    assert kiosk.navigator.route == "home"


def test_back_returns_to_the_same_place_in_a_list(kiosk: Kiosk) -> None:
    from kiosk.testing.driver import items

    def people_list() -> object:
        return next(i for i in items(kiosk.window) if i.inherits("QQuickFlickable") and i.isVisible())

    kiosk.window.resize(800, 600)  # small, so the people list scrolls
    kiosk.navigator.begin()
    kiosk.navigator.go("people")
    settle(kiosk.window)
    flick = people_list()
    end = max(0.0, float(flick.property("contentHeight")) - flick.height())
    assert end > 0
    flick.setProperty("contentY", end)
    kiosk.navigator.go("person/tito")
    settle(kiosk.window)
    kiosk.navigator.back()
    settle(kiosk.window)
    assert people_list().property("contentY") == end
    kiosk.navigator.toAttract()  # a new visitor starts at the top
    kiosk.navigator.begin()
    kiosk.navigator.go("people")
    settle(kiosk.window)
    assert people_list().property("contentY") == 0


def test_back_returns_to_the_paragraph_being_read(kiosk: Kiosk) -> None:
    from kiosk.testing.driver import items

    def page() -> object:
        return next(i for i in items(kiosk.window) if i.inherits("QQuickFlickable") and i.isVisible())

    kiosk.window.resize(800, 600)
    kiosk.navigator.begin()
    kiosk.navigator.go("chapter/first")
    settle(kiosk.window)
    reading = page()
    reading.setProperty("contentY", 120.0)
    kiosk.navigator.go("person/tolbukhin")
    settle(kiosk.window)
    kiosk.navigator.back()
    settle(kiosk.window)
    assert page().property("contentY") == 120.0
