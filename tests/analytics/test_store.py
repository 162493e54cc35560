from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.analytics import schema
from kiosk.analytics.schema import END_REASONS, LATEST, SchemaTooNewError
from kiosk.analytics.store import AnalyticsStore, EndReason

T0 = datetime(2026, 3, 14, 10, 0, 0)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "analytics.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[AnalyticsStore]:
    with AnalyticsStore(db) as s:
        yield s


def query(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()


def test_wal_schema_version_and_pragmas(store: AnalyticsStore, db: Path) -> None:
    assert query(db, "PRAGMA journal_mode") == [("wal",)]
    assert query(db, "SELECT version FROM schema_version") == [(LATEST,)]
    assert store._conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    tables = {name for (name,) in query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"schema_version", "sessions", "views", "events"}


def test_reopening_does_not_migrate_again(db: Path) -> None:
    AnalyticsStore(db).close()
    with AnalyticsStore(db) as s:
        s.start_session(T0, "en")
    assert query(db, "SELECT COUNT(*) FROM schema_version") == [(1,)]
    assert query(db, "SELECT COUNT(*) FROM sessions") == [(1,)]


def test_newer_schema_is_refused(db: Path) -> None:
    AnalyticsStore(db).close()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(SchemaTooNewError, match="v99"):
        AnalyticsStore(db)


def test_timeout_excludes_the_idle_period(store: AnalyticsStore, db: Path) -> None:
    sid = store.start_session(T0, "en")
    last_touch = T0 + timedelta(seconds=95)
    timeout_fired = last_touch + timedelta(seconds=60)
    assert store.end_session(sid, timeout_fired, "timeout", last_touch)
    assert query(db, "SELECT ended_at, end_reason, duration_s FROM sessions") == [
        ("2026-03-14 10:01:35", "timeout", 95.0)
    ]


def test_shutdown_also_ends_at_the_last_touch(store: AnalyticsStore, db: Path) -> None:
    sid = store.start_session(T0, "en")
    store.end_session(sid, T0 + timedelta(minutes=10), "shutdown", T0 + timedelta(seconds=30))
    assert query(db, "SELECT duration_s FROM sessions") == [(30.0,)]


@pytest.mark.parametrize("reason", ["attract", "admin"])
def test_explicit_endings_end_when_they_happen(store: AnalyticsStore, db: Path, reason: str) -> None:
    sid = store.start_session(T0, "en")
    store.end_session(sid, T0 + timedelta(seconds=42), reason, T0 + timedelta(seconds=40))
    assert query(db, "SELECT end_reason, duration_s FROM sessions") == [(reason, 42.0)]


def test_ending_twice_is_harmless(store: AnalyticsStore, db: Path) -> None:
    sid = store.start_session(T0, "en")
    assert store.end_session(sid, T0 + timedelta(seconds=5), "attract", T0)
    assert not store.end_session(sid, T0 + timedelta(seconds=50), "shutdown", T0)
    assert query(db, "SELECT end_reason, duration_s FROM sessions") == [("attract", 5.0)]


def test_bad_input_is_rejected(store: AnalyticsStore) -> None:
    sid = store.start_session(T0, "en")
    with pytest.raises(ValueError):
        store.end_session(sid, T0, "bored", T0)
    with pytest.raises(ValueError):
        store.record_choice(sid, T0, "favourite_colour", "blue")
    with pytest.raises(ValueError):
        store.start_session(T0, "Jane Doe")  # no free text: language codes only
    with pytest.raises(ValueError):
        store.record_view(sid, "x" * 201, T0, 1)
    with pytest.raises(sqlite3.IntegrityError):
        store.record_view(sid + 99, "chapter/a", T0, 1)


def test_clock_step_back_never_gives_negative_length(store: AnalyticsStore, db: Path) -> None:
    sid = store.start_session(T0, "en")
    store.end_session(sid, T0 - timedelta(hours=1), "attract", T0 - timedelta(hours=1))
    assert query(db, "SELECT duration_s FROM sessions") == [(0.0,)]


def test_choices_update_the_session_summary_and_keep_history(store: AnalyticsStore, db: Path) -> None:
    sid = store.start_session(T0, "sr")
    store.record_choice(sid, T0 + timedelta(seconds=3), "language", "en")
    store.record_choice(sid, T0 + timedelta(seconds=4), "text_scale", 1.5)
    store.record_choice(sid, T0 + timedelta(seconds=5), "text_scale", 1.25)
    store.record_choice(sid, T0 + timedelta(seconds=6), "high_contrast", True)
    store.record_choice(sid, T0 + timedelta(seconds=7), "high_contrast", "off")
    store.record_choice(sid, T0 + timedelta(seconds=8), "reach_mode", False)
    [session] = store.iter_sessions()
    assert (session.language, session.text_scale, session.high_contrast, session.reach_mode) == (
        "en",
        1.5,
        True,  # used at some point, even though switched off again
        False,
    )
    assert [(e.kind, e.value) for e in store.iter_events()] == [
        ("language", "en"),
        ("text_scale", "1.5"),
        ("text_scale", "1.25"),
        ("high_contrast", "on"),
        ("high_contrast", "off"),
        ("reach_mode", "off"),
    ]


def test_views_round_trip_and_range_filter(store: AnalyticsStore) -> None:
    sid = store.start_session(T0, "en")
    store.record_view(sid, "chapter/belgrade", T0, 12.5)
    store.record_view(sid, "photo/t34", T0 + timedelta(days=1), -3)  # negative dwell clamps to 0
    views = list(store.iter_views(T0 - timedelta(hours=1), T0 + timedelta(hours=1)))
    assert [(v.route, v.dwell_s, v.started_at) for v in views] == [("chapter/belgrade", 12.5, T0)]
    assert [v.dwell_s for v in store.iter_views(T0 + timedelta(hours=1))] == [0.0]


def test_aware_times_are_stored_as_local_time(store: AnalyticsStore, db: Path) -> None:
    aware = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
    store.start_session(aware, "en")
    expected = aware.astimezone().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S")
    assert query(db, "SELECT started_at FROM sessions") == [(expected,)]


def test_today_summary(store: AnalyticsStore) -> None:
    yesterday = T0 - timedelta(days=1)
    s = store.start_session(yesterday, "en")
    store.end_session(s, yesterday + timedelta(seconds=1000), "attract", yesterday)
    for seconds in (30, 90, 60, 600):
        sid = store.start_session(T0 + timedelta(minutes=seconds), "en")
        store.record_view(sid, "chapter/a", T0 + timedelta(minutes=seconds), 5)
        store.end_session(sid, T0 + timedelta(minutes=seconds, seconds=seconds), "attract", T0)
    store.start_session(T0 + timedelta(hours=5), "en")  # still running: counted, no length yet
    summary = store.today_summary(T0 + timedelta(hours=6))
    assert (summary.day.isoformat(), summary.sessions, summary.median_duration_s, summary.views) == (
        "2026-03-14",
        5,
        75.0,
        4,
    )
    empty = store.today_summary(T0 + timedelta(days=3))
    assert (empty.sessions, empty.median_duration_s, empty.views) == (0, None, 0)


def test_abandoned_sessions_close_at_their_last_activity(store: AnalyticsStore, db: Path) -> None:
    crashed = store.start_session(T0, "en")
    store.record_view(crashed, "chapter/a", T0 + timedelta(seconds=10), 20)
    store.record_choice(crashed, T0 + timedelta(seconds=25), "language", "de")
    bare = store.start_session(T0 + timedelta(minutes=5), "en")
    restart = T0 + timedelta(hours=1)
    live = store.start_session(restart + timedelta(seconds=1), "en")  # after start-up: not touched
    assert store.close_abandoned_sessions(restart) == 2
    rows = query(db, "SELECT id, end_reason, duration_s FROM sessions ORDER BY id")
    assert rows == [(crashed, "shutdown", 30.0), (bare, "shutdown", 0.0), (live, None, None)]
    assert store.close_abandoned_sessions(restart) == 0


def test_report_and_kiosk_can_share_the_database(db: Path) -> None:
    with AnalyticsStore(db) as kiosk_side, AnalyticsStore(db) as report_side:
        sid = kiosk_side.start_session(T0, "en")
        assert [s.id for s in report_side.iter_sessions()] == [sid]
        kiosk_side.record_view(sid, "map", T0, 3)
        assert report_side.today_summary(T0).views == 1


def test_end_reasons_match_the_schema_check() -> None:
    assert tuple(r.value for r in EndReason) == END_REASONS


def test_migrations_apply_in_one_transaction_each(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with AnalyticsStore(db) as s:
        s.start_session(T0, "en")
    broken = ("ALTER TABLE sessions ADD COLUMN screen TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "LATEST", LATEST + 1)
    with pytest.raises(sqlite3.OperationalError):
        AnalyticsStore(db)
    assert "screen" not in [row[1] for row in query(db, "PRAGMA table_info(sessions)")]
    assert query(db, "SELECT version FROM schema_version") == [(LATEST,)]

    working = ("ALTER TABLE sessions ADD COLUMN screen TEXT",)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:-1], working))
    AnalyticsStore(db).close()
    assert "screen" in [row[1] for row in query(db, "PRAGMA table_info(sessions)")]
    assert query(db, "SELECT version FROM schema_version") == [(LATEST + 1,)]
    assert query(db, "SELECT COUNT(*) FROM sessions") == [(1,)]
