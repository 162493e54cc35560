"""Route strings: every screen has one (``chapter/foundational-myth``, ``person/tolbukhin``).

Tests, proofs and analytics address screens by route, so the list of routes is derived here,
from the content alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import Exhibit

SCREENS_WITHOUT_ARGUMENT = ("attract", "home", "story", "galleries", "people", "timeline", "map")
SCREENS_WITH_ARGUMENT = ("chapter", "gallery", "photo", "person", "event", "place")


@dataclass(frozen=True)
class Route:
    screen: str
    arg: str = ""

    @classmethod
    def parse(cls, text: str) -> Route:
        screen, _, arg = text.strip().strip("/").partition("/")
        if screen in SCREENS_WITHOUT_ARGUMENT and not arg:
            return cls(screen)
        if screen in SCREENS_WITH_ARGUMENT and arg:
            return cls(screen, arg)
        raise ValueError(f"'{text}' is not a route")

    def __str__(self) -> str:
        return f"{self.screen}/{self.arg}" if self.arg else self.screen


def all_routes(exhibit: Exhibit) -> list[Route]:
    """Every screen a visitor can reach, in a sensible reading order for a proof sheet."""
    routes = [Route("attract"), Route("home")]
    if exhibit.chapters:
        routes.append(Route("story"))
        routes += [Route("chapter", c.id) for c in exhibit.chapters]
    if exhibit.galleries:
        routes.append(Route("galleries"))
        routes += [Route("gallery", g.id) for g in exhibit.galleries]
        routes += [Route("photo", p.id) for p in exhibit.photos]
    if exhibit.people:
        routes.append(Route("people"))
        routes += [Route("person", p.id) for p in exhibit.people]
    if exhibit.events:
        routes.append(Route("timeline"))
        routes += [Route("event", e.id) for e in exhibit.events]
    if exhibit.places:
        routes.append(Route("map"))
        routes += [Route("place", p.id) for p in exhibit.places]
    return routes
