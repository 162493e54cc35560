"""Reading orders of the screens that show one thing or a list: home, the story, a chapter, the
photographs, people, an event, a place. No Qt.

Each order puts the screen's heading first, then its text as a reader would take it in (the main
column before the links beside it), then the links and the previous/next buttons. The words are
those the screen shows; a text the curator narrated is one item that plays the recording.
"""

from __future__ import annotations

from kiosk.screens.data import (
    Block,
    ChapterPage,
    EventPage,
    GalleryPage,
    Link,
    Neighbours,
    PeoplePage,
    PersonPage,
    PhotoPage,
    PlacePage,
)
from kiosk.screens.routes import Route
from kiosk.screens.table import home_tiles
from kiosk.speech.reading import Action, Do, Reader, ReadingItem, Role, go, plain

Items = list[ReadingItem | None]

TILE_LABELS = {
    "story": "The story",
    "galleries": "Photographs",
    "people": "People",
    "timeline": "Timeline",
    "map": "Map",
}
TILE_BLURBS = {
    "story": "%n chapter(s) to read",
    "galleries": "%n photograph(s) with their stories",
    "people": "%n biographies",
    "timeline": "%n event(s), day by day",
    "map": "%n place(s) on the map",
}


class PageReader(Reader):
    # --- lists ------------------------------------------------------------------------------------
    def home(self) -> Items:
        ex, ctx = self.ex, "HomeScreen"
        items: Items = [
            self.item("title", self.p.t(ex.manifest.title), Role.HEADING),
            self.item("subtitle", self.p.t(ex.manifest.subtitle)),
        ]
        for tile in home_tiles(self.p):
            label = self.w(ctx, TILE_LABELS.get(tile.section, tile.section))
            blurb = (
                self.w(ctx, TILE_BLURBS[tile.section], n=tile.count) if tile.section in TILE_BLURBS else ""
            )
            spoken = f"{label}, {blurb}" if blurb else label
            items.append(self.item(f"link/{tile.route}", label, Role.LINK, go(tile.route), spoken=spoken))
        return items

    def story(self) -> Items:
        ctx = "StoryScreen"
        items: Items = [self.item("title", self.w(ctx, "The story"), Role.HEADING)]
        for i, row in enumerate(self.p.chapter_rows()):
            eyebrow = self.w(ctx, "Chapter %1", row.number)
            spoken = ", ".join(part for part in (eyebrow, row.title, row.summary) if part)
            items.append(
                self.item(f"link/{row.route}", row.title, Role.LINK, go(row.route), spoken=spoken, index=i)
            )
        return items

    def galleries(self) -> Items:
        ctx = "GalleriesScreen"
        items: Items = [self.item("title", self.w(ctx, "Photographs"), Role.HEADING)]
        for i, row in enumerate(self.p.gallery_rows()):
            spoken = f"{row.title}, {self.w(ctx, '%n photograph(s)', n=row.count)}"
            items.append(
                self.item(f"link/{row.route}", row.title, Role.LINK, go(row.route), spoken=spoken, index=i)
            )
        return items

    def gallery(self, d: GalleryPage) -> Items:
        items: Items = [
            self.item("title", d.title, Role.HEADING),
            self.item(
                "summary",
                d.summary,
                narration=str(Route("gallery", d.id)) if self._told("gallery", d.id) else "",
            ),
        ]
        for i, row in enumerate(self.p.photo_rows(d.id)):
            items.append(self.item(f"link/{row.route}", row.title, Role.LINK, go(row.route), index=i))
        return items

    def people(self, d: PeoplePage) -> Items:
        items: Items = [self.item("title", self.w("PeopleScreen", "People"), Role.HEADING)]
        for group in d.groups:
            # The people in no group follow the groups as one list without a heading.
            items.append(self.item(f"group/{group.id}", group.label, Role.HEADING) if group.label else None)
            for card in group.people:
                spoken = ", ".join(part for part in (card.name, card.role, card.dates) if part)
                items.append(
                    self.item(f"link/{card.route}", card.name, Role.LINK, go(card.route), spoken=spoken)
                )
        return items

    # --- one thing ------------------------------------------------------------------------------------
    def chapter(self, d: ChapterPage) -> Items:
        ctx = "ChapterScreen"
        route = str(Route("chapter", d.id))
        seq = d.sequence
        items: Items = [
            self.item("title", d.title, Role.HEADING),
            self.item("sequence", self.w(ctx, "Chapter %1 of %2", seq.number, seq.count)),
            self._fallback(d.fallback),
            *self._blocks(d.blocks, route),
            self.link(
                "lead",
                Link(d.id, d.lead.route, d.lead.caption) if d.lead else None,
                d.lead.caption if d.lead else "",
            ),
            *self.links((ctx, "People in this chapter"), d.people),
            *self.links((ctx, "Photographs"), d.photos),
            *self.links((ctx, "Events"), d.events),
            *self.links((ctx, "Places"), d.places),
            *self._note(d.note),
            *self._sources(d.sources),
            *self._pager(seq, ctx, ("Previous chapter", "Next chapter")),
        ]
        return items

    def photo(self, d: PhotoPage) -> Items:
        ctx = "PhotoScreen"
        route = str(Route("photo", d.id))
        rows = self.p.photo_rows(self.p.gallery_of(d.id) or None)
        ids = [r.id for r in rows]
        at = ids.index(d.id) if d.id in ids else -1
        items: Items = [
            self.item("title", d.title, Role.HEADING),
            self.item("when", "  ·  ".join(part for part in (d.date, d.place) if part)),
        ]
        if d.placeholder:
            items.append(
                self.item(
                    "placeholder", self.w(ctx, "Placeholder: the original photograph is not yet on display")
                )
            )
        items.append(self._fallback(d.fallback))
        if self._told("photo", d.id):
            spoken = " ".join(part for part in (d.caption, d.alt) if part)
            items.append(self.item("caption", d.caption, spoken=spoken, narration=route))
        else:
            items.append(self.item("caption", d.caption))
            items.append(self.item("picture", d.title, Role.IMAGE, spoken=d.alt))
        items.append(self.item("credit", d.credit))
        if at >= 0:
            items.append(self.item("counter", self.w(ctx, "%1 of %2", at + 1, len(rows))))
            if at > 0:
                previous = self.w(ctx, "Previous photograph")
                items.append(
                    self.item(
                        "photo/previous", previous, Role.BUTTON, Action(Do.REPLACE, str(rows[at - 1].route))
                    )
                )
            if at + 1 < len(rows):
                following = self.w(ctx, "Next photograph")
                items.append(
                    self.item(
                        "photo/next", following, Role.BUTTON, Action(Do.REPLACE, str(rows[at + 1].route))
                    )
                )
        items += [
            *self.links((ctx, "People"), d.people),
            *self.links((ctx, "In the story"), d.chapters),
            *self.links((ctx, "Events"), d.events),
            *self.links((ctx, "Places"), d.places),
        ]
        return items

    def person(self, d: PersonPage) -> Items:
        ctx = "PersonScreen"
        card = d.card
        route = str(card.route)
        dates = [
            self.w(ctx, "Born %1", d.born) if d.born else "",
            self.w(ctx, "Died %1", d.died) if d.died else "",
        ]
        items: Items = [
            self.item("title", card.name, Role.HEADING),
            self.item("group", d.group),
            self.item("native", d.native_name),
            self.item("role", card.role),
            self.item("dates", "  ·  ".join(part for part in dates if part)),
            self._fallback(d.fallback),
            *self._blocks(d.blocks, route),
            *self._note(d.note),
            *self._sources(d.sources),
            None if d.portrait else self.item("portrait", self.w("Portrait", "No portrait yet")),
            *self.links((ctx, "In the story"), d.chapters),
            *self.links((ctx, "Photographs"), d.photos),
            *self.links((ctx, "Events"), d.events),
        ]
        return items

    def event(self, d: EventPage) -> Items:
        ctx = "EventScreen"
        route = str(Route("event", d.id))
        vague = d.precision in ("month", "year") or d.approximate
        precision = self.w(
            ctx, "Only the year is known." if d.precision == "year" else "The exact days are not known."
        )
        items: Items = [
            self.item("title", d.title, Role.HEADING),
            self.item("phase", d.phase),
            self.item("date", d.date),
            self.item("precision", precision) if vague else None,
            self.item("where", d.map_place),
            self._fallback(d.fallback),
        ]
        if self._told("event", d.id):
            items.append(
                self.item(
                    "paragraph/0",
                    d.paragraphs[0] if d.paragraphs else "",
                    spoken=" ".join(d.paragraphs),
                    narration=route,
                )
            )
        else:
            items += [self.item(f"paragraph/{i}", text) for i, text in enumerate(d.paragraphs)]
        if d.organisations:
            items.append(self.item("organisations", self.w(ctx, "Organisations"), Role.HEADING))
            items += [self.item(f"organisation/{i}", name) for i, name in enumerate(d.organisations)]
        items += [
            *self._note(d.note),
            *self._sources(d.sources),
            self.link(
                "lead",
                Link(d.id, d.lead.route, d.lead.caption) if d.lead else None,
                d.lead.caption if d.lead else "",
            ),
        ]
        if d.map_route is not None:
            label = self.w(ctx, "Show %1 on the map", d.map_place)
            items.append(self.item("show-on-map", label, Role.BUTTON, go(d.map_route)))
        items += [
            *self.links((ctx, "Places"), d.places),
            *self.links((ctx, "People"), d.people),
            *self.links((ctx, "In the story"), d.chapters),
            *self.links((ctx, "Photographs"), d.photos),
            *self._pager(d.sequence, ctx, ("Earlier event", "Later event")),
        ]
        return items

    def place_panel(self, d: PlacePage) -> Items:
        """A place's name, what it is and what happened there (the map's panel and the place screen)."""
        ctx = "PlacePanel"
        route = str(Route("place", d.id))
        items: Items = [
            self.item("place/name", d.name, Role.HEADING),
            self.item("place/native", d.native),
            self._fallback(d.fallback),
            self.item("place/summary", d.summary, narration=route if self._told("place", d.id) else ""),
        ]
        for heading, rows in (("What happened here", d.events), ("Also named in", d.mentions)):
            if rows:
                items.append(self.item(f"heading/{heading}", self.w(ctx, heading), Role.HEADING))
                items += [self.link(f"link/{row.route}", row, row.title) for row in rows]
        items += [*self.links((ctx, "In the story"), d.chapters), *self.links((ctx, "Photographs"), d.photos)]
        return items

    # --- parts --------------------------------------------------------------------------------------
    def _told(self, screen: str, ident: str) -> bool:
        return self.narrated(str(Route(screen, ident)))

    def _fallback(self, shown: bool) -> ReadingItem | None:
        if not shown:
            return None
        return self.item(
            "fallback", self.w("FallbackNote", "Not yet translated: shown in the original language")
        )

    def _blocks(self, blocks: tuple[Block, ...], route: str) -> Items:
        """Headings and paragraphs one by one; the curator's recording of the whole text as one."""
        texts = [plain(block.markup) for block in blocks]
        if self.narrated(route) and texts:
            return [self.item("block/0", texts[0], spoken=" ".join(texts), narration=route)]
        return [
            self.item(
                f"block/{i}", text, Role.HEADING if block.kind in ("heading", "subheading") else Role.TEXT
            )
            for i, (block, text) in enumerate(zip(blocks, texts, strict=True))
        ]

    def _note(self, note: str) -> Items:
        if not note:
            return []
        return [
            self.item("note/heading", self.w("CuratorNote", "Curator's note"), Role.HEADING),
            self.item("note", note),
        ]

    def _sources(self, sources: tuple[str, ...]) -> Items:
        if not sources:
            return []
        return [
            self.item("sources", self.w("Sources", "Sources"), Role.HEADING),
            *(self.item(f"source/{i}", text) for i, text in enumerate(sources)),
        ]

    def _pager(self, seq: Neighbours, ctx: str, names: tuple[str, str]) -> Items:
        items: Items = []
        if seq.previous is not None:
            items.append(
                self.item(
                    "pager/previous",
                    self.w(ctx, names[0]),
                    Role.BUTTON,
                    Action(Do.REPLACE, str(seq.previous)),
                )
            )
        if seq.next is not None:
            label = self.w(ctx, "Next: %1", seq.next_title) if seq.next_title else self.w(ctx, names[1])
            items.append(self.item("pager/next", label, Role.BUTTON, Action(Do.REPLACE, str(seq.next))))
        return items
