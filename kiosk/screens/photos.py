"""Photographs: the galleries, one gallery's grid, and the viewer's caption side."""

from __future__ import annotations

from kiosk.screens.data import GalleryPage, GalleryRow, PhotoPage, PhotoRow
from kiosk.screens.routes import Route
from kiosk.screens.wording import Wording


class PhotoPages(Wording):
    def gallery_rows(self) -> list[GalleryRow]:
        return [
            GalleryRow(
                g.id,
                Route("gallery", g.id),
                self.t(g.title),
                self.t(g.summary),
                len(g.photos),
                self.image_url(g.photos[0], "thumb"),
            )
            for g in self.ex.galleries
        ]

    def gallery(self, gallery_id: str) -> GalleryPage:
        g = self._galleries[gallery_id]
        return GalleryPage(g.id, self.t(g.title), self.t(g.summary), len(g.photos))

    def gallery_photo_ids(self, gallery_id: str | None) -> list[str]:
        if gallery_id and gallery_id in self._galleries:
            return list(self._galleries[gallery_id].photos)
        return [p.id for p in self.ex.photos]

    def photo_rows(self, gallery_id: str | None) -> list[PhotoRow]:
        """The photos of a gallery (of the whole exhibit for None), for the grid and the viewer."""
        rows = []
        for pid in self.gallery_photo_ids(gallery_id):
            link = self.photo_link(pid)
            rows.append(PhotoRow(pid, link.route, link.title, link.thumb, self.image_url(pid, "screen")))
        return rows

    def gallery_of(self, photo_id: str) -> str:
        for g in self.ex.galleries:
            if photo_id in g.photos:
                return g.id
        return ""

    def photo(self, photo_id: str) -> PhotoPage:
        p = self._photos[photo_id]
        place = self._places.get(p.place) if p.place else None
        caption = self.loc(p.caption)
        return PhotoPage(
            id=p.id,
            title=self.t(p.title),
            caption=caption.text,
            fallback=caption.fallback,
            credit=self.t(p.credit),
            rights=self.t(p.rights),
            alt=self.t(p.alt) or self.t(p.title),
            date=self.date(p.date),
            place=self.t(place.name) if place else "",
            placeholder=p.placeholder,
            screen=self.image_url(p.id, "screen"),
            thumb=self.image_url(p.id, "thumb"),
            people=self.links(self.person_link, p.people),
            events=self.links(self.event_link, p.events),
            chapters=self.links(self.chapter_link, [c.id for c in self.ex.chapters if p.id in c.photos]),
            places=self.links(
                self.place_link, list(dict.fromkeys([*([p.place] if p.place else []), *p.places]))
            ),
        )
