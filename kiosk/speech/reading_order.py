"""A screen's whole reading order, and everything an exhibit's screens may say. No Qt.

``ScreenReader(presenter, words).order(route, shell, map_state, timeline)`` is what speech mode
reads on a screen: the screen's own items, then the navigation bar; while "Still there?" or the
accessibility panel is open, only that. :func:`everything_said` walks every route of the screen
table in every language (the map on every day something happened) for preparing the speech cache
and for ``kiosk proof --speech``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import combinations

from kiosk.content.languages import endonym
from kiosk.content.model import Exhibit
from kiosk.screens.data import (
    ChapterPage,
    EventPage,
    GalleryPage,
    NotFound,
    PeoplePage,
    PersonPage,
    PhotoPage,
    PlacePage,
    ScreenData,
)
from kiosk.screens.present import Presenter
from kiosk.screens.routes import Route
from kiosk.screens.table import ATTRACT, proof_routes, screen_data
from kiosk.screens.timeline_view import TimelineView
from kiosk.speech.reading import MapState, ReadingItem, Shell, Spoken, Words, compact
from kiosk.speech.reading_time import TimeReader, default_timeline, event_days

Items = list[ReadingItem | None]
MAX_LEGEND_GROUPS = 7  # 127 ways the map's key may read, per language
MakePresenter = Callable[[Exhibit, str], Presenter]


class ScreenReader(TimeReader):
    def order(
        self,
        route: Route,
        shell: Shell | None = None,
        map_state: MapState | None = None,
        timeline: TimelineView | None = None,
    ) -> list[ReadingItem]:
        shell = shell or self.default_shell()
        if shell.idle_seconds is not None:
            return compact(self.idle(shell.idle_seconds))
        if shell.panel_open:
            return compact(self.panel(shell))
        body = self.screen(route, map_state or MapState(), timeline)
        if route == ATTRACT:
            return compact(body)
        return compact([*body, *self.shell(shell)])

    def screen(self, route: Route, map_state: MapState, timeline: TimelineView | None) -> Items:
        """The screen's own items, without the navigation bar around it."""
        name = route.screen
        if name == "attract":
            return self.attract()
        if name == "home":
            return self.home()
        if name == "story":
            return self.story()
        if name == "galleries":
            return self.galleries()
        if name == "timeline":
            return self.timeline(timeline or default_timeline(self))
        if name == "map":
            return self.campaign_map(map_state)
        data = screen_data(self.p, route)
        if isinstance(data, NotFound):
            return []
        return self.page(data, map_state)

    def page(self, data: ScreenData, map_state: MapState) -> Items:
        if isinstance(data, ChapterPage):
            return self.chapter(data)
        if isinstance(data, PhotoPage):
            return self.photo(data)
        if isinstance(data, GalleryPage):
            return self.gallery(data)
        if isinstance(data, PeoplePage):
            return self.people(data)
        if isinstance(data, PersonPage):
            return self.person(data)
        if isinstance(data, EventPage):
            return self.event(data)
        if isinstance(data, PlacePage):
            return self.place_screen(data.id, map_state)
        return []

    def default_shell(self, can_go_back: bool = True) -> Shell:
        languages = self.ex.languages
        return Shell(tuple((code, endonym(code, languages)) for code in languages), can_go_back=can_go_back)


def legends(groups: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """The map's key as it may read: the groups whose arrows show, in the exhibit's order (every
    choice of them, up to ``MAX_LEGEND_GROUPS`` groups; beyond that, only all of them)."""
    if len(groups) > MAX_LEGEND_GROUPS:
        yield tuple(groups)
        return
    for size in range(1, len(groups) + 1):
        yield from combinations(groups, size)


def readers(
    exhibit: Exhibit, words: Words, make: MakePresenter, languages: Sequence[str] | None = None
) -> Iterator[ScreenReader]:
    for language in languages or exhibit.languages:
        yield ScreenReader(make(exhibit, language), words)


def everything_said(
    exhibit: Exhibit,
    words: Words,
    make: MakePresenter,
    *,
    idle_seconds: int = 20,
    scenes: Callable[[Presenter], Sequence[tuple[str, str]]] | None = None,
) -> list[tuple[str, str]]:
    """Every (language, text) the exhibit's reading orders can say: each route in each language,
    with and without Back, the map on every day something happened and with each of its
    ``scenes`` (id, title in the presenter's language) chosen, the panel and 'Still there?'."""
    spoken = Spoken()
    for reader in readers(exhibit, words, make):
        shown = tuple(scenes(reader.p)) if scenes is not None else ()
        for ident, _title in shown:
            spoken.add(compact(reader.campaign_map(MapState(scenes=shown, scene=ident))))
        for legend in legends([reader.p.t(g.name) for g in exhibit.groups]):
            spoken.add(compact(reader.campaign_map(MapState(places=(), legend=legend))))
        shell = reader.default_shell()
        for route in proof_routes(exhibit):
            spoken.add(reader.order(route, shell))
        spoken.add(compact(reader.shell(replace(shell, can_go_back=False))))
        for day in event_days(reader):
            spoken.add(compact(reader.campaign_map(MapState(day=day))))
        for step in range(shell.text_steps):
            on = replace(shell, text_step=step, high_contrast=step % 2 == 1, reach_mode=step % 2 == 1)
            spoken.add(compact(reader.panel(on)))
        spoken.add(compact(reader.panel(replace(shell, high_contrast=False, reach_mode=False))))
        spoken.add(compact(reader.idle(idle_seconds)))
    return spoken.pairs()
