"""Prepares every photo's derivatives in the background and answers where each one is.

Decoding happens in the derivative cache's sandboxed worker processes, never on the GUI thread;
the image provider's threads wait here for a photo still being prepared.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

from kiosk.content.model import Exhibit
from kiosk.images.cache import DerivativeCache

log = logging.getLogger(__name__)
WAIT_S = 60.0


def default_cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "exhibit-kiosk-cache"


class ImageService:
    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir or default_cache_dir()
        self.cache = DerivativeCache(self.cache_dir)
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._problems: dict[str, str] = {}

    def start(self, exhibit: Exhibit, content_dir: Path) -> None:
        items = [(p.id, content_dir / p.file) for p in exhibit.photos]
        self._ready.clear()
        self._thread = threading.Thread(target=self._prepare, args=(items,), name="derivatives", daemon=True)
        self._thread.start()

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

    def wait(self, timeout: float = WAIT_S) -> bool:
        return self._ready.wait(timeout)

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def resolve(self, photo_id: str, variant: str) -> Path | None:
        path = self.cache.path(photo_id, variant)
        if path is None and not self._ready.is_set():
            self._ready.wait(WAIT_S)
            path = self.cache.path(photo_id, variant)
        return path

    def close(self) -> None:
        self.cache.close()
