"""The exhibit as a whole: pictures for the home tiles and the attract screen."""

from __future__ import annotations

from kiosk.screens.wording import Wording


class HomeParts(Wording):
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
        urls = [self.image_url(i, "screen") for i in ids]
        return [url for url in urls if url]  # a photo not prepared (yet) is left out, not blank
