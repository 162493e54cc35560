"""Events in time: the timeline's cards and phases, and each event's page."""

from __future__ import annotations

from typing import Any

from kiosk.content.chronology import Dated, chronological, is_exact
from kiosk.content.model import Event
from kiosk.screens.data import EventPage
from kiosk.screens.routes import Route
from kiosk.screens.wording import Wording


class EventPages(Wording):
    _order: list[str] | None = None

    def chronology(self) -> list[str]:
        """Every event's id, in the timeline's order."""
        if self._order is None:
            self._order = [d.id for d in chronological(self.dated_events())]
        return self._order

    def dated_events(self) -> list[Dated]:
        return [Dated(e.id, e.date) for e in self.ex.events]

    def event_photo_ids(self, e: Event) -> list[str]:
        return list(dict.fromkeys([*e.photos, *(p.id for p in self.ex.photos if e.id in p.events)]))

    def event_card(self, event_id: str) -> dict[str, Any]:
        """An event as a timeline card or a list row (the timeline's and the map's list models)."""
        e = self._events[event_id]
        photos = self.event_photo_ids(e)
        phase = self._phases.get(e.phase) if e.phase else None
        place = self._places.get(e.place) if e.place else None
        return {
            "id": e.id,
            "route": str(Route("event", e.id)),
            "title": self.t(e.title),
            "date": self.date(e.date),
            "precision": e.date.precision.value,
            "approximate": not is_exact(e.date),
            "thumb": self.image_url(photos[0], "thumb") if photos else "",
            "phase": self.t(phase.title) if phase else "",
            "place": self.t(place.name) if place else "",
        }

    def timeline_phases(self) -> list[dict[str, Any]]:
        return [
            {"id": p.id, "title": self.t(p.title), "dates": self.period_text(p.start.start, p.end.end)}
            for p in self.ex.phases
        ]

    def event(self, event_id: str) -> EventPage:
        e = self._events[event_id]
        order = self.chronology()
        index = order.index(e.id)
        title = self.loc(e.title)
        summary = self.loc(e.summary)
        photos = self.event_photo_ids(e)
        phase = self._phases.get(e.phase) if e.phase else None
        where = e.place or next(iter(e.places), None)
        places = [*([e.place] if e.place else []), *(p for p in e.places if p != e.place)]
        following = order[index + 1] if index + 1 < len(order) else ""
        return EventPage(
            id=e.id,
            title=title.text,
            fallback=title.fallback or summary.fallback,
            date=self.date(e.date),
            precision=e.date.precision.value,
            approximate=not is_exact(e.date),
            phase=self.t(phase.title) if phase else "",
            paragraphs=tuple(p.strip() for p in summary.text.split("\n\n") if p.strip()),
            places=self.links(self.place_link, places),
            map_route=Route("place", where) if where else None,
            map_place=self.t(self._places[where].name) if where else "",
            people=self.links(self.person_link, e.people),
            organisations=tuple(self.t(self._organisations[o].name) for o in e.organisations),
            photos=self.links(self.photo_link, photos),
            chapters=self.links(self.chapter_link, [c.id for c in self.ex.chapters if e.id in c.events]),
            sources=self.sources(e.sources),
            note=self.t(e.note),
            lead=self.lead(photos[0] if photos else None),
            sequence=self.neighbours(
                "event", order, index, {following: self.t(self._events[following].title)} if following else {}
            ),
        )
