"""Prepares every photo's derivatives in the background and answers where each one is.

Decoding happens in the derivative cache's sandboxed worker processes, never on the GUI thread;
the image provider's threads wait here for a photo still being prepared. Deep-zoom tiles are read
here too, from the archives the cache made (never from a curator's file).
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.content.model import Exhibit
from kiosk.images.cache import DerivativeCache
from kiosk.images.spec import TILES, Limits, Pyramid
from kiosk.images.tiles import TileArchives, archive_path, digest_of

log = logging.getLogger(__name__)
WAIT_S = 60.0


def default_cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "exhibit-kiosk-cache"


class ImageService:
    def __init__(self, cache_dir: Path | None = None, limits: Limits | None = None) -> None:
        self.cache_dir = cache_dir or default_cache_dir()
        self.cache = DerivativeCache(self.cache_dir, limits=limits)
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._problems: dict[str, str] = {}
        self._archives = TileArchives()
        self._listeners: list[Callable[[], None]] = []

    def start(self, exhibit: Exhibit, content_dir: Path) -> None:
        items = [(p.id, content_dir / p.file) for p in exhibit.photos]
        self._ready.clear()
        self._thread = threading.Thread(target=self._prepare, args=(items,), name="derivatives", daemon=True)
        self._thread.start()

    def on_prepared(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (from the preparing thread) each time a round of preparing ends."""
        self._listeners.append(listener)

    def _prepare(self, items: list[tuple[str, Path]]) -> None:
        try:
            results = self.cache.prepare(items)
            self._problems = {key: r.reason for key, r in results.items() if r.reason}
            for key, reason in self._problems.items():
                log.warning("photo %s cannot be shown: %s", key, reason)
        except Exception:
            log.exception("preparing images failed")
        finally:
            self._ready.set()
            for listener in list(self._listeners):
                listener()

    def wait(self, timeout: float = WAIT_S) -> bool:
        return self._ready.wait(timeout)

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def resolve(self, photo_id: str, variant: str) -> Path | None:
        path = self.cache.path(photo_id, variant)
        if path is None and not self._ready.is_set():
            self._ready.wait(WAIT_S)
            path = self.cache.path(photo_id, variant)
        return path

    def pyramid(self, photo_id: str) -> tuple[str, Pyramid] | None:
        """(tile set id, descriptor) of a prepared photo with deep-zoom tiles; never waits."""
        path = self.cache.path(photo_id, TILES)
        archive = self._archives.get(path) if path is not None else None
        return (digest_of(path), archive.pyramid) if archive is not None and path is not None else None

    def tile(self, tile_set: str, level: int, col: int, row: int) -> bytes | None:
        """One tile's JPEG bytes, or None (an unknown set, a tile outside the pyramid)."""
        path = archive_path(self.cache_dir, tile_set)
        return self._archives.tile(path, level, col, row) if path is not None else None

    def close(self) -> None:
        self._archives.clear()
        self.cache.close()
