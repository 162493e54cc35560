"""People: everyone grouped by side, and each person's page."""

from __future__ import annotations

from kiosk.content.model import Person, Side
from kiosk.screens.data import PeopleGroup, PeoplePage, PersonCard, PersonPage
from kiosk.screens.routes import Route
from kiosk.screens.wording import Wording, initials

SIDE_ORDER = [Side.SOVIET, Side.YUGOSLAV, Side.BULGARIAN, Side.GERMAN, Side.OTHER]


class PeoplePages(Wording):
    def people(self) -> PeoplePage:
        groups = []
        for side in SIDE_ORDER:
            members = sorted(
                (p for p in self.ex.people if p.side is side),
                key=lambda p: (p.kind != "commander", (p.sort_name or self.t(p.name)).casefold()),
            )
            if members:
                cards = tuple(self.person_card(p) for p in members)
                groups.append(PeopleGroup(side.value, self.ui(f"side:{side.value}"), cards))
        return PeoplePage(tuple(groups))

    def person_card(self, p: Person) -> PersonCard:
        name = self.t(p.name)
        return PersonCard(
            p.id,
            Route("person", p.id),
            name,
            self.t(p.rank),
            self.life_dates(p),
            p.side.value,
            initials(name),
        )

    def person(self, person_id: str) -> PersonPage:
        p = self._people[person_id]
        blocks, fallback = self.body(self.ex.person_bodies, p.id)
        photos = list(dict.fromkeys([*p.photos, *(ph.id for ph in self.ex.photos if p.id in ph.people)]))
        events = list(dict.fromkeys([*p.events, *(e.id for e in self.ex.events if p.id in e.people)]))
        return PersonPage(
            card=self.person_card(p),
            native_name=p.native_name or "",
            side_label=self.ui(f"side:{p.side.value}"),
            blocks=blocks,
            fallback=fallback,
            born=self.date(p.born),
            died=self.date(p.died),
            photos=self.links(self.photo_link, photos),
            chapters=self.links(self.chapter_link, [c.id for c in self.ex.chapters if p.id in c.people]),
            events=self.links(self.event_link, events),
            sources=self.sources(p.sources),
            note=self.t(p.note),
            portrait=self.image_url(p.portrait, "thumb") if p.portrait else "",
        )
