"""The one table of screens. Pure Python: no Qt.

Each screen's name, whether it takes an argument (and which arguments the exhibit allows), the
presenter method that builds its data, the part of the exhibit it belongs to (and whether that
part is a home tile), whether it is in the proof, its name in the visitor report, and the QML view
that shows it. The navigator, the screen data, the proof, the home tiles, analytics and the
views' Loader all read it from here.

To add a screen: a row here, its data (kiosk/screens/data.py and a presenter method) if it has
any, and its view ``kiosk/ui/qml/Kiosk/screens/<view>.qml``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.content.model import Exhibit
from kiosk.screens.data import NotFound, PeoplePage, ScreenData, Tile
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route

log = logging.getLogger(__name__)

Items = Callable[[Exhibit], Sequence[str]]
Build = Callable[[Presenter, str], ScreenData]


@dataclass(frozen=True)
class HomeTile:
    """The screen is a tile on the home screen; its blurb counts the items of ``counts``."""

    counts: str


@dataclass(frozen=True)
class Screen:
    name: str  # the route's first part
    view: str  # the QML component that shows it
    items: Items | None = None  # takes an argument: the valid ones (None: takes none)
    build: Build | None = None  # the presenter method that builds its data (None: the view needs none)
    section: str = ""  # the part of the exhibit it belongs to; shown only when that part has items
    tile: HomeTile | None = None
    proof: bool = True  # in ``kiosk proof`` (every item, in table order)
    analytics: str = ""  # the visitor report ranks these screens item by item under this heading


def _everyone(presenter: Presenter, _arg: str) -> PeoplePage:
    return presenter.people()


SCREENS: tuple[Screen, ...] = (
    Screen("attract", "AttractScreen"),
    Screen("home", "HomeScreen"),
    Screen("story", "StoryScreen", section="story", tile=HomeTile(counts="chapter")),
    Screen(
        "chapter",
        "ChapterScreen",
        items=lambda ex: [c.id for c in ex.chapters],
        build=Presenter.chapter,
        section="story",
        analytics="Chapters",
    ),
    Screen("galleries", "GalleriesScreen", section="galleries", tile=HomeTile(counts="photo")),
    Screen(
        "gallery",
        "GalleryScreen",
        items=lambda ex: [g.id for g in ex.galleries],
        build=Presenter.gallery,
        section="galleries",
    ),
    Screen(
        "photo",
        "PhotoScreen",
        items=lambda ex: [p.id for p in ex.photos],
        build=Presenter.photo,
        section="galleries",
        analytics="Photos",
    ),
    Screen(
        "people",
        "PeopleScreen",
        build=_everyone,
        section="people",
        tile=HomeTile(counts="person"),
    ),
    Screen(
        "person",
        "PersonScreen",
        items=lambda ex: [p.id for p in ex.people],
        build=Presenter.person,
        section="people",
        analytics="People",
    ),
    Screen("timeline", "TimelineScreen", section="timeline", tile=HomeTile(counts="event")),
    Screen(
        "event",
        "EventScreen",
        items=lambda ex: [e.id for e in ex.events],
        build=Presenter.event,
        section="timeline",
    ),
    Screen("map", "MapScreen", section="map", tile=HomeTile(counts="place")),
    Screen(
        "place",
        "PlaceScreen",
        items=lambda ex: [p.id for p in ex.places],
        build=Presenter.place,
        section="map",
    ),
)
BY_NAME = {s.name: s for s in SCREENS}
ATTRACT, HOME = Route("attract"), Route("home")


def screen(route: Route) -> Screen:
    """The table's row for a route that :func:`resolve` accepted."""
    return BY_NAME[route.screen]


def resolve(text: str, exhibit: Exhibit) -> Route | None:
    """The route ``text`` names, or None when it leads nowhere in this exhibit: an unknown screen,
    an argument missing or too many, or an item the exhibit does not have."""
    try:
        route = Route.parse(text)
    except ValueError:
        return None
    return route if leads_somewhere(route, exhibit) else None


def leads_somewhere(route: Route, exhibit: Exhibit) -> bool:
    spec = BY_NAME.get(route.screen)
    if spec is None:
        return False
    if spec.items is None:
        return not route.arg
    return bool(route.arg) and route.arg in spec.items(exhibit)


def sections(exhibit: Exhibit) -> list[str]:
    """The parts this exhibit has: a part is there when its first screen with items has some."""
    present: dict[str, bool] = {}
    for spec in SCREENS:
        if spec.section and spec.items is not None and spec.section not in present:
            present[spec.section] = bool(spec.items(exhibit))
    return [name for name, there in present.items() if there]


def proof_routes(exhibit: Exhibit) -> list[Route]:
    """Every screen a visitor can reach, in the table's order: the proof sheet's reading order."""
    present = set(sections(exhibit))
    routes: list[Route] = []
    for spec in SCREENS:
        if not spec.proof or (spec.section and spec.section not in present):
            continue
        if spec.items is None:
            routes.append(Route(spec.name))
        else:
            routes += [Route(spec.name, item) for item in spec.items(exhibit)]
    return routes


def home_tiles(presenter: Presenter) -> list[Tile]:
    """The home screen's tiles, in the curator's order, for the parts this exhibit has."""
    exhibit = presenter.ex
    tiles = {s.section: s for s in SCREENS if s.tile is not None}
    present = [name for name in sections(exhibit) if name in tiles]
    order = [name for name in exhibit.manifest.home_order if name in present]
    order += [name for name in present if name not in order]
    covers = presenter.section_covers()
    out = []
    for name in order:
        spec = tiles[name]
        assert spec.tile is not None
        counted = BY_NAME[spec.tile.counts].items
        count = len(counted(exhibit)) if counted else 0
        out.append(Tile(name, Route(spec.name), count, covers.get(name, "")))
    return out


def screen_data(presenter: Presenter, route: Route) -> ScreenData | NotFound:
    """What the screen of ``route`` shows, or NotFound when the route names nothing (any more)."""
    spec = BY_NAME.get(route.screen)
    if spec is None or spec.build is None or (spec.items is not None and not route.arg):
        return NotFound(route)  # no such screen, or no item asked for (a panel with nothing chosen)
    try:
        return spec.build(presenter, route.arg)
    except KeyError:
        # The content changed under this screen and the item is gone.
        log.info("screen %s has no data after a content change", route)
        return NotFound(route)


def ranked_in_report() -> dict[str, str]:
    """The screens the visitor report ranks item by item, with their headings, in table order."""
    return {s.name: s.analytics for s in SCREENS if s.analytics}
