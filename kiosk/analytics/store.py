"""Anonymous, offline visitor analytics in SQLite.

What is recorded is deliberately coarse: when a session (one visitor's use, from first
touch until the kiosk returns to its attract loop) started and ended, which screens
were looked at and for how long, and which language and accessibility options were
picked. There is no free text, no identifier that outlives a session, no camera, no
network. The database never leaves the kiosk unless someone copies a report.

Crash safety: WAL journal with ``synchronous=NORMAL``. A killed process loses nothing
it committed; a power cut may lose the last few commits but never corrupts the file.
Every write is its own short transaction so that the UI thread never waits long and a
crash mid-session keeps everything recorded up to that point.

Times passed in may be naive (taken as local time) or aware (converted to local time).
They are stored as local wall-clock time with one-second resolution; durations are
computed from the values passed in, before rounding.

One ``AnalyticsStore`` per thread (sqlite3's default same-thread check applies); the
report and the kiosk may have the database open at the same time.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk.analytics.schema import migrate

StrPath = str | Path

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
MAX_ROUTE_LENGTH = 200
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_TRUE = {"1", "on", "true", "yes"}
_FALSE = {"0", "off", "false", "no"}


class ChoiceKind(StrEnum):
    LANGUAGE = "language"
    TEXT_SCALE = "text_scale"
    HIGH_CONTRAST = "high_contrast"
    REACH_MODE = "reach_mode"


class EndReason(StrEnum):
    TIMEOUT = "timeout"  # nobody touched the screen for the idle timeout
    ATTRACT = "attract"  # the visitor went back to the attract loop themselves
    ADMIN = "admin"  # staff opened the admin screen
    SHUTDOWN = "shutdown"  # the app quit (closing time, update, crash recovery)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None
    language: str
    text_scale: float
    high_contrast: bool
    reach_mode: bool
    duration_s: float | None


@dataclass(frozen=True)
class ViewRecord:
    session_id: int
    route: str
    started_at: datetime
    dwell_s: float


@dataclass(frozen=True)
class EventRecord:
    session_id: int
    at: datetime
    kind: str
    value: str


@dataclass(frozen=True)
class DaySummary:
    day: date
    sessions: int
    median_duration_s: float | None  # over sessions that have ended
    views: int


def to_local(moment: datetime) -> datetime:
    """Naive local time: aware datetimes are converted, naive ones are taken as local."""
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    return moment


def _fmt(moment: datetime) -> str:
    return to_local(moment).strftime(TIME_FORMAT)


def _parse(text: str) -> datetime:
    return datetime.strptime(text, TIME_FORMAT)


def _range_clause(column: str, start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
    parts: list[str] = []
    params: list[str] = []
    if start is not None:
        parts.append(f"{column} >= ?")
        params.append(_fmt(start))
    if end is not None:
        parts.append(f"{column} < ?")
        params.append(_fmt(end))
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _as_bool(value: str | float | bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"not an on/off value: {value!r}")


class AnalyticsStore:
    def __init__(self, path: StrPath, *, busy_timeout_s: float = 5.0) -> None:
        self.path = Path(path)
        # isolation_level=None: no implicit transactions; every write below is an
        # explicit BEGIN IMMEDIATE ... COMMIT.
        self._conn = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None)
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"could not switch {self.path} to WAL (got {mode})")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn)
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle ---------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> AnalyticsStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _write(self, sql: str, params: tuple[Any, ...] | list[Any]) -> sqlite3.Cursor:
        return self._write_many([(sql, params)])[-1]

    def _write_many(self, statements: list[tuple[str, tuple[Any, ...] | list[Any]]]) -> list[sqlite3.Cursor]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            cursors = [self._conn.execute(sql, params) for sql, params in statements]
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:  # not if BEGIN or COMMIT itself failed
                self._conn.execute("ROLLBACK")
            raise
        return cursors

    # -- writes (called by the UI) ------------------------------------------------

    def start_session(
        self,
        at: datetime,
        language: str,
        *,
        text_scale: float = 1.0,
        high_contrast: bool = False,
        reach_mode: bool = False,
    ) -> int:
        """Record a visitor's first touch. Returns the session id for the calls below."""
        if not _LANGUAGE.match(language):
            raise ValueError(f"not a language code: {language!r}")
        cursor = self._write(
            "INSERT INTO sessions (started_at, language, text_scale, high_contrast, reach_mode)"
            " VALUES (?, ?, ?, ?, ?)",
            (_fmt(at), language, float(text_scale), int(high_contrast), int(reach_mode)),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_view(self, session_id: int, route: str, started_at: datetime, dwell_s: float) -> None:
        """Record one screen the visitor looked at, when they leave it.

        ``route`` names the screen: ``chapter/<id>``, ``photo/<id>``, ``person/<id>``,
        ``timeline``, ``map``... (content ids only, never visitor input).
        """
        if not route or len(route) > MAX_ROUTE_LENGTH:
            raise ValueError("route must be 1 to 200 characters")
        self._write(
            "INSERT INTO views (session_id, route, started_at, dwell_s) VALUES (?, ?, ?, ?)",
            (session_id, route, _fmt(started_at), max(0.0, float(dwell_s))),
        )

    def record_choice(self, session_id: int, at: datetime, kind: str, value: str | float | bool) -> None:
        """Record a language or accessibility change.

        The session row keeps a summary for the report: ``language`` becomes the
        latest choice (sessions start in the default language before the visitor has
        chosen), ``text_scale`` the largest used, and the on/off options stay on once
        used. The events table keeps the full history.
        """
        choice = ChoiceKind(kind)
        update: tuple[str, tuple[Any, ...]]
        if choice is ChoiceKind.LANGUAGE:
            text = str(value)
            if not _LANGUAGE.match(text):
                raise ValueError(f"not a language code: {text!r}")
            update = ("UPDATE sessions SET language = ? WHERE id = ?", (text, session_id))
        elif choice is ChoiceKind.TEXT_SCALE:
            scale = float(value)
            text = f"{scale:g}"
            update = ("UPDATE sessions SET text_scale = MAX(text_scale, ?) WHERE id = ?", (scale, session_id))
        else:
            enabled = _as_bool(value)
            text = "on" if enabled else "off"
            update = (
                f"UPDATE sessions SET {choice.value} = MAX({choice.value}, ?) WHERE id = ?",
                (int(enabled), session_id),
            )
        self._write_many(
            [
                (
                    "INSERT INTO events (session_id, at, kind, value) VALUES (?, ?, ?, ?)",
                    (session_id, _fmt(at), choice.value, text),
                ),
                update,
            ]
        )

    def end_session(
        self, session_id: int, ended_at: datetime, reason: str, last_interaction_at: datetime
    ) -> bool:
        """Close a session. Returns False if it was already closed (ending twice is harmless).

        For ``timeout`` and ``shutdown`` the session is taken to have ended at the last
        interaction: the idle time before the timeout fired (or before the app quit)
        is not time anyone spent at the exhibit. ``attract`` and ``admin`` are
        themselves taps, so they end at ``ended_at``.
        """
        why = EndReason(reason)
        row = self._conn.execute(
            "SELECT started_at FROM sessions WHERE id = ? AND ended_at IS NULL", (session_id,)
        ).fetchone()
        if row is None:
            return False
        started = _parse(row[0])
        end = to_local(last_interaction_at if why in (EndReason.TIMEOUT, EndReason.SHUTDOWN) else ended_at)
        end = max(end, started)  # a clock step backwards must not give a negative length
        duration = (end - started).total_seconds()
        cursor = self._write(
            "UPDATE sessions SET ended_at = ?, end_reason = ?, duration_s = ?"
            " WHERE id = ? AND ended_at IS NULL",
            (_fmt(end), why.value, duration, session_id),
        )
        return cursor.rowcount == 1

    def close_abandoned_sessions(self, started_before: datetime) -> int:
        """End sessions a crash or power cut left open, at their last recorded activity.

        Call once at kiosk start-up with the start-up time (only the kiosk itself,
        never the report, so that a live session is never closed from outside).
        """
        rows = self._conn.execute(
            "SELECT id, started_at FROM sessions WHERE ended_at IS NULL AND started_at < ?",
            (_fmt(started_before),),
        ).fetchall()
        closed = 0
        for session_id, started_text in rows:
            last = _parse(started_text)
            for view_start, dwell in self._conn.execute(
                "SELECT started_at, dwell_s FROM views WHERE session_id = ?", (session_id,)
            ):
                last = max(last, _parse(view_start) + timedelta(seconds=dwell))
            for (at_text,) in self._conn.execute("SELECT at FROM events WHERE session_id = ?", (session_id,)):
                last = max(last, _parse(at_text))
            if self.end_session(session_id, last, EndReason.SHUTDOWN, last):
                closed += 1
        return closed

    # -- reads (admin view, report) ------------------------------------------------

    def today_summary(self, now: datetime) -> DaySummary:
        """Sessions started today (local date of ``now``) and their median length."""
        day = to_local(now).date()
        start = datetime.combine(day, time())
        end = start + timedelta(days=1)
        bounds = (_fmt(start), _fmt(end))
        (count,) = self._conn.execute(
            "SELECT COUNT(*) FROM sessions WHERE started_at >= ? AND started_at < ?", bounds
        ).fetchone()
        durations = [
            float(d)
            for (d,) in self._conn.execute(
                "SELECT duration_s FROM sessions"
                " WHERE started_at >= ? AND started_at < ? AND duration_s IS NOT NULL",
                bounds,
            )
        ]
        views = self._conn.execute(
            "SELECT COUNT(*) FROM views WHERE started_at >= ? AND started_at < ?", bounds
        ).fetchone()[0]
        return DaySummary(
            day=day,
            sessions=int(count),
            median_duration_s=statistics.median(durations) if durations else None,
            views=int(views),
        )

    def iter_sessions(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> Iterator[SessionRecord]:
        """Sessions that started in ``[start, end)``, oldest first."""
        where, params = _range_clause("started_at", start, end)
        cursor = self._conn.execute(
            "SELECT id, started_at, ended_at, end_reason, language, text_scale, high_contrast,"
            f" reach_mode, duration_s FROM sessions{where} ORDER BY started_at, id",
            params,
        )
        for row in cursor:
            yield SessionRecord(
                id=row[0],
                started_at=_parse(row[1]),
                ended_at=_parse(row[2]) if row[2] else None,
                end_reason=row[3],
                language=row[4],
                text_scale=float(row[5]),
                high_contrast=bool(row[6]),
                reach_mode=bool(row[7]),
                duration_s=None if row[8] is None else float(row[8]),
            )

    def iter_views(self, start: datetime | None = None, end: datetime | None = None) -> Iterator[ViewRecord]:
        """Views that started in ``[start, end)``, oldest first."""
        where, params = _range_clause("started_at", start, end)
        cursor = self._conn.execute(
            f"SELECT session_id, route, started_at, dwell_s FROM views{where} ORDER BY started_at, id", params
        )
        for session_id, route, started_at, dwell in cursor:
            yield ViewRecord(session_id, route, _parse(started_at), float(dwell))

    def iter_events(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> Iterator[EventRecord]:
        """Language and accessibility choices made in ``[start, end)``, oldest first."""
        where, params = _range_clause("at", start, end)
        cursor = self._conn.execute(
            f"SELECT session_id, at, kind, value FROM events{where} ORDER BY at, id", params
        )
        for session_id, at, kind, value in cursor:
            yield EventRecord(session_id, _parse(at), kind, value)

    def first_session_start(self) -> datetime | None:
        row = self._conn.execute("SELECT MIN(started_at) FROM sessions").fetchone()
        return _parse(row[0]) if row and row[0] else None
