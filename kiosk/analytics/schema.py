"""The analytics database schema and its migrations.

``MIGRATIONS[i]`` takes the schema from version ``i`` to ``i + 1``. Never edit a
released migration: append a new one, so that every kiosk in the field, whatever
version it last ran, reaches the same schema.

Times are local wall-clock time as ``YYYY-MM-DD HH:MM:SS`` text: the report is about
when the museum was busy, and fixed-width text sorts and range-filters correctly.
"""

from __future__ import annotations

import sqlite3

END_REASONS = ("timeout", "attract", "admin", "shutdown")

_V1 = (
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (0)",
    f"""
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        end_reason TEXT CHECK (end_reason IN ({", ".join(f"'{r}'" for r in END_REASONS)})),
        language TEXT NOT NULL,
        text_scale REAL NOT NULL DEFAULT 1.0,
        high_contrast INTEGER NOT NULL DEFAULT 0,
        reach_mode INTEGER NOT NULL DEFAULT 0,
        duration_s REAL
    )
    """,
    "CREATE INDEX sessions_started_at ON sessions (started_at)",
    """
    CREATE TABLE views (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        route TEXT NOT NULL,
        started_at TEXT NOT NULL,
        dwell_s REAL NOT NULL
    )
    """,
    "CREATE INDEX views_started_at ON views (started_at)",
    "CREATE INDEX views_session ON views (session_id)",
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL
    )
    """,
    "CREATE INDEX events_session ON events (session_id)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1,)
LATEST = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer kiosk; refuse rather than guess."""


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to :data:`LATEST`, one transaction per step. Returns the version.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that the explicit
    BEGIN/COMMIT here are the only transactions.
    """
    version = current_version(conn)
    if version > LATEST:
        raise SchemaTooNewError(f"analytics database is schema v{version}; this kiosk knows up to v{LATEST}")
    while version < LATEST:
        # IMMEDIATE: two processes opening a fresh database must not both migrate.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) == version:
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                conn.execute("UPDATE schema_version SET version = ?", (version + 1,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = current_version(conn)
    return version
