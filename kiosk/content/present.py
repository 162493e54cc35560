"""What each screen shows, as plain data for one language. Pure Python: no Qt.

The Qt bridge hands these dicts to QML unchanged, so every decision about what a visitor sees
(fallback language, link lists, neighbours, dates) is made here and tested without a display.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.content import markdown
from kiosk.content.chronology import Dated, chronological, is_exact
from kiosk.content.dates import DateSpan, Precision
from kiosk.content.model import NEUTRAL, Event, Exhibit, Person, Photo, Place, Side

ImageUrl = Callable[[str, str], str]  # (photo id, "thumb" | "screen") -> url

SIDE_ORDER = [Side.SOVIET, Side.YUGOSLAV, Side.BULGARIAN, Side.GERMAN, Side.OTHER]


@dataclass(frozen=True)
class Localized:
    text: str
    fallback: bool  # shown in the default language because this one is missing


class Presenter:
    def __init__(self, exhibit: Exhibit, language: str, image_url: ImageUrl, ui: Callable[[str], str]):
        self.ex = exhibit
        self.lang = language if language in exhibit.languages else exhibit.default_language
        self.image_url = image_url
        self.ui = ui  # translates an interface word ("Chapter") into the visitor's language
        self._photos = {p.id: p for p in exhibit.photos}
        self._people = {p.id: p for p in exhibit.people}
        self._places = {p.id: p for p in exhibit.places}
        self._events = {e.id: e for e in exhibit.events}
        self._chapters = {c.id: c for c in exhibit.chapters}
        self._galleries = {g.id: g for g in exhibit.galleries}
        self._phases = {p.id: p for p in exhibit.phases}
        self._order: list[str] | None = None

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

    def body(self, bodies: dict[str, dict[str, str]], ident: str) -> tuple[list[dict[str, str]], bool]:
        texts = bodies.get(ident, {})
        fallback = self.lang not in texts
        source = texts.get(self.lang) or texts.get(self.ex.default_language) or ""
        blocks = [{"kind": b.kind.value, "markup": b.markup} for b in markdown.parse(source)]
        return blocks, fallback and bool(source)

    def date(self, span: DateSpan | None) -> str:
        return format_date(span, self.lang) if span else ""

    # --- links ------------------------------------------------------------------------------
    def photo_link(self, photo_id: str) -> dict[str, Any]:
        p = self._photos[photo_id]
        return {
            "id": p.id,
            "route": f"photo/{p.id}",
            "title": self.t(p.title),
            "thumb": self.image_url(p.id, "thumb"),
        }

    def person_link(self, person_id: str) -> dict[str, Any]:
        p = self._people[person_id]
        return {"id": p.id, "route": f"person/{p.id}", "title": self.t(p.name), "side": p.side.value}

    def chapter_link(self, chapter_id: str) -> dict[str, Any]:
        c = self._chapters[chapter_id]
        return {"id": c.id, "route": f"chapter/{c.id}", "title": self.t(c.title)}

    def event_link(self, event_id: str) -> dict[str, Any]:
        e = self._events[event_id]
        return {"id": e.id, "route": f"event/{e.id}", "title": self.t(e.title), "date": self.date(e.date)}

    def place_link(self, place_id: str) -> dict[str, Any]:
        p = self._places[place_id]
        return {"id": p.id, "route": f"place/{p.id}", "title": self.t(p.name)}

    def sources(self, ids: Sequence[str]) -> list[str]:
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
        return out

    # --- screens ----------------------------------------------------------------------------
    def home(self) -> dict[str, Any]:
        return {"title": self.t(self.ex.manifest.title), "subtitle": self.t(self.ex.manifest.subtitle)}

    def chapter_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "id": c.id,
                "route": f"chapter/{c.id}",
                "number": n,
                "title": self.t(c.title),
                "summary": self.t(c.summary),
                "thumb": self.image_url(c.lead_photo, "thumb") if c.lead_photo else "",
            }
            for n, c in enumerate(self.ex.chapters, start=1)
        ]

    def chapter(self, chapter_id: str) -> dict[str, Any]:
        chapters = self.ex.chapters
        c = self._chapters[chapter_id]
        index = chapters.index(c)
        blocks, fallback = self.body(self.ex.chapter_bodies, c.id)
        title = self.loc(c.title)
        lead = self._photos.get(c.lead_photo) if c.lead_photo else None
        return {
            "id": c.id,
            "number": index + 1,
            "count": len(chapters),
            "title": title.text,
            "blocks": blocks,
            "fallback": fallback or title.fallback,
            "leadImage": self.image_url(lead.id, "screen") if lead else "",
            "leadRoute": f"photo/{lead.id}" if lead else "",
            "leadCaption": self.t(lead.title) if lead else "",
            "prevRoute": f"chapter/{chapters[index - 1].id}" if index > 0 else "",
            "nextRoute": f"chapter/{chapters[index + 1].id}" if index + 1 < len(chapters) else "",
            "nextTitle": self.t(chapters[index + 1].title) if index + 1 < len(chapters) else "",
            "people": [self.person_link(i) for i in c.people],
            "photos": [self.photo_link(i) for i in c.photos],
            "events": [self.event_link(i) for i in c.events],
            "places": [self.place_link(i) for i in c.places],
            "sources": self.sources(c.sources),
            "note": self.t(c.note),
        }

    def gallery_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "id": g.id,
                "route": f"gallery/{g.id}",
                "title": self.t(g.title),
                "summary": self.t(g.summary),
                "count": len(g.photos),
                "cover": self.image_url(g.photos[0], "thumb"),
            }
            for g in self.ex.galleries
        ]

    def gallery(self, gallery_id: str) -> dict[str, Any]:
        g = self._galleries[gallery_id]
        return {"id": g.id, "title": self.t(g.title), "summary": self.t(g.summary), "count": len(g.photos)}

    def gallery_photo_ids(self, gallery_id: str | None) -> list[str]:
        if gallery_id and gallery_id in self._galleries:
            return list(self._galleries[gallery_id].photos)
        return [p.id for p in self.ex.photos]

    def gallery_of(self, photo_id: str) -> str:
        for g in self.ex.galleries:
            if photo_id in g.photos:
                return g.id
        return ""

    def photo(self, photo_id: str) -> dict[str, Any]:
        p: Photo = self._photos[photo_id]
        place = self._places.get(p.place) if p.place else None
        caption = self.loc(p.caption)
        return {
            "id": p.id,
            "title": self.t(p.title),
            "caption": caption.text,
            "fallback": caption.fallback,
            "credit": self.t(p.credit),
            "rights": self.t(p.rights),
            "alt": self.t(p.alt) or self.t(p.title),
            "date": self.date(p.date),
            "place": self.t(place.name) if place else "",
            "placeholder": p.placeholder,
            "screen": self.image_url(p.id, "screen"),
            "thumb": self.image_url(p.id, "thumb"),
            "people": [self.person_link(i) for i in p.people],
            "events": [self.event_link(i) for i in p.events],
            "chapters": [self.chapter_link(c.id) for c in self.ex.chapters if p.id in c.photos],
            "places": [
                self.place_link(i) for i in dict.fromkeys([*([p.place] if p.place else []), *p.places])
            ],
        }

    def people_groups(self) -> list[dict[str, Any]]:
        groups = []
        for side in SIDE_ORDER:
            members = sorted(
                (p for p in self.ex.people if p.side is side),
                key=lambda p: (p.kind != "commander", (p.sort_name or self.t(p.name)).casefold()),
            )
            if members:
                groups.append(
                    {
                        "side": side.value,
                        "label": self.ui(f"side:{side.value}"),
                        "people": [self.person_card(p) for p in members],
                    }
                )
        return groups

    def person_card(self, p: Person) -> dict[str, Any]:
        return {
            "id": p.id,
            "route": f"person/{p.id}",
            "name": self.t(p.name),
            "rank": self.t(p.rank),
            "dates": self.life_dates(p),
            "side": p.side.value,
            "initials": initials(self.t(p.name)),
        }

    def life_dates(self, p: Person) -> str:
        if p.born or p.died:
            return f"{p.born.start.year if p.born else '?'}–{p.died.start.year if p.died else ''}".rstrip("–")
        return ""

    def person(self, person_id: str) -> dict[str, Any]:
        p = self._people[person_id]
        blocks, fallback = self.body(self.ex.person_bodies, p.id)
        photos = list(dict.fromkeys([*p.photos, *(ph.id for ph in self.ex.photos if p.id in ph.people)]))
        events = list(dict.fromkeys([*p.events, *(e.id for e in self.ex.events if p.id in e.people)]))
        return self.person_card(p) | {
            "nativeName": p.native_name or "",
            "sideLabel": self.ui(f"side:{p.side.value}"),
            "blocks": blocks,
            "fallback": fallback,
            "born": self.date(p.born),
            "died": self.date(p.died),
            "photos": [self.photo_link(i) for i in photos],
            "chapters": [self.chapter_link(c.id) for c in self.ex.chapters if p.id in c.people],
            "events": [self.event_link(i) for i in events],
            "sources": self.sources(p.sources),
            "note": self.t(p.note),
            "portrait": self.image_url(p.portrait, "thumb") if p.portrait else "",
        }

    # --- timeline, events and places ----------------------------------------------------------
    def chronology(self) -> list[str]:
        """Every event's id, in the timeline's order."""
        if self._order is None:
            self._order = [d.id for d in chronological(self.dated_events())]
        return self._order

    def dated_events(self) -> list[Dated]:
        return [Dated(e.id, e.date) for e in self.ex.events]

    def event_photo_ids(self, e: Event) -> list[str]:
        return list(dict.fromkeys([*e.photos, *(p.id for p in self.ex.photos if e.id in p.events)]))

    def day_text(self, day: Any) -> str:
        """One day, as this language writes it."""
        return format_date(DateSpan(day, day, Precision.DAY, day.isoformat()), self.lang)

    def period_text(self, first: Any, last: Any) -> str:
        if first == last:
            return self.day_text(first)
        return format_date(
            DateSpan(first, last, Precision.RANGE, f"{first.isoformat()}/{last.isoformat()}"), self.lang
        )

    def month_name(self, month: int) -> str:
        return MONTHS.get(self.lang, MONTHS["en"])[month - 1]

    def month_text(self, year: int, month: int) -> str:
        span = DateSpan.parse(f"{year:04d}-{month:02d}")
        return format_date(span, self.lang)

    def event_card(self, event_id: str) -> dict[str, Any]:
        """An event as a timeline card or a list row."""
        e = self._events[event_id]
        photos = self.event_photo_ids(e)
        phase = self._phases.get(e.phase) if e.phase else None
        place = self._places.get(e.place) if e.place else None
        return {
            "id": e.id,
            "route": f"event/{e.id}",
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
            {
                "id": p.id,
                "title": self.t(p.title),
                "dates": self.period_text(p.start.start, p.end.end),
            }
            for p in self.ex.phases
        ]

    def event(self, event_id: str) -> dict[str, Any]:
        e = self._events[event_id]
        order = self.chronology()
        index = order.index(e.id)
        title = self.loc(e.title)
        summary = self.loc(e.summary)
        photos = self.event_photo_ids(e)
        lead = self._photos.get(photos[0]) if photos else None
        phase = self._phases.get(e.phase) if e.phase else None
        where = e.place or next(iter(e.places), None)
        others = [p for p in e.places if p != e.place]
        prev_id = order[index - 1] if index > 0 else ""
        next_id = order[index + 1] if index + 1 < len(order) else ""
        return self.event_card(e.id) | {
            "number": index + 1,
            "count": len(order),
            "title": title.text,
            "fallback": title.fallback or summary.fallback,
            "paragraphs": [p.strip() for p in summary.text.split("\n\n") if p.strip()],
            "phase": self.t(phase.title) if phase else "",
            "place": self.place_link(e.place) if e.place else {},
            "places": [self.place_link(i) for i in others],
            "mapRoute": f"place/{where}" if where else "",
            "mapPlace": self.t(self._places[where].name) if where else "",
            "people": [self.person_link(i) for i in e.people],
            "units": list(e.units),
            "photos": [self.photo_link(i) for i in photos],
            "chapters": [self.chapter_link(c.id) for c in self.ex.chapters if e.id in c.events],
            "sources": self.sources(e.sources),
            "note": self.t(e.note),
            "leadImage": self.image_url(lead.id, "screen") if lead else "",
            "leadRoute": f"photo/{lead.id}" if lead else "",
            "leadCaption": self.t(lead.title) if lead else "",
            "prevRoute": f"event/{prev_id}" if prev_id else "",
            "nextRoute": f"event/{next_id}" if next_id else "",
            "nextTitle": self.t(self._events[next_id].title) if next_id else "",
        }

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

    def place(self, place_id: str) -> dict[str, Any]:
        p: Place = self._places[place_id]
        name = self.loc(p.name)
        summary = self.loc(p.summary)
        here, named = self.place_events(p.id)
        return self.place_link(p.id) | {
            "name": name.text,
            "native": p.native if p.native and p.native != name.text else "",
            "kind": p.kind.value,
            "summary": summary.text,
            "fallback": name.fallback or summary.fallback,
            "events": [self.event_link(i) for i in here],
            "mentions": [self.event_link(i) for i in named],
            "chapters": [self.chapter_link(c.id) for c in self.ex.chapters if p.id in c.places],
            "photos": [self.photo_link(ph.id) for ph in self.ex.photos if ph.place == p.id],
        }

    def section_covers(self) -> dict[str, str]:
        """A picture for each home tile: chapter lead photos for the story, gallery photos for the
        galleries, event photos for the timeline. Placeholder plates are skipped (a tile of
        placeholders looks broken) and no picture is used twice."""
        real = {p.id for p in self.ex.photos if not p.placeholder}
        candidates = {
            "story": [c.lead_photo for c in self.ex.chapters if c.lead_photo],
            "galleries": [pid for g in self.ex.galleries for pid in g.photos],
            "timeline": [pid for e in self.ex.events for pid in e.photos],
        }
        covers: dict[str, str] = {}
        used: set[str] = set()
        for key, ids in candidates.items():
            pick = next((pid for pid in ids if pid in real and pid not in used), None)
            if pick:
                used.add(pick)
                covers[key] = self.image_url(pick, "thumb")
        return covers

    def attract_images(self) -> list[str]:
        ids = self.ex.manifest.attract_photos or [p.id for p in self.ex.photos[:8]]
        return [self.image_url(i, "screen") for i in ids]


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha() and w[:1].isupper()]
    if not words:
        return name[:1].upper()
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "sr": [
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ],
}
# Serbian names a month in the genitive after a day ("20. октобра"), in the nominative alone.
_MONTHS_AFTER_DAY = {
    "sr": [
        "јануара",
        "фебруара",
        "марта",
        "априла",
        "маја",
        "јуна",
        "јула",
        "августа",
        "септембра",
        "октобра",
        "новембра",
        "децембра",
    ],
}


def format_date(span: DateSpan, lang: str) -> str:
    """A date as each language writes it, at the precision it was given."""
    months = MONTHS.get(lang, MONTHS["en"])
    after_day = _MONTHS_AFTER_DAY.get(lang, months)
    serbian = lang == "sr"

    def day(d: Any) -> str:
        name = after_day[d.month - 1]
        return f"{d.day}. {name} {d.year}." if serbian else f"{d.day} {name} {d.year}"

    def month(d: Any) -> str:
        return f"{months[d.month - 1]} {d.year}." if serbian else f"{months[d.month - 1]} {d.year}"

    if span.precision is Precision.DAY:
        return day(span.start)
    if span.precision is Precision.MONTH:
        return month(span.start)
    if span.precision is Precision.YEAR:
        return f"{span.start.year}." if serbian else str(span.start.year)
    a, b = span.start, span.end
    first, last = span.text.split("/")
    if len(first) == 7 and len(last) == 7:  # a span of months
        if a.year == b.year:
            return f"{months[a.month - 1]}–{month(b)}"
        return f"{month(a)} – {month(b)}"
    if a.year == b.year and a.month == b.month:
        return f"{a.day}–{day(b)}"
    if a.year == b.year:
        short = f"{a.day}. {after_day[a.month - 1]}" if serbian else f"{a.day} {months[a.month - 1]}"
        return f"{short} – {day(b)}"
    return f"{day(a)} – {day(b)}"
