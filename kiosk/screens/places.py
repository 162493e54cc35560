"""A place's page: what it is, and what happened there."""

from __future__ import annotations

from kiosk.screens.data import PlacePage
from kiosk.screens.events import EventPages


class PlacePages(EventPages):
    def place_events(self, place_id: str) -> tuple[list[str], list[str]]:
        """Events that happened at a place, and events that name it among others, in order."""
        here, named = [], []
        for ident in self.chronology():
            e = self._events[ident]
            if e.place == place_id:
                here.append(ident)
            elif place_id in e.places:
                named.append(ident)
        return here, named

    def place(self, place_id: str) -> PlacePage:
        p = self._places[place_id]
        name = self.loc(p.name)
        summary = self.loc(p.summary)
        here, named = self.place_events(p.id)
        return PlacePage(
            id=p.id,
            name=name.text,
            native=p.native if p.native and p.native != name.text else "",
            kind=p.kind.value,
            summary=summary.text,
            fallback=name.fallback or summary.fallback,
            events=self.links(self.event_link, here),
            mentions=self.links(self.event_link, named),
            chapters=self.links(self.chapter_link, [c.id for c in self.ex.chapters if p.id in c.places]),
            photos=self.links(self.photo_link, [ph.id for ph in self.ex.photos if ph.place == p.id]),
        )
