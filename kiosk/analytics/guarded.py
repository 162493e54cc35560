"""Visitor statistics that can never stop the exhibit.

The kiosk runs for months on a small SD card: the database may be damaged by a failing card,
truncated by a copy, written by a newer kiosk, or the disk may be full or read-only. None of that
may keep the exhibit from starting or a visit from going on:

- a damaged database (or one a newer kiosk wrote) is moved aside under a name with the time
  (``analytics.sqlite3.damaged-20260314-130000``, its ``-wal`` and ``-shm`` beside it) and a new
  one is started, at start-up or whenever the damage shows while running;
- if no database can be opened (read-only or full disk, no permission), statistics are paused:
  nothing is recorded, and :attr:`GuardedStore.state` says why, for the health file and the log;
- a write that fails (full disk, a locked database) is skipped and counted; the first failure of a
  run of them is logged, and so is the recovery.

:class:`GuardedStore` has the calls the kiosk makes on :class:`AnalyticsStore`; none of them raises.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from kiosk.analytics.schema import SchemaTooNewError
from kiosk.analytics.store import AnalyticsStore, DaySummary, to_local

log = logging.getLogger(__name__)
T = TypeVar("T")
SIDE_FILES = ("-wal", "-shm")


class VisitLog(Protocol):
    """What the kiosk's visit recorder calls (an AnalyticsStore or a GuardedStore)."""

    def start_session(self, at: datetime, language: str) -> int | None: ...
    def record_view(self, session_id: int, route: str, started_at: datetime, dwell_s: float) -> None: ...
    def record_choice(self, session_id: int, at: datetime, kind: str, value: str | float | bool) -> None: ...
    def end_session(
        self, session_id: int, ended_at: datetime, reason: str, last_interaction_at: datetime
    ) -> bool: ...


@dataclass(frozen=True)
class AnalyticsState:
    """For the health file and the admin view."""

    recording: bool  # False: statistics are paused (``reason`` says why)
    reason: str  # "" while recording and no write has failed
    moved_aside: Path | None  # where a damaged database was put since the kiosk started
    failed_writes: int  # writes skipped since the kiosk started (full disk, locked database)


def damaged(exc: BaseException) -> bool:
    """The database file itself is bad (as opposed to a full disk, a lock or a permission)."""
    if isinstance(exc, SchemaTooNewError):
        return True
    name = str(getattr(exc, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def describe(exc: BaseException) -> str:
    """A failure of the statistics database in plain words."""
    if isinstance(exc, SchemaTooNewError):
        return "the statistics database was written by a newer version of the kiosk"
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith("SQLITE_NOTADB"):
        return "the statistics file is not a database (it may have been overwritten)"
    if name.startswith("SQLITE_CORRUPT"):
        return "the statistics database is damaged (cut short or corrupted)"
    if name.startswith("SQLITE_FULL"):
        return "the disk is full"
    if name.startswith("SQLITE_READONLY"):
        return "the state folder is read-only"
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return "the statistics database cannot be opened (check the state folder's permissions and space)"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "the statistics database is locked by another program"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return " ".join(str(exc).split()) or type(exc).__name__


def move_aside(path: Path, moment: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm, which belong to it) so a new one can start."""
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.rename(target)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


class GuardedStore:
    """An :class:`AnalyticsStore` behind a guard: see the module docstring."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime] = datetime.now,
        open_store: Callable[[Path], AnalyticsStore] = AnalyticsStore,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._open_store = open_store
        self._store: AnalyticsStore | None = None
        self._reason = ""
        self._moved: Path | None = None
        self._failed = 0
        self._failing = False
        self._open()

    # --- opening ----------------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            self._store = self._checked_open()
        except Exception as exc:
            if not damaged(exc):
                self._pause(exc)
                return
            self._replace(exc)

    def _checked_open(self) -> AnalyticsStore:
        store = self._open_store(self.path)
        try:
            store.today_summary(self._clock())  # reads the tables: a damaged one shows here
        except BaseException:
            store.close()
            raise
        try:
            closed = store.close_abandoned_sessions(self._clock())
        except sqlite3.DatabaseError as exc:
            if damaged(exc):
                store.close()
                raise
            log.warning("could not close the visits a crash left open (%s); they stay open", describe(exc))
        else:
            if closed:
                log.info("closed %d visit(s) a crash or power cut left open", closed)
        return store

    def _replace(self, exc: BaseException) -> None:
        """Move a damaged database aside and start a new one; pause if even that fails."""
        try:
            self._moved = move_aside(self.path, self._clock())
        except OSError as move_error:
            self._pause(exc, f"; it could not be moved aside ({describe(move_error)})")
            return
        log.error(
            "%s: moved it aside to %s and started a new one; the old one may be rescued with sqlite3's "
            ".recover",
            describe(exc),
            self._moved.name,
        )
        try:
            self._store = self._checked_open()
            self._reason = ""
        except Exception as new_error:
            self._pause(new_error)

    def _pause(self, exc: BaseException, more: str = "") -> None:
        self._store = None
        self._reason = f"statistics are paused: {describe(exc)}{more}"
        log.error("%s (%s); the exhibit runs on without them", self._reason, self.path)

    # --- state --------------------------------------------------------------------------------------
    @property
    def state(self) -> AnalyticsState:
        return AnalyticsState(self._store is not None, self._reason, self._moved, self._failed)

    # --- the calls the kiosk makes -----------------------------------------------------------------
    def _call(self, action: Callable[[AnalyticsStore], T], default: T) -> T:
        store = self._store
        if store is None:
            return default
        try:
            result = action(store)
        except Exception as exc:
            self._failed += 1
            if damaged(exc):
                store.close()
                self._store = None
                self._replace(exc)
            elif not self._failing:
                self._reason = f"statistics are being skipped: {describe(exc)}"
                log.error("%s; the exhibit runs on, and they are recorded again once it works", self._reason)
            self._failing = True
            return default
        if self._failing:
            self._failing = False
            self._reason = ""
            log.info("statistics are recorded again (%d write(s) were skipped)", self._failed)
        return result

    def start_session(self, at: datetime, language: str) -> int | None:
        return self._call(lambda s: s.start_session(at, language), None)

    def record_view(self, session_id: int, route: str, started_at: datetime, dwell_s: float) -> None:
        self._call(lambda s: s.record_view(session_id, route, started_at, dwell_s), None)

    def record_choice(self, session_id: int, at: datetime, kind: str, value: str | float | bool) -> None:
        self._call(lambda s: s.record_choice(session_id, at, kind, value), None)

    def end_session(
        self, session_id: int, ended_at: datetime, reason: str, last_interaction_at: datetime
    ) -> bool:
        return self._call(lambda s: s.end_session(session_id, ended_at, reason, last_interaction_at), False)

    def today_summary(self, now: datetime) -> DaySummary:
        return self._call(lambda s: s.today_summary(now), DaySummary(to_local(now).date(), 0, None, 0))

    def close(self) -> None:
        if self._store is not None:
            try:
                self._store.close()
            except sqlite3.Error as exc:
                log.warning("closing the statistics database failed: %s", describe(exc))
            self._store = None
