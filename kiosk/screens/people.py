"""People: everyone, in the groups the exhibit declares, and each person's page."""

from __future__ import annotations

from kiosk.content.model import Person
from kiosk.screens.data import PeopleGroup, PeoplePage, PersonCard, PersonPage
from kiosk.screens.routes import Route
from kiosk.screens.wording import Wording, initials


class PeoplePages(Wording):
    def people(self) -> PeoplePage:
        """The declared groups in their order, each with its people; the people in no group (or in
        a group the exhibit does not declare) form one list with no heading, after them."""
        groups = []
        for group in self.ex.groups:
            members = [p for p in self.ex.people if p.group == group.id]
            if members:
                colour = group.colour.value if group.colour else ""
                groups.append(PeopleGroup(group.id, self.t(group.name), colour, self._cards(members)))
        rest = [p for p in self.ex.people if p.group not in self._groups]
        if rest:
            groups.append(PeopleGroup("", "", "", self._cards(rest)))
        return PeoplePage(tuple(groups))

    def _cards(self, members: list[Person]) -> tuple[PersonCard, ...]:
        ordered = sorted(members, key=lambda p: (p.order, (p.sort_name or self.t(p.name)).casefold()))
        return tuple(self.person_card(p) for p in ordered)

    def person_card(self, p: Person) -> PersonCard:
        name = self.t(p.name)
        return PersonCard(
            p.id,
            Route("person", p.id),
            name,
            self.t(p.role),
            self.life_dates(p),
            self.colour(p),
            initials(name),
            self.portrait(p, "thumb"),
        )

    def person(self, person_id: str) -> PersonPage:
        p = self._people[person_id]
        blocks, fallback = self.body(self.ex.person_bodies, p.id)
        photos = list(dict.fromkeys([*p.photos, *(ph.id for ph in self.ex.photos if p.id in ph.people)]))
        events = list(dict.fromkeys([*p.events, *(e.id for e in self.ex.events if p.id in e.people)]))
        group = self._groups.get(p.group) if p.group else None
        return PersonPage(
            card=self.person_card(p),
            native_name=p.native_name or "",
            group=self.t(group.name) if group else "",
            blocks=blocks,
            fallback=fallback,
            born=self.date(p.born),
            died=self.date(p.died),
            photos=self.links(self.photo_link, photos),
            chapters=self.links(self.chapter_link, [c.id for c in self.ex.chapters if p.id in c.people]),
            events=self.links(self.event_link, events),
            sources=self.sources(p.sources),
            note=self.t(p.note),
            portrait=self.portrait(p, "screen"),
        )
