"""Statistics never stop the exhibit: damaged, full, read-only (issue 13, item 1)."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.analytics import guarded
from kiosk.analytics.guarded import GuardedStore
from kiosk.analytics.store import AnalyticsStore

NOW = datetime(2026, 3, 14, 13, 0, 0)


def clock() -> datetime:
    return NOW


def visits(path: Path, count: int) -> None:
    with AnalyticsStore(path) as store:
        at = NOW - timedelta(days=30)
        for _ in range(count):
            sid = store.start_session(at, "en")
            store.record_view(sid, "chapter/x", at, 20)
            store.end_session(sid, at + timedelta(seconds=30), "attract", at)
            at += timedelta(minutes=10)


def a_visit(store: GuardedStore) -> int | None:
    sid = store.start_session(NOW, "en")
    if sid is not None:
        store.record_view(sid, "home", NOW, 5)
        store.end_session(sid, NOW + timedelta(seconds=5), "attract", NOW)
    return sid


@pytest.mark.parametrize("how", ["garbage", "truncated", "newer"])
def test_a_damaged_database_is_moved_aside_and_a_new_one_started(tmp_path: Path, how: str) -> None:
    db = tmp_path / "analytics.sqlite3"
    if how == "garbage":
        db.write_bytes(os.urandom(40_000))
    else:
        visits(db, 2000)
        if how == "truncated":
            with db.open("r+b") as handle:
                handle.truncate(db.stat().st_size // 2)
        else:
            with sqlite3.connect(db) as conn:
                conn.execute("UPDATE schema_version SET version = 99")
    original = db.read_bytes()
    store = GuardedStore(db, clock=clock)
    state = store.state
    assert state.recording and state.reason == ""
    assert state.moved_aside == tmp_path / "analytics.sqlite3.damaged-20260314-130000"
    assert state.moved_aside.read_bytes() == original  # kept, for rescue
    assert a_visit(store) == 1  # a new database, recording
    assert store.today_summary(NOW).sessions == 1
    store.close()


def test_when_the_database_cannot_even_be_moved_statistics_pause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "analytics.sqlite3"
    db.write_bytes(os.urandom(40_000))

    def refuse(path: Path, moment: datetime) -> Path:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(guarded, "move_aside", refuse)
    store = GuardedStore(db, clock=clock)
    assert not store.state.recording
    assert store.state.reason == (
        "statistics are paused: the statistics file is not a database (it may have been overwritten); "
        "it could not be moved aside (Read-only file system)"
    )
    assert a_visit(store) is None  # nothing recorded, nothing raised
    assert store.today_summary(NOW).sessions == 0


def test_a_database_that_cannot_be_opened_pauses_statistics(tmp_path: Path) -> None:
    def read_only(path: Path) -> AnalyticsStore:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    store = GuardedStore(tmp_path / "analytics.sqlite3", clock=clock, open_store=read_only)
    assert not store.state.recording and store.state.reason.startswith("statistics are paused")
    assert a_visit(store) is None


def test_a_full_disk_skips_writes_and_recording_resumes_when_there_is_room(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = GuardedStore(tmp_path / "analytics.sqlite3", clock=clock)
    connection: sqlite3.Connection = store._store._conn  # type: ignore[union-attr]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: no page more
    caplog.set_level(logging.INFO)
    results = [a_visit(store) for _ in range(300)]
    assert None in results  # some visits could not be recorded...
    assert store.state.failed_writes > 0 and "the disk is full" in store.state.reason
    assert sum("statistics are being skipped" in r.message for r in caplog.records) == 1  # said once
    connection.execute("PRAGMA max_page_count = 1073741823")  # room again
    assert a_visit(store) is not None
    assert store.state.reason == "" and any("recorded again" in r.message for r in caplog.records)
    store.close()


class Breaks:
    """A store that reports damage on its next write, as a failing SD card would."""

    def __init__(self, path: Path) -> None:
        self.real = AnalyticsStore(path)
        self.broken = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def start_session(self, at: datetime, language: str) -> int:
        if self.broken:
            error = sqlite3.DatabaseError("database disk image is malformed")
            error.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
            raise error
        return self.real.start_session(at, language)


def test_damage_found_while_running_moves_the_database_aside_at_once(tmp_path: Path) -> None:
    opened: list[Breaks] = []

    def open_store(path: Path) -> AnalyticsStore:
        opened.append(Breaks(path))
        return opened[-1]  # type: ignore[return-value]

    store = GuardedStore(tmp_path / "analytics.sqlite3", clock=clock, open_store=open_store)
    assert a_visit(store) == 1
    opened[-1].broken = True
    assert a_visit(store) is None  # this visit is lost...
    assert store.state.moved_aside is not None and len(opened) == 2
    assert a_visit(store) == 1  # ...the next is recorded in a new database
