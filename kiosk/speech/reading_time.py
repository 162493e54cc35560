"""Reading orders of the timeline and the map: the campaign in time, and what happened where on the
day the map shows. No Qt.

The timeline is read phase by phase, each phase's events in order, then the events known only to a
month or longer, as the screen lays them out in lanes of their own. The map is read as its date (a
slider: one step goes to the next or previous day on which something happened), that day's events
with their places, the places named on the map, and its key.
"""

from __future__ import annotations

import datetime as dt

from kiosk.content.chronology import events_on, is_exact
from kiosk.content.timeline import LayoutParams
from kiosk.map.campaign import map_domain
from kiosk.screens.routes import Route
from kiosk.screens.timeline_view import EventSummary, TimelineCard, TimelineView, event_summary, timeline_view
from kiosk.speech.reading import SPEECH, Action, Do, MapState, Reader, ReadingItem, Role, go
from kiosk.speech.reading_pages import PageReader

Items = list[ReadingItem | None]


def default_timeline(reader: Reader) -> TimelineView:
    """The timeline's layout as the screen first makes it (its order does not depend on the sizes)."""
    return timeline_view(reader.p, LayoutParams(), 4)


def event_days(reader: Reader) -> list[dt.date]:
    """The map's days on which an event dated to the day (or a few days) happened, in order."""
    domain = map_domain(reader.ex)
    if domain is None:
        return []
    days = {
        domain.clamp(e.date.start)
        for e in reader.ex.events
        if is_exact(e.date) and e.date.end >= domain.first
    }
    return sorted(d for d in days if domain.first <= d <= domain.last)


def map_day(reader: Reader, state: MapState) -> dt.date | None:
    domain = map_domain(reader.ex)
    if domain is None:
        return None
    return domain.clamp(state.day) if state.day else domain.last


class TimeReader(PageReader):
    # --- the timeline -----------------------------------------------------------------------------
    def timeline(self, view: TimelineView) -> Items:
        ctx = "TimelineScreen"
        items: Items = [self.item("title", self.w(ctx, "Timeline, %1", view.period), Role.HEADING)]
        before = [c for c in view.cards if view.before_width > 0 and c.x < view.before_width]
        after = [c for c in view.cards if view.has_after and c.x >= view.after_x]
        placed = {c.id for c in before + after}
        exact = [c for c in view.cards if c.group == "exact" and c.id not in placed]
        loose = [c for c in view.cards if c.group != "exact" and c.id not in placed]
        if before:
            items.append(self.item("earlier", self.w(ctx, "Earlier"), Role.HEADING))
            items += [self._card(c) for c in _by_x(before)]
        starts = {p.id: p.start.start for p in self.ex.phases}
        phases = sorted(view.phases, key=lambda ph: (starts.get(ph.id, dt.date.max), ph.x))
        dates = {e.id: e.date.start for e in self.ex.events}
        cards = _by_x(exact)
        for i, phase in enumerate(phases):
            if i == 0:
                # Events of the scale before any phase begins come before the first phase.
                items += [self._card(c) for c in cards if dates[c.id] < starts.get(phase.id, dt.date.min)]
            until = starts.get(phases[i + 1].id, dt.date.max) if i + 1 < len(phases) else dt.date.max
            begins = starts.get(phase.id, dt.date.min)
            items.append(
                self.item(
                    f"phase/{phase.id}",
                    f"{phase.title}  ·  {phase.dates}",
                    Role.HEADING,
                    spoken=f"{phase.title}, {phase.dates}",
                )
            )
            items += [self._card(c) for c in cards if begins <= dates[c.id] < until]
        if not phases:
            items += [self._card(c) for c in cards]
        if loose:
            items.append(
                self.item(
                    "loose", self.w(ctx, "Known only to the month, or over a longer time"), Role.HEADING
                )
            )
            items += [self._card(c) for c in _by_x(loose)]
        if after:
            items.append(self.item("later", self.w(ctx, "Later"), Role.HEADING))
            items += [self._card(c) for c in _by_x(after)]
        return items

    def _card(self, card: TimelineCard) -> ReadingItem | None:
        spoken = f"{card.title}, {card.date}"
        return self.item(
            f"link/{card.route}", f"{card.date}: {card.title}", Role.LINK, go(card.route), spoken=spoken
        )

    # --- the map -----------------------------------------------------------------------------------
    def campaign_map(self, state: MapState) -> Items:
        """The map screen: its date, the day's events (or the place touched), its scenes, the map."""
        ctx = "MapScreen"
        items: Items = []
        day = map_day(self, state)
        items += self._date(day, state, heading=True)
        if state.selected and any(p.id == state.selected for p in self.ex.places):
            items += self.place_panel(self.p.place(state.selected))
            more = self.w(ctx, "More about this place")
            items.append(self.item("place/more", more, Role.BUTTON, go(Route("place", state.selected))))
            items.append(
                self.item("place/close", self.w("PlacePanel", "Close"), Role.BUTTON, Action(Do.PRESS))
            )
        else:
            items += self._day_events(day)
            hint = self.w(ctx, "Touch a place on the map to see what happened there.")
            items.append(self.item("hint", hint))
        # The scene buttons sit above the date on screen; by ear the date and what happened come
        # first, so that the first thing heard on the map is where in time the visitor is.
        if len(state.scenes) > 1:
            for ident, title in state.scenes:
                label = title or self.w(ctx, "Whole map")
                items.append(
                    self.item(
                        f"scene/{ident}", label, Role.BUTTON, Action(Do.PRESS), selected=ident == state.scene
                    )
                )
        items += self._on_the_map(state)
        return items

    def place_screen(self, place_id: str, state: MapState) -> Items:
        day = map_day(self, state)
        shows = self.w("PlaceScreen", "The map shows %1", self.p.day_text(day)) if day else ""
        items: Items = [
            *self.place_panel(self.p.place(place_id)),
            self.item("map/shows", shows),
            self.item("map/off", self.w("OffMapPointer", "%1, off this map", state.off_map))
            if state.off_map
            else None,
            self.item("map/whole", self.w("PlaceScreen", "Whole map"), Role.BUTTON, go(Route("map"))),
            *self._date(day, state, heading=False),
            *self._on_the_map(state),
        ]
        return items

    def _date(self, day: dt.date | None, state: MapState, *, heading: bool) -> Items:
        if day is None:
            return []
        text = self.p.day_text(day)
        ctx = "TimeBar"
        play = self.w(ctx, "Pause" if state.playing else "Play")
        return [
            self.item("date", text, Role.HEADING) if heading else None,
            self.item("slider", self.w(ctx, "Date: %1", text), Role.SLIDER, Action(Do.ADJUST)),
            self.item("play", play, Role.BUTTON, Action(Do.PRESS)),
        ]

    def _day_events(self, day: dt.date | None) -> Items:
        ctx = "MapScreen"
        if day is None:
            return []
        found = events_on(day, self.p.dated_events())
        items: Items = []
        if found.day:
            items.append(self.item("on-this-day", self.w(ctx, "On this day"), Role.HEADING))
        else:
            items.append(self.item("on-this-day", self.w(ctx, "No event is dated to this day.")))
        items += [self._row(event_summary(self.p, ident)) for ident in found.day]
        if found.around:
            items.append(self.item("around", self.w(ctx, "Around this time"), Role.HEADING))
            items += [self._row(event_summary(self.p, ident)) for ident in found.around]
        return items

    def _row(self, event: EventSummary) -> ReadingItem | None:
        spoken = ", ".join(part for part in (event.title, event.date, event.place) if part)
        return self.item(f"link/{event.route}", event.title, Role.LINK, go(event.route), spoken=spoken)

    def _on_the_map(self, state: MapState) -> Items:
        """The places named on the map (each opens its page), the arrows' key, the land and water."""
        places = (
            state.places
            if state.places is not None
            else tuple((p.id, self.p.t(p.name)) for p in self.ex.places)
        )
        items: Items = []
        if places:
            items.append(self.item("places", self.w(SPEECH, "Places on the map"), Role.HEADING))
            for ident, name in places:
                route = Route("place", ident)
                items.append(self.item(f"map/place/{ident}", name, Role.LINK, go(route)))
        if state.legend:
            items.append(
                self.item("legend", self.w(SPEECH, "Arrows on the map: %1", ", ".join(state.legend)))
            )
        if state.areas:
            items.append(self.item("areas", self.w(SPEECH, "Also on the map: %1", ", ".join(state.areas))))
        return items


def _by_x(cards: list[TimelineCard]) -> list[TimelineCard]:
    return sorted(cards, key=lambda c: (c.x, c.lane))
