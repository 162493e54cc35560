"""A kiosk killed mid-write (kill -9, watchdog, OOM) must leave a sound database."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

import kiosk

REPO = Path(kiosk.__file__).resolve().parent.parent
VIEWS_PER_SESSION = 5

WRITER = f"""
import sys
from datetime import datetime, timedelta
from kiosk.analytics.store import AnalyticsStore

store = AnalyticsStore(sys.argv[1])
t = datetime(2026, 3, 14, 9, 0) + timedelta(days=int(sys.argv[2]))
store.close_abandoned_sessions(t)
done = 0
while True:
    sid = store.start_session(t, "en")
    for v in range({VIEWS_PER_SESSION}):
        store.record_view(sid, f"chapter/c{{v}}", t + timedelta(seconds=v), 1.0)
    store.record_choice(sid, t + timedelta(seconds=6), "language", "sr")
    store.end_session(sid, t + timedelta(seconds=8), "attract", t + timedelta(seconds=7))
    done += 1
    print(done, flush=True)
    t += timedelta(seconds=10)
"""


def _check(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        complete = conn.execute(
            "SELECT s.id, (SELECT COUNT(*) FROM views v WHERE v.session_id = s.id),"
            " (SELECT COUNT(*) FROM events e WHERE e.session_id = s.id), s.language, s.duration_s"
            " FROM sessions s WHERE end_reason = 'attract'"
        ).fetchall()
        # Each write was its own transaction: a session that reached its end has
        # everything written before the end, exactly once.
        assert all(row[1:] == (VIEWS_PER_SESSION, 1, "sr", 8.0) for row in complete)
        open_sessions = conn.execute("SELECT COUNT(*) FROM sessions WHERE ended_at IS NULL").fetchone()[0]
        abandoned = conn.execute("SELECT COUNT(*) FROM sessions WHERE end_reason = 'shutdown'").fetchone()[0]
        return {"complete": len(complete), "open": open_sessions, "abandoned": abandoned}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_write_leaves_the_database_intact(tmp_path: Path) -> None:
    db = tmp_path / "analytics.sqlite3"
    rng = random.Random(1944)
    reported_total = 0
    rounds = 4
    for round_no in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(round_no)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert child.stdout is not None
        with child.stdout:
            target = rng.randint(20, 120)
            last = 0
            while last < target:
                last = int(child.stdout.readline())
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert child.returncode == -signal.SIGKILL
        reported_total += last
        counts = _check(db)
        # Committed before the kill means kept: nothing the child reported is lost.
        assert counts["complete"] >= reported_total
        assert counts["open"] <= 1
        assert counts["abandoned"] <= round_no  # closed by the next start-up
        reported_total = counts["complete"]
