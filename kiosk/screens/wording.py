"""Exhibit text in the visitor's language: fallbacks marked, dates written as the language writes
them, sources cited, links to other screens. The base of the presenter (kiosk/screens/present.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.content import markdown
from kiosk.content.dates import DateSpan, Precision
from kiosk.content.formatting import format_date, format_number, month_name
from kiosk.content.model import NEUTRAL, Exhibit, Person
from kiosk.screens.data import Block, Lead, Link, Neighbours
from kiosk.screens.routes import Route

ImageUrl = Callable[[str, str], str]  # (photo id, "thumb" | "screen") -> url


@dataclass(frozen=True)
class Localized:
    text: str
    fallback: bool  # shown in the default language because this one is missing


class Wording:
    def __init__(self, exhibit: Exhibit, language: str, image_url: ImageUrl, ui: Callable[[str], str]):
        self.ex = exhibit
        self.lang = language if language in exhibit.languages else exhibit.default_language
        self.region = exhibit.manifest.region(self.lang)  # how dates and numbers are written
        self.image_url = image_url
        self.ui = ui  # translates an interface word ("Chapter") into the visitor's language
        self._photos = {p.id: p for p in exhibit.photos}
        self._people = {p.id: p for p in exhibit.people}
        self._places = {p.id: p for p in exhibit.places}
        self._events = {e.id: e for e in exhibit.events}
        self._chapters = {c.id: c for c in exhibit.chapters}
        self._galleries = {g.id: g for g in exhibit.galleries}
        self._phases = {p.id: p for p in exhibit.phases}
        self._groups = {g.id: g for g in exhibit.groups}
        self._organisations = {o.id: o for o in exhibit.organisations}

    # --- text -------------------------------------------------------------------------------
    def loc(self, value: dict[str, str] | None) -> Localized:
        if not value:
            return Localized("", False)
        if self.lang in value:
            return Localized(value[self.lang], False)
        if NEUTRAL in value:
            return Localized(value[NEUTRAL], False)
        default = self.ex.default_language
        if default in value:
            return Localized(value[default], True)
        return Localized(next(iter(value.values())), True)

    def t(self, value: dict[str, str] | None) -> str:
        return self.loc(value).text

    def body(self, bodies: dict[str, dict[str, str]], ident: str) -> tuple[tuple[Block, ...], bool]:
        texts = bodies.get(ident, {})
        fallback = self.lang not in texts
        source = texts.get(self.lang) or texts.get(self.ex.default_language) or ""
        blocks = tuple(Block(b.kind.value, b.markup) for b in markdown.parse(source))
        return blocks, fallback and bool(source)

    def sources(self, ids: Sequence[str]) -> tuple[str, ...]:
        known = {s.id: s for s in self.ex.manifest.source}
        out = []
        for ident in ids:
            s = known[ident]
            parts = [s.author, f"“{s.title}”"]
            if s.year:
                parts.append(str(s.year))
            if s.pages:
                parts.append(f"{self.ui('pp.')} {s.pages}")
            out.append(", ".join(parts))
        return tuple(out)

    # --- dates ------------------------------------------------------------------------------
    def date(self, span: DateSpan | None) -> str:
        return format_date(span, self.region) if span else ""

    def day_text(self, day: dt.date) -> str:
        """One day, as this language writes it."""
        return format_date(DateSpan(day, day, Precision.DAY, day.isoformat()), self.region)

    def period_text(self, first: dt.date, last: dt.date) -> str:
        if first == last:
            return self.day_text(first)
        return format_date(
            DateSpan(first, last, Precision.RANGE, f"{first.isoformat()}/{last.isoformat()}"), self.region
        )

    def month_name(self, month: int) -> str:
        return month_name(month, self.region)

    def month_text(self, year: int, month: int) -> str:
        return format_date(DateSpan.parse(f"{year:04d}-{month:02d}"), self.region)

    def number(self, value: float) -> str:
        return format_number(value, self.region)

    def life_dates(self, p: Person) -> str:
        if p.born or p.died:
            return f"{p.born.start.year if p.born else '?'}–{p.died.start.year if p.died else ''}".rstrip("–")
        return ""

    # --- links ------------------------------------------------------------------------------
    def photo_link(self, photo_id: str) -> Link:
        p = self._photos[photo_id]
        return Link(p.id, Route("photo", p.id), self.t(p.title), thumb=self.image_url(p.id, "thumb"))

    def person_link(self, person_id: str) -> Link:
        p = self._people[person_id]
        return Link(p.id, Route("person", p.id), self.t(p.name), self.portrait(p, "thumb"), self.colour(p))

    def portrait(self, p: Person, variant: str) -> str:
        """The person's portrait (a derived image), or "" when they have none."""
        return self.image_url(p.portrait, variant) if p.portrait and p.portrait in self._photos else ""

    def colour(self, p: Person) -> str:
        """The palette colour of the person's group, "" when they are in none."""
        group = self._groups.get(p.group) if p.group else None
        return group.colour.value if group and group.colour else ""

    def chapter_link(self, chapter_id: str) -> Link:
        c = self._chapters[chapter_id]
        return Link(c.id, Route("chapter", c.id), self.t(c.title))

    def event_link(self, event_id: str) -> Link:
        e = self._events[event_id]
        return Link(e.id, Route("event", e.id), self.t(e.title), date=self.date(e.date))

    def place_link(self, place_id: str) -> Link:
        p = self._places[place_id]
        return Link(p.id, Route("place", p.id), self.t(p.name))

    def links(self, make: Callable[[str], Link], ids: Sequence[str]) -> tuple[Link, ...]:
        return tuple(make(i) for i in ids)

    def lead(self, photo_id: str | None) -> Lead | None:
        """The large picture at the head of a page, when there is one."""
        photo = self._photos.get(photo_id) if photo_id else None
        if photo is None:
            return None
        return Lead(self.image_url(photo.id, "screen"), Route("photo", photo.id), self.t(photo.title))

    def neighbours(self, screen: str, order: Sequence[str], index: int, titles: dict[str, str]) -> Neighbours:
        """Previous and next in ``order`` (ids of ``screen``), with the next one's title."""
        previous = order[index - 1] if index > 0 else None
        following = order[index + 1] if index + 1 < len(order) else None
        return Neighbours(
            number=index + 1,
            count=len(order),
            previous=Route(screen, previous) if previous else None,
            next=Route(screen, following) if following else None,
            next_title=titles[following] if following else "",
        )


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha() and w[:1].isupper()]
    if not words:
        return name[:1].upper()
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()
