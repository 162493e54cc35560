"""Facts for the health report that no other part of the kiosk keeps: starts, memory, content version.

- :class:`StartCounter`: how often the kiosk started and how many runs ended uncleanly, counted in
  ``health/starts.json`` so the counters survive restarts (Prometheus counters; a deleted file
  just looks like a counter reset).
- :func:`resident_memory_bytes`: the process's resident set size, where the OS tells it cheaply.
- :func:`content_version`: a fingerprint of a content folder's files (names and bytes), the same on
  every kiosk that shows the same content however it got there (Syncthing, rsync, a USB stick), so
  a fleet can be compared: ``count by (version) (kiosk_content_info)``.
- :class:`ContentVersions`: computes that fingerprint off the caller's thread and remembers it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from kiosk.atomic import atomic_write_json

log = logging.getLogger(__name__)

STARTS: Final = "starts.json"
VERSION_CHARS: Final = 12  # 48 bits: plenty to tell a museum's content versions apart
# The files the kiosk's content store leaves out of its copies (system clutter, hidden files such as
# Syncthing's .stfolder), so the version of a curator's folder equals that of its copy on a kiosk.
_SKIPPED: Final = frozenset({"thumbs.db", "desktop.ini"})


MAX_UNCLEAN_KEPT: Final = 20


@dataclass(frozen=True)
class Starts:
    total: int
    unclean: int
    unclean_starts: tuple[float, ...]  # start times of the latest runs that ended uncleanly

    def crash_loop(self, now: float, limit: int, window_s: float) -> bool:
        """At least ``limit`` runs that started within ``window_s`` of ``now`` ended uncleanly."""
        # abs(): a clock stepped back (no RTC before NTP) must not hide recent crashes.
        return sum(1 for at in self.unclean_starts if abs(now - at) <= window_s) >= limit


class StartCounter:
    """``record_start()`` once at start-up, ``record_clean_stop()`` on a normal quit."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            return {
                "starts": int(data["starts"]),
                "unclean": int(data["unclean"]),
                "running_since": None if data["running_since"] is None else float(data["running_since"]),
                "unclean_starts": [float(t) for t in data["unclean_starts"]],
            }
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("start counts in %s unreadable; counting from zero", self._path)
        return {"starts": 0, "unclean": 0, "running_since": None, "unclean_starts": []}

    def record_start(self, now: float) -> Starts:
        data = self._load()
        if data["running_since"] is not None:
            # Still marked running: the last run never reached record_clean_stop().
            data["unclean"] += 1
            data["unclean_starts"] = [*data["unclean_starts"], data["running_since"]][-MAX_UNCLEAN_KEPT:]
        data["starts"] += 1
        data["running_since"] = now
        self._save(data)
        return Starts(data["starts"], data["unclean"], tuple(data["unclean_starts"]))

    def record_clean_stop(self) -> None:
        data = self._load()
        data["running_since"] = None
        self._save(data)

    def _save(self, data: dict[str, Any]) -> None:
        try:
            atomic_write_json(self._path, data)
        except OSError as exc:
            log.warning("could not count the start in %s: %s", self._path, exc)


def app_version() -> str:
    """The kiosk program's version: the frozen bundle's VERSION file, else the installed package's."""
    if getattr(sys, "frozen", False):
        try:
            return (Path(sys.executable).parent / "VERSION").read_text(encoding="utf-8").strip()
        except OSError:
            pass
    try:
        return importlib.metadata.version("exhibit-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def resident_memory_bytes() -> int | None:
    """This process's resident set size, or None where it cannot be read cheaply (macOS)."""
    if sys.platform.startswith("linux"):
        try:
            fields = Path("/proc/self/statm").read_text(encoding="ascii").split()
            return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return None
    if sys.platform == "win32":
        return _windows_working_set()
    return None


def _windows_working_set() -> int | None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    process = windll.kernel32.GetCurrentProcess()
    if not windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
        return None
    return int(counters.WorkingSetSize)


def _content_files(root: Path) -> Iterator[tuple[str, Path]]:
    """(relative POSIX path, path) of every regular file the content store would copy, sorted."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _skipped(d))
        base = Path(folder)
        rel_base = base.relative_to(root).as_posix()
        for name in sorted(files):
            if _skipped(name):
                continue
            path = base / name
            try:
                if not stat.S_ISREG(path.lstat().st_mode):
                    continue  # links and specials are never shown
            except OSError:
                continue
            yield (name if rel_base == "." else f"{rel_base}/{name}"), path


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.casefold() in _SKIPPED


def content_version(root: Path) -> str:
    """A short hex fingerprint of the folder's files: their relative paths and their bytes.

    Times, owners and hidden files do not count, so a folder and every faithful copy of it have the
    same version. Reads every file once; call it off the GUI thread for a large folder.
    """
    digest = hashlib.sha256()
    for rel, path in _content_files(Path(root)):
        file_hash = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1024 * 1024), b""):
                file_hash.update(block)
        digest.update(rel.encode("utf-8", "surrogateescape") + b"\0" + file_hash.digest())
    return digest.hexdigest()[:VERSION_CHARS]


def _stat_key(root: Path) -> str:
    """Cheap change detector for a folder (paths, sizes, mtimes): the cache key for its version."""
    digest = hashlib.sha256(str(root).encode("utf-8", "surrogateescape"))
    for rel, path in _content_files(root):
        try:
            info = path.stat()
        except OSError:
            continue
        digest.update(f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


class ContentVersions:
    """:func:`content_version` of folders, computed in a background thread and remembered.

    :meth:`get` answers at once: the version if known, else "" while a thread works it out;
    ``on_ready`` is called (from that thread) when it is known. The answers are also kept in
    ``cache_file``, so a restart with the same content reads nothing.
    """

    MAX_CACHED: Final = 8

    def __init__(self, cache_file: Path, on_ready: Callable[[], None] | None = None) -> None:
        self._cache_file = cache_file
        self._on_ready = on_ready
        self._lock = threading.Lock()
        self._known: dict[str, str] = self._load()
        self._working: set[str] = set()

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._cache_file.read_text(encoding="utf-8"))
            return {str(key): str(version) for key, version in data["versions"]}
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def get(self, folder: Path) -> str:
        key = _stat_key(folder)
        with self._lock:
            if key in self._known:
                return self._known[key]
            if key in self._working:
                return ""
            self._working.add(key)
        threading.Thread(
            target=self._compute, args=(folder, key), name="content-version", daemon=True
        ).start()
        return ""

    def wait(self, folder: Path) -> str:
        """The version, computed on this thread if need be (for the command line and tests)."""
        key = _stat_key(folder)
        with self._lock:
            if key in self._known:
                return self._known[key]
        version = content_version(folder)
        self._remember(key, version)
        return version

    def _compute(self, folder: Path, key: str) -> None:
        try:
            version = content_version(folder)
        except OSError as exc:
            log.warning("could not fingerprint the content in %s: %s", folder, exc)
            with self._lock:
                self._working.discard(key)  # asked again at the next get()
            return
        self._remember(key, version)
        if self._on_ready is not None:
            self._on_ready()

    def _remember(self, key: str, version: str) -> None:
        with self._lock:
            self._working.discard(key)
            self._known[key] = version
            while len(self._known) > self.MAX_CACHED:
                del self._known[next(iter(self._known))]
            known = list(self._known.items())  # oldest first, as evicted
        try:
            atomic_write_json(self._cache_file, {"versions": known})
        except OSError as exc:
            log.debug("content version cache not saved: %s", exc)
