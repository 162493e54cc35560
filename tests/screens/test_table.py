"""The screen table: one row per screen, and everything that lists screens derives from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.resources import qml_dir
from kiosk.screens import table
from kiosk.screens.data import NotFound, PeoplePage
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route


def exhibit(root: Path) -> Exhibit:
    found = load(root).exhibit
    assert found is not None
    return found


def presenter(root: Path) -> Presenter:
    return Presenter(exhibit(root), "en", lambda pid, v: f"image://derived/{pid}/{v}", lambda key: key)


def test_every_screen_has_its_view() -> None:
    views = qml_dir() / "Kiosk" / "screens"
    for spec in table.SCREENS:
        assert (views / f"{spec.view}.qml").is_file(), spec.name
    assert len(table.BY_NAME) == len(table.SCREENS)


def test_routes_are_made_and_read_in_one_place() -> None:
    assert str(Route("person", "tito")) == "person/tito" and str(Route("home")) == "home"
    assert Route.parse("/person/tito/") == Route("person", "tito")
    with pytest.raises(ValueError):
        Route.parse("  ")


def test_a_route_leads_somewhere_only_to_an_item_the_exhibit_has(mini: Path) -> None:
    ex = exhibit(mini)
    assert table.resolve("chapter/first", ex) == Route("chapter", "first")
    assert table.resolve("home", ex) == Route("home")
    for dead in ("chapter/nope", "chapter", "home/extra", "admin", "", "gallery/"):
        assert table.resolve(dead, ex) is None, dead


def test_the_proof_visits_every_item_in_table_order(mini: Path) -> None:
    routes = [str(r) for r in table.proof_routes(exhibit(mini))]
    assert routes[:4] == ["attract", "home", "story", "chapter/first"]
    assert routes.index("galleries") < routes.index("gallery/armour") < routes.index("photo/tank")
    assert routes.index("people") < routes.index("person/tito") < routes.index("timeline")
    assert len(routes) == len(set(routes))
    assert all(table.leads_somewhere(Route.parse(r), exhibit(mini)) for r in routes)


def test_home_tiles_follow_the_curators_order_and_count_their_items(mini: Path) -> None:
    p = presenter(mini)
    tiles = table.home_tiles(p)
    sections = [t.section for t in tiles]
    assert sections[: len(p.ex.manifest.home_order)] == [
        s for s in p.ex.manifest.home_order if s in table.sections(p.ex)
    ]
    by_name = {t.section: t for t in tiles}
    assert by_name["story"].count == len(p.ex.chapters)
    assert by_name["galleries"].count == len(p.ex.photos)  # the blurb counts photographs
    assert by_name["galleries"].route == Route("galleries")


def test_screen_data_is_typed_and_says_when_an_item_is_gone(mini: Path) -> None:
    p = presenter(mini)
    assert isinstance(table.screen_data(p, Route("people")), PeoplePage)
    assert table.screen_data(p, Route("chapter", "gone")) == NotFound(Route("chapter", "gone"))
    assert isinstance(table.screen_data(p, Route("story")), NotFound)  # a list screen has no data


def test_the_visitor_report_ranks_what_the_table_says() -> None:
    assert table.ranked_in_report() == {"chapter": "Chapters", "photo": "Photos", "person": "People"}
