"""Prepares every photo's derivatives in the background and answers where each one is.

Decoding happens in the derivative cache's sandboxed worker processes, never on the GUI thread.
QML shows only files this service names: derivative JPEGs and unpacked deep-zoom tiles in the
app's own cache folder, never a curator's file. It asks nothing of Python while it loads them
(Qt's reader thread opens the files itself), and it is only told of a file once it exists: a
photo still being prepared has no file yet, and the listeners hear when a round of preparing
has found or made some.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.content.model import Exhibit
from kiosk.images.cache import DerivativeCache, Prepared
from kiosk.images.spec import TILES, Limits, Pyramid
from kiosk.images.tiles import digest_of, prune_unpacked, unpack, unpacked_dir

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
        self._lock = threading.Lock()
        # This round's answers: photo id -> variant -> file; the pyramids unpacked for Qt.
        self._files: dict[str, Mapping[str, Path]] = {}
        self._pyramids: dict[str, tuple[Path, Pyramid]] = {}
        self._round = 0
        self._news = False  # photos taken since the listeners were last told
        self._listeners: list[Callable[[], None]] = []

    def start(self, exhibit: Exhibit, content_dir: Path) -> None:
        items = [(p.id, content_dir / p.file) for p in exhibit.photos]
        self._ready.clear()
        with self._lock:
            # A new content: nothing is shown until this round has checked it (a photo replaced
            # under the same id must not show its old picture).
            self._round += 1
            self._files, self._pyramids = {}, {}
            round_ = self._round
        self._thread = threading.Thread(
            target=self._prepare, args=(items, round_), name="derivatives", daemon=True
        )
        self._thread.start()

    def on_prepared(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (from the preparing thread) when photos have become available: once
        the ones already made are found (when the first that needed work is done), and when a
        round ends; never when nothing new is there to show."""
        self._listeners.append(listener)

    def _prepare(self, items: list[tuple[str, Path]], round_: int) -> None:
        told = False

        def arrived(prepared: Prepared) -> None:
            nonlocal told
            self._take(prepared, round_)
            if not prepared.reused and not told:
                told = True  # the quick ones are in: show them while the others are made
                self._notify()

        try:
            results = self.cache.prepare(items, on_result=arrived)
            self._problems = {key: r.reason for key, r in results.items() if r.reason}
            for key, reason in self._problems.items():
                log.warning("photo %s cannot be shown: %s", key, reason)
            with self._lock:
                current = round_ == self._round
                keep = [path.name for path, _ in self._pyramids.values()]
            if current:  # a newer round prunes for itself when it ends
                prune_unpacked(self.cache_dir, keep)
        except Exception:
            log.exception("preparing images failed")
        finally:
            self._notify()  # posted before ``wait()`` returns, so a waiter's next event loop hears it
            self._ready.set()

    def _take(self, prepared: Prepared, round_: int) -> None:
        files = {v: f for v, f in prepared.paths.items() if v != TILES and self._ours(f)}
        pyramid: tuple[Path, Pyramid] | None = None
        archive = prepared.paths.get(TILES)
        folder = unpacked_dir(self.cache_dir, digest_of(archive)) if archive is not None else None
        if archive is not None and folder is not None:
            found = unpack(archive, folder)
            pyramid = (folder, found) if found is not None else None
        with self._lock:
            if round_ != self._round:
                return  # a newer content was started meanwhile
            if files:
                self._files[prepared.key] = files
            if pyramid is not None:
                self._pyramids[prepared.key] = pyramid
            self._news = self._news or bool(files) or pyramid is not None

    def _ours(self, file: Path) -> bool:
        return file.resolve().is_relative_to(self.cache_dir.resolve())

    def _notify(self) -> None:
        with self._lock:
            news, self._news = self._news, False
        if not news:
            return  # nothing new to show: the views are not rebuilt for nothing
        for listener in list(self._listeners):
            try:
                listener()
            except RuntimeError as exc:  # its Qt object is gone: the kiosk is shutting down
                log.debug("a listener of prepared images is gone: %s", exc)

    def wait(self, timeout: float = WAIT_S) -> bool:
        return self._ready.wait(timeout)

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def file(self, photo_id: str, variant: str) -> Path | None:
        """The derivative file of a photo this round has prepared, or None (not yet, or never:
        the photo could not be prepared). Never waits; never a curator's file."""
        with self._lock:
            return self._files.get(photo_id, {}).get(variant)

    def pyramid(self, photo_id: str) -> tuple[Path, Pyramid] | None:
        """(folder of the unpacked tiles, descriptor) of a prepared photo with deep-zoom tiles."""
        with self._lock:
            return self._pyramids.get(photo_id)

    def close(self) -> None:
        self.cache.close()
