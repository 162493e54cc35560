"""The navigator: routes from the screen table, a history for Back, and no dead end after a
content change."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.screens.routes import Route
from kiosk.ui.context import AppContext
from kiosk.ui.navigator import Navigator


def exhibit(root: Path) -> Exhibit:
    found = load(root).exhibit
    assert found is not None
    return found


def test_views_and_routes_come_from_the_screen_table(qapp: object, mini: Path) -> None:
    nav = Navigator(AppContext(exhibit(mini), mini))
    assert nav.view == "screens/AttractScreen.qml"
    nav.go("chapter/second")
    assert (nav.route, nav.screen, nav.view) == ("chapter/second", "chapter", "screens/ChapterScreen.qml")
    nav.goTo("person", "tito")
    assert nav.route == "person/tito"
    nav.go("person/nobody")  # refused: the visitor stays where they are
    nav.go("chapter")
    assert nav.route == "person/tito"
    assert nav.showing == {"attract": "attract", "chapter": "chapter/second", "person": "person/tito"}


def test_replace_pages_without_growing_history(qapp: object, mini: Path) -> None:
    nav = Navigator(AppContext(exhibit(mini), mini))
    nav.begin()
    nav.go("chapter/first")
    nav.replaceWith("chapter", "second")
    nav.back()
    assert nav.route == "home"


def test_items_the_new_content_lacks_leave_the_history(qapp: object, mini: Path) -> None:
    ex = exhibit(mini)
    context = AppContext(ex, mini)
    nav = Navigator(context)
    nav.begin()
    nav.go("story")
    nav.go("chapter/third")
    smaller = ex.model_copy(update={"chapters": [c for c in ex.chapters if c.id != "third"]})
    context.set_exhibit(smaller, mini)
    assert nav.current == Route("story")
    nav.back()
    assert nav.route == "home"
