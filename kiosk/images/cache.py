"""Derivatives on disk, made once per picture content, shared by every screen of the kiosk.

A derivative set is named by a hash of everything that decides its pixels: the SHA-256 of the
source's bytes, the pipeline version, the variant sizes and the pixel limit. It is keyed by what a
file contains, not where it lies, so a content swap (staging copies the folder into a new version
folder), a rename or a move reuses all work already done. Finding a file's digest reads it once;
after that a memo of its identity on disk (identity.py) answers with one stat(), so an unchanged
source costs no reading and no image work at all. Files are written atomically by the pipeline,
so a file that exists under its final name is complete.

A picture larger than its screen copy also has deep-zoom tiles, ``<digest>.tiles.zip``
(pyramid.py); ``path(key, "tiles")`` finds them.

Threading: ``path()`` and ``stats`` may be called from any thread (the image
service's preparing thread) while ``prepare()`` runs on another.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import CancelledError, Future, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Final

from kiosk.atomic import TEMP_SUFFIX
from kiosk.images.cache_index import INDEX_NAME, Entry, load_index, save_index
from kiosk.images.errors import ImageRejected
from kiosk.images.identity import DigestMemo
from kiosk.images.spec import (
    DEFAULT_SIZES,
    OVERLAP,
    PIPELINE_VERSION,
    TILE_QUALITY,
    TILE_SIZE,
    TILES,
    ImageInfo,
    Limits,
)

if TYPE_CHECKING:  # the sandbox (multiprocessing) loads with the first picture that needs work
    from kiosk.images.sandbox import DecodeSandbox

_VARIANT_NAME: Final = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_DIGEST_LEN: Final = 32
# Our files: "<digest>.<variant>.jpg" and "<digest>.tiles.zip", and while being written
# ".<name>.<pid>-<tid>.tmp".
_OUR_FILE: Final = re.compile(
    rf"^\.?(?P<digest>[0-9a-f]{{{_DIGEST_LEN}}})\.[a-z0-9_-]+\.(jpg|zip)(?P<tmp>\..*)?$"
)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prepared:
    """The outcome for one key: paths of every variant, or the reason it was rejected."""

    key: str
    paths: Mapping[str, Path] = field(default_factory=dict)  # empty when rejected
    reason: str | None = None
    info: ImageInfo | None = None  # None for a rejection, or when the index was lost
    reused: bool = False  # True when no image work was done for it in this call

    @property
    def ok(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class CacheStats:
    made: int  # derivative sets decoded and written by this cache object
    reused: int  # found complete on disk
    rejected: int  # newly rejected by the pipeline or the sandbox
    known_rejected: int  # rejected earlier and unchanged since: not tried again
    hashed: int = 0  # sources read in full to learn their content digest (new or changed files)


class DerivativeCache:
    """Screen/thumbnail JPEGs for a content folder's pictures, in ``cache_dir``.

    Without a ``sandbox`` the cache starts its own (``workers`` processes) on the first
    picture that needs work, and closes it in ``close()``; a fully cached run starts no
    process at all. A given sandbox is used as is and left open.
    """

    def __init__(
        self,
        cache_dir: Path,
        sizes: Mapping[str, tuple[int, int]] = DEFAULT_SIZES,
        sandbox: DecodeSandbox | None = None,
        *,
        limits: Limits | None = None,
        workers: int | None = None,
    ) -> None:
        for variant in sizes:
            if not _VARIANT_NAME.match(variant):
                raise ValueError(f"variant name {variant!r} must be lower-case letters, digits, - or _")
        if sandbox is not None and limits is not None and limits != sandbox.limits:
            raise ValueError("limits differ from the given sandbox's limits")
        self._dir = Path(cache_dir)
        self._dir.mkdir(parents=True, exist_ok=True)
        self._sizes = {variant: (int(w), int(h)) for variant, (w, h) in sizes.items()}
        self._limits = sandbox.limits if sandbox is not None else (limits or Limits())
        self._sandbox = sandbox
        self._owns_sandbox = sandbox is None
        self._workers = workers
        self._lock = threading.RLock()
        self._index = load_index(self._dir)
        self._memo = DigestMemo(self._index.files)
        self._in_flight: set[str] = set()
        self._made = self._reused = self._rejected = self._known_rejected = 0
        self._closed = False

    @property
    def cache_dir(self) -> Path:
        return self._dir

    @property
    def sizes(self) -> Mapping[str, tuple[int, int]]:
        return dict(self._sizes)

    @property
    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(
                self._made, self._reused, self._rejected, self._known_rejected, self._memo.hashed
            )

    def prepare(
        self,
        items: Iterable[tuple[str, Path]],
        *,
        on_result: Callable[[Prepared], None] | None = None,
        retry_rejected: bool = False,
    ) -> dict[str, Prepared]:
        """Make sure every ``(key, source)`` has derivatives; decode the missing ones in parallel.

        Returns key -> Prepared in the order of ``items`` (a repeated key: the last source
        wins). ``on_result`` is called once per key as results arrive (from this thread),
        for a progress display. Known-bad unchanged files are not retried unless
        ``retry_rejected``.
        """
        wanted: dict[str, Path] = {}
        for key, src in items:
            wanted[key] = Path(src)

        results: dict[str, Prepared] = {}
        waiting: dict[str, tuple[Path, list[str]]] = {}
        for key, src in wanted.items():
            outcome, digest = self._look_up(key, src, retry_rejected)
            if outcome is not None:
                results[key] = outcome
                _notify(on_result, outcome)
            elif digest in waiting:
                waiting[digest][1].append(key)
            else:
                waiting[digest] = (src, [key])

        try:
            for prepared in self._make(waiting):
                results[prepared.key] = prepared
                _notify(on_result, prepared)
        finally:
            self._save()
        return {key: results[key] for key in wanted}

    def path(self, key: str, variant: str = "screen") -> Path | None:
        """The derivative file for an already-prepared key, or None (unknown, rejected, missing).

        ``variant`` is one of the sizes, or "tiles" for the deep-zoom archive (None when the
        picture fits its screen copy and has none).
        """
        if variant not in self._sizes and variant != TILES:
            return None
        with self._lock:
            digest = self._index.keys.get(key)
            entry = self._index.entries.get(digest) if digest is not None else None
        if digest is None or (entry is not None and entry.reason is not None):
            return None
        file = self._file(digest, variant)
        return file if file.is_file() else None

    def reason(self, key: str) -> str | None:
        """Why a prepared key was rejected, or None."""
        with self._lock:
            digest = self._index.keys.get(key)
            entry = self._index.entries.get(digest) if digest is not None else None
        return entry.reason if entry is not None else None

    def prune(self, keep_keys: Iterable[str]) -> int:
        """Delete derivatives not used by ``keep_keys``, and temp files left by a crash.

        Returns how many files were removed. One kiosk process per cache folder is assumed:
        another process's writes in progress would look like crash debris.
        """
        keep = set(keep_keys)
        removed = 0
        with self._lock:
            self._index.keys = {k: d for k, d in self._index.keys.items() if k in keep}
            live = set(self._index.keys.values()) | self._in_flight
            self._index.entries = {d: e for d, e in self._index.entries.items() if d in live}
            self._memo.keep_only(c for c in set(self._memo.snapshot().values()) if self._digest(c) in live)
            for file in self._dir.iterdir():
                match = _OUR_FILE.match(file.name)
                if match is None:
                    continue  # not ours: leave it
                if match["tmp"] is None:
                    if match["digest"] in live:
                        continue
                elif not match["tmp"].endswith(TEMP_SUFFIX) or match["digest"] in self._in_flight:
                    continue  # a write in progress (a temp file of a finished one is debris)
                try:
                    file.unlink()
                    removed += 1
                except FileNotFoundError:
                    pass
                except OSError as exc:  # e.g. Windows: the Qt side still has it open
                    _log.info("could not remove %s: %s", file, exc)
            self._save()
        return removed

    def close(self) -> None:
        with self._lock:
            self._closed = True
            sandbox, self._sandbox = (self._sandbox if self._owns_sandbox else None), None
        if sandbox is not None:
            sandbox.close()

    def __enter__(self) -> DerivativeCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Internals.

    def _digest(self, content: str) -> str:
        material = json.dumps(
            [
                PIPELINE_VERSION,
                content,
                sorted([v, list(box)] for v, box in self._sizes.items()),
                self._limits.max_pixels,
                [TILE_SIZE, OVERLAP, TILE_QUALITY],
            ]
        )
        return hashlib.sha256(material.encode("utf-8")).hexdigest()[:_DIGEST_LEN]

    def _file(self, digest: str, variant: str) -> Path:
        return self._dir / (f"{digest}.{TILES}.zip" if variant == TILES else f"{digest}.{variant}.jpg")

    def _files(self, digest: str) -> dict[str, Path]:
        """What a picture may have: every variant, and the tiles if it is larger than the screen copy."""
        return {variant: self._file(digest, variant) for variant in [*self._sizes, TILES]}

    def _made_files(self, digest: str) -> dict[str, Path]:
        files = self._files(digest)
        if not files[TILES].is_file():
            del files[TILES]
        return files

    def _complete(self, digest: str, entry: Entry | None) -> bool:
        try:
            if not all(self._file(digest, v).stat().st_size > 0 for v in self._sizes):
                return False
        except OSError:
            return False
        # A picture recorded with a pyramid needs it; without the index, the files are the truth.
        needs_tiles = entry is not None and entry.info is not None and entry.info.pyramid is not None
        return not needs_tiles or self._file(digest, TILES).is_file()

    def _look_up(self, key: str, src: Path, retry_rejected: bool) -> tuple[Prepared | None, str]:
        """A finished outcome if no work is needed, else None and the digest to make."""
        try:
            stat = src.stat()
        except OSError as exc:
            with self._lock:
                self._index.keys.pop(key, None)
            missing = isinstance(exc, FileNotFoundError)
            reason = "the file is missing" if missing else f"the file could not be read ({exc.strerror})"
            return Prepared(key, reason=reason), ""
        try:
            content = self._memo.digest(src, stat)
        except OSError as exc:
            with self._lock:
                self._index.keys.pop(key, None)
            return Prepared(key, reason=f"the file could not be read ({exc.strerror or exc})"), ""
        digest = self._digest(content)
        with self._lock:
            entry = self._index.entries.get(digest)
        complete = self._complete(digest, entry)
        with self._lock:
            self._index.keys[key] = digest
            if complete:
                self._reused += 1
                info = entry.info if entry is not None else None
                if entry is None or entry.reason is not None:
                    self._index.entries[digest] = Entry(info=info)
                return Prepared(key, self._made_files(digest), info=info, reused=True), digest
            if entry is not None and entry.reason is not None and not retry_rejected:
                self._known_rejected += 1
                return Prepared(key, reason=entry.reason, reused=True), digest
            self._in_flight.add(digest)
        return None, digest

    def _make(self, waiting: Mapping[str, tuple[Path, list[str]]]) -> Iterable[Prepared]:
        futures: dict[Future[ImageInfo], str] = {}
        try:
            for digest, (src, _) in waiting.items():
                futures[self._get_sandbox().submit(src, self._files(digest), self._sizes)] = digest
        except Exception:
            with self._lock:
                self._in_flight.difference_update(waiting)
            for future in futures:
                future.cancel()
            raise
        for future in as_completed(futures):
            digest = futures[future]
            outcome = self._settle(digest, future)
            for key in waiting[digest][1]:
                yield Prepared(key, outcome.paths, outcome.reason, outcome.info, reused=False)

    def _settle(self, digest: str, future: Future[ImageInfo]) -> Prepared:
        """Record one finished Future in the index and counters."""
        try:
            info = future.result()
        except ImageRejected as exc:
            with self._lock:
                self._in_flight.discard(digest)
                self._rejected += 1
                if exc.permanent:
                    self._index.entries[digest] = Entry(reason=exc.reason)
            return Prepared("", reason=exc.reason)
        except CancelledError:
            with self._lock:
                self._in_flight.discard(digest)
            return Prepared("", reason="the kiosk stopped before the picture was prepared")
        with self._lock:
            self._in_flight.discard(digest)
            self._made += 1
            self._index.entries[digest] = Entry(info=info)
        return Prepared("", self._made_files(digest), info=info)

    def _get_sandbox(self) -> DecodeSandbox:
        with self._lock:
            if self._closed:
                raise RuntimeError("the image cache is closed")
            if self._sandbox is None:
                from kiosk.images.sandbox import DecodeSandbox

                self._sandbox = DecodeSandbox(self._workers, limits=self._limits)
            return self._sandbox

    def _save(self) -> None:
        with self._lock:
            self._index.files = self._memo.snapshot()
            try:
                save_index(self._dir, self._index)
            except OSError as exc:
                # The derivatives are still valid; only the rejection memory is lost.
                _log.warning("could not write image cache index in %s: %s", self._dir, exc)


def _notify(on_result: Callable[[Prepared], None] | None, prepared: Prepared) -> None:
    if on_result is not None:
        on_result(prepared)


__all__ = ["INDEX_NAME", "CacheStats", "DerivativeCache", "Prepared"]
