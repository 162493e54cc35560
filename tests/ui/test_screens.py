"""Every screen loads without a warning and draws something; a screenshot of each is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.screens.table import proof_routes
from kiosk.testing.driver import is_blank, texts
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle

SHOTS = Path(__file__).resolve().parents[2] / "build" / "test-screens"


def routes(kiosk: Kiosk) -> list[str]:
    return [str(r) for r in proof_routes(kiosk.context.exhibit)]


def test_every_route_renders(kiosk: Kiosk) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    seen = routes(kiosk)
    assert {
        "attract",
        "home",
        "story",
        "chapter/first",
        "gallery/armour",
        "photo/tank",
        "people",
        "person/tito",
    } <= set(seen)
    for route in seen:
        kiosk.navigator.go(route)
        settle(kiosk.window)
        assert kiosk.navigator.route == route
        shot = kiosk.window.grabWindow()
        assert (shot.width(), shot.height()) == (1920, 1080)
        assert not is_blank(shot), route
        shot.save(str(SHOTS / f"{route.replace('/', '--')}.png"))


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ("home", ["Mini exhibit", "The story", "Photographs", "People"]),
        ("story", ["The first chapter", "The second chapter", "Where it starts."]),
        ("chapter/second", ["The second chapter", "CHAPTER 2 OF 3", "Tito", "Curator's note"]),
        ("gallery/armour", ["Armour", "A tank", "A parade"]),
        ("photo/parade", ["A parade", "People in the square.", "Test"]),
        ("people", ["Fyodor Tolbukhin", "Tito", "Maximilian von Weichs", "Soviet", "German"]),
        ("person/tolbukhin", ["Fyodor Tolbukhin", "Фёдор Толбухин", "Marshal", "The first chapter"]),
    ],
)
def test_screen_shows_its_content(kiosk: Kiosk, route: str, expected: list[str]) -> None:
    kiosk.navigator.go(route)
    settle(kiosk.window)
    shown = texts(kiosk.window)
    for text in expected:
        assert any(text in s for s in shown), (text, shown)


def test_curator_markup_reaches_the_screen_as_text(kiosk: Kiosk) -> None:
    kiosk.navigator.go("chapter/second")
    settle(kiosk.window)
    shown = "\n".join(texts(kiosk.window))
    assert "&lt;img src=" in shown  # escaped before it reaches StyledText: shown, never fetched
    assert "<img" not in shown


def test_portrait_layout_renders(qapp: object, mini: Path, tmp_path: Path) -> None:
    from tests.ui.conftest import close, start

    k = start(mini, tmp_path / "cache", size=(1080, 1920))
    try:
        for route in ["home", "chapter/first", "photo/tank", "person/tolbukhin", "people"]:
            k.navigator.go(route)
            settle(k.window)
            shot = k.window.grabWindow()
            assert (shot.width(), shot.height()) == (1080, 1920)
            assert not is_blank(shot)
            shot.save(str(SHOTS / f"portrait-{route.replace('/', '--')}.png"))
    finally:
        close(k)
