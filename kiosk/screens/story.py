"""The story: the list of chapters and each chapter's page."""

from __future__ import annotations

from kiosk.screens.data import ChapterPage, ChapterRow
from kiosk.screens.routes import Route
from kiosk.screens.wording import Wording


class StoryPages(Wording):
    def chapter_rows(self) -> list[ChapterRow]:
        return [
            ChapterRow(
                c.id,
                Route("chapter", c.id),
                n,
                self.t(c.title),
                self.t(c.summary),
                self.image_url(c.lead_photo, "thumb") if c.lead_photo else "",
            )
            for n, c in enumerate(self.ex.chapters, start=1)
        ]

    def chapter(self, chapter_id: str) -> ChapterPage:
        chapters = self.ex.chapters
        c = self._chapters[chapter_id]
        index = chapters.index(c)
        blocks, fallback = self.body(self.ex.chapter_bodies, c.id)
        title = self.loc(c.title)
        following = chapters[index + 1] if index + 1 < len(chapters) else None
        return ChapterPage(
            id=c.id,
            title=title.text,
            fallback=fallback or title.fallback,
            blocks=blocks,
            lead=self.lead(c.lead_photo),
            sequence=self.neighbours(
                "chapter",
                [ch.id for ch in chapters],
                index,
                {following.id: self.t(following.title)} if following else {},
            ),
            people=self.links(self.person_link, c.people),
            photos=self.links(self.photo_link, c.photos),
            events=self.links(self.event_link, c.events),
            places=self.links(self.place_link, c.places),
            sources=self.sources(c.sources),
            note=self.t(c.note),
        )
