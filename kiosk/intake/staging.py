"""New content on a running kiosk, the pure part: copy it aside, check it, switch, keep the last good.

The kiosk never shows the curator's folder itself. When the folder has changed and stopped
changing (the Qt side watches it and compares :meth:`ContentStore.fingerprint` over a few
seconds), it calls :meth:`ContentStore.stage`: the folder is copied into the store, so later
edits cannot tear what is on screen, and the copy is loaded and checked. Only a copy that
loads with no errors (warnings are allowed) can be promoted; the Qt side calls
:meth:`ContentStore.promote` at the next return to the attract screen, and shows
:meth:`ContentStore.current`, which survives restarts even when the curator's folder is broken
by then. A broken or half-copied folder never shows; the admin view reads :meth:`status`.

Layout of ``state_dir`` (give the store a folder of its own, e.g. ``<kiosk state dir>/content``)::

    staging/<version>/    a copy being made (left over only by a crash; removed at start)
    versions/<version>/   complete copies, never changed once made; the current one, the previous
                          ones (for rollback) and at most one checked copy waiting to be shown
    current.json          which versions are good, newest first (replaced atomically)
    last-attempt.json     the outcome of the last stage(), for the admin view

The parts: staging_copy.py copies the folder (what is left behind, when to wait),
staging_check.py loads the copy and prepares its photos, staging_records.py keeps current.json and
last-attempt.json.

One store per ``state_dir`` and process. Methods may be called from different threads (stage()
in a worker, current() in the GUI thread). Pure Python: no Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.atomic import fsync_directory
from kiosk.content.cache import load_cached
from kiosk.content.loader import LoadResult
from kiosk.content.model import Exhibit
from kiosk.content.omit import without_photos
from kiosk.content.problems import Problem, Severity, error
from kiosk.intake.staging_check import PrepareImages, check_copy, has_errors, prepare_in
from kiosk.intake.staging_copy import copy_folder, folder_fingerprint, remove
from kiosk.intake.staging_records import (
    LAST_ATTEMPT,
    POINTER,
    VERSION_NAME,
    VERSIONS,
    Attempt,
    StageResult,
    StoreStatus,
    VersionInfo,
    history_entry,
    last_attempt,
    read_history,
    record_attempt,
    version_dir,
    version_info,
    write_history,
)

__all__ = [
    "LAST_ATTEMPT",
    "POINTER",
    "Attempt",
    "ContentStore",
    "PrepareImages",
    "StageResult",
    "StoreStatus",
    "VersionInfo",
    "prepare_in",
]

STAGING: Final = "staging"
DEFAULT_KEEP: Final = 3  # good versions kept: the current one and two to roll back to

_log = logging.getLogger(__name__)


class ContentStore:
    def __init__(
        self,
        state_dir: Path,
        *,
        keep: int = DEFAULT_KEEP,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if keep < 2:
            raise ValueError("keep at least 2 versions: the current one and one to roll back to")
        self.root = Path(state_dir)
        self.keep = keep
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._waiting: str | None = None
        try:
            (self.root / VERSIONS).mkdir(parents=True, exist_ok=True)
            staging = self.root / STAGING
            if staging.is_dir():  # copies a crash interrupted
                for debris in staging.iterdir():
                    remove(debris)
            staging.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            # A read-only or full disk: what is there can still be shown; staging reports it.
            _log.error("the content store %s cannot be written (%s)", self.root, exc.strerror or exc)

    # --- watching ------------------------------------------------------------------------------
    def fingerprint(self, source: Path) -> str:
        """A hash of the folder's entries: equal twice = stopped changing (see staging_copy.py)."""
        return folder_fingerprint(source)

    # --- staging -------------------------------------------------------------------------------
    def stage(self, source: Path, prepare_images: PrepareImages | None = None) -> StageResult:
        """Copy ``source`` into the store, load it and check it.

        ``prepare_images(exhibit, copy_root)`` may make the photos' derivatives for the copy and
        return photo id -> reason for those that cannot be shown; each counts as an error. The
        copy's path is where it stays when promoted, so derivatives made for it stay valid.
        Never raises because of the folder's content.
        """
        source = Path(source)
        staged_at = self._now()
        problems: list[Problem] = []
        fingerprint = self.fingerprint(source)
        version = self._new_version(fingerprint)
        final = self.root / VERSIONS / version
        exhibit: Exhibit | None = None
        left_out: dict[str, str] = {}
        try:
            copied = self._copy(source, version, problems)
            if copied and self.fingerprint(source) != fingerprint:
                problems.append(
                    error(
                        ".",
                        "The folder changed while it was being copied. It is checked again once it "
                        "stops changing.",
                    )
                )
            if copied and not has_errors(problems):
                (self.root / STAGING / version).rename(final)
                fsync_directory(self.root / VERSIONS)
                exhibit = check_copy(final, problems, prepare_images, left_out)
        except Exception as exc:  # a fault here must not stop the kiosk: report it as a failed attempt
            _log.exception("staging %s failed", source)
            problems.append(
                error(".", f"The new content could not be prepared ({type(exc).__name__}: {exc}).")
            )
        ok = exhibit is not None and not has_errors(problems)
        if not ok:
            remove(self.root / STAGING / version)
            remove(final)
        result = StageResult(
            ok,
            version,
            final,
            source,
            fingerprint,
            staged_at,
            tuple(_sorted(problems)),
            exhibit if ok else None,
            left_out if ok else {},
        )
        with self._lock:
            if ok:
                self._waiting = version
        record_attempt(self.root, result)
        return result

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    def _new_version(self, fingerprint: str) -> str:
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        base = f"{stamp}-{fingerprint[:8]}"
        with self._lock:
            version, n = base, 1
            while (self.root / VERSIONS / version).exists() or (self.root / STAGING / version).exists():
                n += 1
                version = f"{base}-{n}"
            (self.root / STAGING / version).mkdir(parents=True)
        return version

    def _copy(self, source: Path, version: str, problems: list[Problem]) -> bool:
        now_ns = int(self._clock().timestamp() * 1e9)
        target = self.root / STAGING / version
        return copy_folder(source, target, reuse=self.current(), now_ns=now_ns, problems=problems)

    def load_version(self, path: Path, cache: Path | None = None) -> LoadResult:
        """Load a stored version as it was checked: without the photos left out when it was staged.
        ``cache``: where the checked result is kept for the next start (kiosk/content/cache.py)."""
        result = load_cached(path, cache)
        recorded: Any = next((e.get("left_out") for e in self._history() if self._dir(e) == path), None)
        if result.exhibit is not None and isinstance(recorded, dict) and recorded:
            reasons = {str(k): str(v) for k, v in recorded.items()}
            exhibit, omitted = without_photos(result.exhibit, reasons, result.locations)
            result = LoadResult(exhibit, result.problems + omitted, result.locations)
        return result

    # --- switching -----------------------------------------------------------------------------
    def promote(self, result: StageResult) -> Path:
        """Make a checked version the current one (atomically); returns its folder.

        The previous current version is kept for rollback; older ones beyond ``keep`` are removed.
        Raises ValueError for a result that is not ok or whose copy is gone.
        """
        if not result.ok:
            raise ValueError(f"version {result.version} has errors and cannot be shown")
        with self._lock:
            if not (result.path / "exhibit.toml").is_file():
                raise ValueError(f"version {result.version} is no longer in the store")
            entry = history_entry(result, self._now())
            history = [e for e in self._history() if e["version"] != result.version]
            self._write_history([entry, *history][: self.keep])
            if self._waiting == result.version:
                self._waiting = None
            self.prune()
            return result.path

    def current(self) -> Path | None:
        """The folder of the content to show: the last promoted version that is still on disk."""
        with self._lock:
            for entry in self._history():
                path = self._dir(entry)
                if (path / "exhibit.toml").is_file():
                    return path
        return None

    def good_versions(self) -> list[Path]:
        """The folders of every version recorded as good and still on disk, the current one first."""
        with self._lock:
            return [path for path in map(self._dir, self._history()) if (path / "exhibit.toml").is_file()]

    def rollback(self, to: Path | None = None) -> Path | None:
        """Go back to the previous good version, or to the good version ``to`` (the versions after
        it are forgotten); returns its folder, or None when there is none to go back to."""
        with self._lock:
            history = [e for e in self._history() if self._dir(e).is_dir()]
            folders = [self._dir(e) for e in history]
            back = 1 if to is None else folders.index(to) if to in folders else 0
            if not 0 < back < len(folders):
                return None  # nothing before it, or ``to`` is the current version or not a good one
            self._write_history(history[back:])
            return folders[back]

    def prune(self) -> list[str]:
        """Remove versions that are neither recorded as good nor waiting to be shown."""
        removed = []
        with self._lock:
            keep = {e["version"] for e in self._history()}
            if self._waiting:
                keep.add(self._waiting)
            for path in sorted((self.root / VERSIONS).iterdir()):
                if path.name not in keep and VERSION_NAME.match(path.name):
                    remove(path)
                    removed.append(path.name)
        return removed

    # --- admin view ----------------------------------------------------------------------------
    def status(self) -> StoreStatus:
        with self._lock:
            history = self._history()
            infos = [version_info(self.root, e) for e in history[:2]]
            versions = tuple(sorted(p.name for p in (self.root / VERSIONS).iterdir() if p.is_dir()))
            waiting = self._waiting
        return StoreStatus(
            current=infos[0] if infos else None,
            previous=infos[1] if len(infos) > 1 else None,
            last_attempt=last_attempt(self.root),
            waiting=waiting,
            versions_on_disk=versions,
        )

    # --- records -------------------------------------------------------------------------------
    def _dir(self, entry: dict[str, Any]) -> Path:
        return version_dir(self.root, entry)

    def _history(self) -> list[dict[str, Any]]:
        return read_history(self.root)

    def _write_history(self, history: list[dict[str, Any]]) -> None:
        write_history(self.root, history)


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.severity is not Severity.ERROR, p.file, p.line or 0))
