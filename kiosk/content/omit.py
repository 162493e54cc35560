"""Leaving out photos the kiosk cannot show, everywhere they appear. Pure Python: no Qt.

A photo whose file is cut off, is not the picture its name says, or is too big to decode is found
when its screen-sized copies are made (kiosk/images). Such a photo must not become an empty frame:
it is taken out of the exhibit as if it had never been listed, from its galleries, from every link
to it, from the lead photo of a chapter, the portrait of a person and the attract screen. A gallery
with no photo left is left out too. Each comes with a warning that names the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from kiosk.content import model as m
from kiosk.content.problems import Problem, warning

Locations = Mapping[tuple[str, str], tuple[str, int | None]]
_SINGLE = ("lead_photo", "portrait")


def without_photos(
    exhibit: m.Exhibit, reasons: Mapping[str, str], locations: Locations
) -> tuple[m.Exhibit, list[Problem]]:
    """The exhibit without the photos in ``reasons`` (photo id -> why it cannot be shown)."""
    gone = {photo.id for photo in exhibit.photos if photo.id in reasons}
    if not gone:
        return exhibit, []
    problems: list[Problem] = []
    for photo in exhibit.photos:
        if photo.id in gone:
            file, line = locations.get(("photo", photo.id), ("text/photos.toml", None))
            problems.append(
                warning(
                    file,
                    f"Photo '{photo.id}': {photo.file} cannot be shown: {reasons[photo.id]}. It is left "
                    "out of the exhibit (its galleries, links and covers) until the file is replaced.",
                    line,
                )
            )
    galleries = []
    for gallery in exhibit.galleries:
        kept = [p for p in gallery.photos if p not in gone]
        if kept:
            galleries.append(
                gallery.model_copy(update={"photos": kept}) if len(kept) < len(gallery.photos) else gallery
            )
            continue
        file, line = locations.get(("gallery", gallery.id), ("text/photos.toml", None))
        problems.append(
            warning(
                file, f"Gallery '{gallery.id}' has no photo left that can be shown; it is left out.", line
            )
        )
    manifest = exhibit.manifest
    if set(manifest.attract_photos) & gone:
        manifest = manifest.model_copy(
            update={"attract_photos": [p for p in manifest.attract_photos if p not in gone]}
        )
    update: dict[str, Any] = {
        "manifest": manifest,
        "photos": [_unlinked(p, gone) for p in exhibit.photos if p.id not in gone],
        "galleries": galleries,
    }
    for name in ("chapters", "people", "events", "organisations"):
        update[name] = [_unlinked(item, gone) for item in getattr(exhibit, name)]
    return exhibit.model_copy(update=update), problems


def _unlinked(item: Any, gone: set[str]) -> Any:
    """``item`` without links to the photos in ``gone`` (the same object when it had none)."""
    if not isinstance(item, BaseModel):
        return item
    update: dict[str, Any] = {}
    photos = getattr(item, "photos", None)
    if isinstance(photos, list) and set(photos) & gone:
        update["photos"] = [p for p in photos if p not in gone]
    for name in _SINGLE:
        if getattr(item, name, None) in gone:
            update[name] = None
    return item.model_copy(update=update) if update else item
