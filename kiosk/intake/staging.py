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

One store per ``state_dir`` and process. Methods may be called from different threads (stage()
in a worker, current() in the GUI thread). Pure Python: no Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.atomic import atomic_write_json, fsync_directory
from kiosk.content.cache import load_cached
from kiosk.content.checks import content_warnings
from kiosk.content.folder_walk import copies_in_progress, hidden, walk
from kiosk.content.loader import LoadResult, load
from kiosk.content.model import Exhibit
from kiosk.content.omit import without_photos
from kiosk.content.paths import ContentPathError, safe_content_file
from kiosk.content.problems import Problem, Severity, error, warning
from kiosk.images.cache import DerivativeCache

PrepareImages = Callable[[Exhibit, Path], dict[str, str]]  # photo id -> why it cannot be shown

POINTER: Final = "current.json"
LAST_ATTEMPT: Final = "last-attempt.json"
STAGING: Final = "staging"
VERSIONS: Final = "versions"
DEFAULT_KEEP: Final = 3  # good versions kept: the current one and two to roll back to
MAX_PROBLEMS_KEPT: Final = 200  # lines of the last attempt's report kept for the admin view
_FREE_SPACE_MARGIN: Final = 64 * 1024 * 1024

_VERSION: Final = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}(-\d+)?$")

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StageResult:
    """What stage() found. ``ok``: it loaded without errors and may be promoted."""

    ok: bool
    version: str
    path: Path  # versions/<version>; removed again when not ok
    source: Path
    fingerprint: str  # of the source when it was copied
    staged_at: str  # ISO 8601, UTC
    problems: tuple[Problem, ...] = ()
    exhibit: Exhibit | None = field(default=None, compare=False, repr=False)
    left_out: dict[str, str] = field(default_factory=dict)  # photo id -> why it cannot be shown

    @property
    def incomplete(self) -> bool:
        """Named files or items are missing: it may still be on its way (see Problem.incomplete)."""
        return any(p.incomplete for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


@dataclass(frozen=True)
class VersionInfo:
    """One good version, as recorded in current.json."""

    version: str
    path: Path
    source: str
    fingerprint: str
    staged_at: str
    promoted_at: str
    warnings: int


@dataclass(frozen=True)
class Attempt:
    """The last stage(), for the admin view: when, from where, and what was wrong."""

    at: str
    source: str
    fingerprint: str
    ok: bool
    version: str | None
    errors: int
    warnings: int
    problems: tuple[str, ...]  # report lines, errors first, at most MAX_PROBLEMS_KEPT


@dataclass(frozen=True)
class StoreStatus:
    current: VersionInfo | None
    previous: VersionInfo | None
    last_attempt: Attempt | None
    waiting: str | None  # a checked version staged but not yet promoted
    versions_on_disk: tuple[str, ...]


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
                    _remove(debris)
            staging.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            # A read-only or full disk: what is there can still be shown; staging reports it.
            _log.error("the content store %s cannot be written (%s)", self.root, exc.strerror or exc)

    # --- watching ------------------------------------------------------------------------------
    def fingerprint(self, source: Path) -> str:
        """A hash of every entry's relative path, kind, size and mtime: equal twice = stopped changing.

        Hidden files count too (a sync tool's temporary files show that it is still writing).
        A folder that does not exist has a fingerprint of its own.
        """
        digest = hashlib.sha256()
        root = Path(source)
        if not root.is_dir():
            digest.update(b"absent")
            return digest.hexdigest()
        for rel, entry in walk(root.resolve(), include_hidden=True):
            digest.update(json.dumps([rel, *entry]).encode("utf-8", "surrogateescape"))
            digest.update(b"\0")
        return digest.hexdigest()

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
            if copied and not _has_errors(problems):
                (self.root / STAGING / version).rename(final)
                fsync_directory(self.root / VERSIONS)
                exhibit = self._check(final, problems, prepare_images, left_out)
        except Exception as exc:  # a fault here must not stop the kiosk: report it as a failed attempt
            _log.exception("staging %s failed", source)
            problems.append(
                error(".", f"The new content could not be prepared ({type(exc).__name__}: {exc}).")
            )
        ok = exhibit is not None and not _has_errors(problems)
        if not ok:
            _remove(self.root / STAGING / version)
            _remove(final)
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
        self._record_attempt(result)
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
        """Copy regular files and folders; refuse links and special files; False if nothing to load."""
        if not source.is_dir():
            problems.append(error(".", f"The content folder {source} does not exist (or is not a folder)."))
            return False
        root = source.resolve()  # the folder itself may be a link (an atomic release switch)
        target = self.root / STAGING / version
        entries = list(walk(root, include_hidden=True))
        busy, abandoned = copies_in_progress(entries, int(self._clock().timestamp() * 1e9))
        for rel in abandoned:
            problems.append(
                warning(
                    rel,
                    "This looks like a temporary file left behind by a copy or sync that was interrupted "
                    "(nothing has written to it for half an hour). It is not shown; delete it.",
                )
            )
        if busy:
            problems.append(
                error(
                    busy[0],
                    "A copy or sync still seems to be writing into the folder (this is one of its "
                    "temporary files). The folder is checked again once it has finished.",
                )
            )
            return False
        needed = sum(entry[1] for _, entry in entries if entry[0] == "file")
        free = shutil.disk_usage(self.root).free
        if needed + _FREE_SPACE_MARGIN > free:
            problems.append(
                error(
                    ".",
                    f"There is not enough disk space on the kiosk to copy the folder "
                    f"({needed // 2**20} MB needed, {free // 2**20} MB free).",
                )
            )
            return False
        reuse = self._current_dir()
        for rel, (kind, size, mtime_ns) in entries:
            if hidden(rel):
                continue
            dest = target.joinpath(*rel.split("/"))
            if kind == "dir":
                dest.mkdir(parents=True, exist_ok=True)
            elif kind == "file":
                if not self._copy_file(root, reuse, rel, size, mtime_ns, dest, problems):
                    return False
            elif kind == "link":
                problems.append(
                    warning(
                        rel,
                        "This is a shortcut (symbolic link); the kiosk does not follow links out of the "
                        "content folder, so it is left out. Copy the real file in instead.",
                    )
                )
            elif kind == "unreadable":
                problems.append(
                    error(rel, "This could not be read (check its permissions). It is tried again.")
                )
                return False
            else:
                problems.append(warning(rel, "This is not a regular file or folder; it is left out."))
        fsync_directory(target)
        return True

    def _copy_file(
        self,
        root: Path,
        reuse: Path | None,
        rel: str,
        size: int,
        mtime_ns: int,
        dest: Path,
        problems: list[Problem],
    ) -> bool:
        src = root.joinpath(*rel.split("/"))
        dest.parent.mkdir(parents=True, exist_ok=True)
        if reuse is not None:
            # Versions are never changed once made: an unchanged file can share the current copy's
            # data (a hard link) instead of being copied again.
            old = reuse.joinpath(*rel.split("/"))
            try:
                info = old.lstat()
                if stat.S_ISREG(info.st_mode) and info.st_size == size and info.st_mtime_ns == mtime_ns:
                    os.link(old, dest)
                    return True
            except OSError:
                pass  # not there, or links not supported here: copy
        try:
            # O_NOFOLLOW: a file swapped for a link since the walk is not followed out of the folder.
            fd = os.open(src, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "rb") as fh:
                if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                    raise OSError("it is not a regular file any more")
                with dest.open("xb") as out:
                    shutil.copyfileobj(fh, out, 1024 * 1024)
                    out.flush()
                    os.fsync(out.fileno())
            os.utime(dest, ns=(mtime_ns, mtime_ns))
        except OSError as exc:
            problems.append(
                error(rel, f"This file could not be copied ({exc.strerror or exc}). It is tried again.")
            )
            return False
        return True

    def _check(
        self,
        path: Path,
        problems: list[Problem],
        prepare_images: PrepareImages | None,
        left_out: dict[str, str],
    ) -> Exhibit | None:
        """Load the copy and prepare its photos; a photo that cannot be prepared is left out.

        ``left_out`` gets photo id -> reason; it is recorded with the version when it is promoted,
        so that every later load of this version leaves out the same photos.
        """
        result = load(path)
        problems += result.problems
        if result.exhibit is None:
            return None
        problems += content_warnings(result, path)
        if prepare_images is None or _has_errors(problems):
            return result.exhibit
        try:
            rejected = prepare_images(result.exhibit, path)
        except Exception as exc:
            _log.exception("preparing the photos of %s failed", path)
            problems.append(
                error("photos", f"The photos could not be prepared ({type(exc).__name__}: {exc}).")
            )
            return result.exhibit
        left_out.update(rejected)
        exhibit, omitted = without_photos(result.exhibit, rejected, result.locations)
        problems += omitted
        return exhibit

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
            entry = {
                "version": result.version,
                "source": str(result.source),
                "fingerprint": result.fingerprint,
                "staged_at": result.staged_at,
                "promoted_at": self._now(),
                "warnings": len(result.warnings),
                "left_out": dict(result.left_out),
            }
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
                if path.name not in keep and _VERSION.match(path.name):
                    _remove(path)
                    removed.append(path.name)
        return removed

    # --- admin view ----------------------------------------------------------------------------
    def status(self) -> StoreStatus:
        with self._lock:
            history = self._history()
            infos = [self._info(e) for e in history[:2]]
            versions = tuple(sorted(p.name for p in (self.root / VERSIONS).iterdir() if p.is_dir()))
            waiting = self._waiting
        return StoreStatus(
            current=infos[0] if infos else None,
            previous=infos[1] if len(infos) > 1 else None,
            last_attempt=self._last_attempt(),
            waiting=waiting,
            versions_on_disk=versions,
        )

    def _info(self, entry: dict[str, Any]) -> VersionInfo:
        return VersionInfo(
            version=entry["version"],
            path=self._dir(entry),
            source=str(entry.get("source", "")),
            fingerprint=str(entry.get("fingerprint", "")),
            staged_at=str(entry.get("staged_at", "")),
            promoted_at=str(entry.get("promoted_at", "")),
            warnings=int(entry.get("warnings", 0)),
        )

    # --- records -------------------------------------------------------------------------------
    def _dir(self, entry: dict[str, Any]) -> Path:
        return self.root / VERSIONS / str(entry["version"])

    def _history(self) -> list[dict[str, Any]]:
        path = self.root / POINTER
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            history = data["history"]
            return [e for e in history if isinstance(e, dict) and _VERSION.match(str(e.get("version", "")))]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            _log.error("the content pointer %s is unreadable (%s); starting without one", path, exc)
            return []

    def _write_history(self, history: list[dict[str, Any]]) -> None:
        atomic_write_json(self.root / POINTER, {"format": 1, "history": history})

    def _current_dir(self) -> Path | None:
        return self.current()

    def _record_attempt(self, result: StageResult) -> None:
        record = {
            "at": result.staged_at,
            "source": str(result.source),
            "fingerprint": result.fingerprint,
            "ok": result.ok,
            "version": result.version if result.ok else None,
            "errors": len(result.errors),
            "warnings": len(result.warnings),
            "problems": [str(p) for p in result.problems[:MAX_PROBLEMS_KEPT]],
        }
        try:
            atomic_write_json(self.root / LAST_ATTEMPT, record)
        except OSError as exc:
            _log.warning("could not record the content check in %s: %s", self.root, exc)

    def _last_attempt(self) -> Attempt | None:
        try:
            data = json.loads((self.root / LAST_ATTEMPT).read_text(encoding="utf-8"))
            return Attempt(
                at=str(data["at"]),
                source=str(data["source"]),
                fingerprint=str(data["fingerprint"]),
                ok=bool(data["ok"]),
                version=data.get("version"),
                errors=int(data["errors"]),
                warnings=int(data["warnings"]),
                problems=tuple(str(p) for p in data.get("problems", [])),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None


def prepare_in(cache: DerivativeCache, key: Callable[[Path, str], str] | None = None) -> PrepareImages:
    """A ``prepare_images`` for :meth:`ContentStore.stage` that makes derivatives in the kiosk's cache.

    Each photo of the staged copy is prepared under ``key(copy_root, photo_id)``, by default
    ``"<version>/<photo id>"``: never the plain photo id the screen resolves, so preparing a new
    version cannot change what the current one shows. After promote(), preparing the promoted
    folder under plain ids costs no decoding: the files and their paths are the same, so the
    cache finds every derivative made here.
    """
    make_key = key or (lambda root, photo_id: f"{root.name}/{photo_id}")

    def prepare(exhibit: Exhibit, root: Path) -> dict[str, str]:
        items: list[tuple[str, Path]] = []
        refused: dict[str, str] = {}
        for photo in exhibit.photos:
            try:
                items.append((photo.id, safe_content_file(root, photo.file)))
            except ContentPathError as exc:
                refused[photo.id] = str(exc)
        keys = {make_key(root, photo_id): photo_id for photo_id, _ in items}
        results = cache.prepare([(make_key(root, photo_id), path) for photo_id, path in items])
        for cache_key, prepared in results.items():
            if not prepared.ok:
                refused[keys[cache_key]] = prepared.reason or "it could not be prepared"
        return refused

    return prepare


def _has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.severity is not Severity.ERROR, p.file, p.line or 0))


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
