"""Helpers for the staging tests: a clock that moves, and editing and reading a curator's folder."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.content.scaffold import scaffold
from kiosk.intake.image_check import Depth, inspect_photos
from kiosk.intake.staging import ContentStore


class Clock:
    """A clock that moves one minute per reading, so every version has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def retitle(source: Path, title: str) -> None:
    path = source / "exhibit.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\ntitle = ") + 1
    end = text.index("\n", start)
    path.write_text(text[:start] + f'title = "{title}"' + text[end:], encoding="utf-8")


def title_of(folder: Path) -> str:
    exhibit = load(folder).exhibit
    assert exhibit is not None
    return exhibit.manifest.title["none"]


def stage_and_promote(store: ContentStore, source: Path, title: str) -> Path:
    retitle(source, title)
    result = store.stage(source)
    assert result.ok, [str(p) for p in result.errors]
    return store.promote(result)


def scaffold_again(source: Path) -> None:
    shutil.rmtree(source)
    scaffold(source, ["en", "sr"])


def photo_ids_anywhere(exhibit: Exhibit) -> set[str]:
    """Every photo id the exhibit shows or links to, wherever it appears."""
    found = {p.id for p in exhibit.photos} | set(exhibit.manifest.attract_photos)
    found |= {pid for g in exhibit.galleries for pid in g.photos}
    for item in [
        *exhibit.chapters,
        *exhibit.people,
        *exhibit.photos,
        *exhibit.events,
        *exhibit.organisations,
    ]:
        found |= set(item.photos)
    found |= {c.lead_photo for c in exhibit.chapters if c.lead_photo}
    found |= {p.portrait for p in exhibit.people if p.portrait}
    return found


def rejections(exhibit: Exhibit, root: Path, depth: Depth = Depth.FULL) -> dict[str, str]:
    """photo id -> reason, for photos the kiosk will not show: the kiosk's own photo check as the
    ``prepare_images`` of staging, without the derivative cache the kiosk stages with."""
    return {
        key: verdict.reason
        for key, verdict in inspect_photos(exhibit, root, depth).items()
        if verdict.reason is not None
    }
