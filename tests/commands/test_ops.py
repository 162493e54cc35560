from __future__ import annotations

import argparse
import getpass
import io
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.analytics.store import AnalyticsStore
from kiosk.commands import ops as cli
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.paths import StateLayout
from kiosk.ops.pin import PinGate


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StateLayout]:
    root = tmp_path / "state"
    monkeypatch.setenv("KIOSK_STATE_DIR", str(root))
    yield StateLayout(root)


def answers(monkeypatch: pytest.MonkeyPatch, *typed: str) -> list[str]:
    prompts: list[str] = []
    queue = list(typed)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return prompts


def seed_db(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with AnalyticsStore(path) as store:
        for day in (1, 2, 3):
            start = datetime(2026, 3, day, 11, 0)
            sid = store.start_session(start, "en")
            store.record_view(sid, "chapter/belgrade", start, 30)
            store.end_session(sid, start.replace(minute=2), "attract", start)


def test_report_with_default_db(
    layout: StateLayout, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_db(layout.analytics_db)
    out = tmp_path / "report"
    assert run("report", "--out", str(out)) == 0
    assert f"Report written to {out / 'index.html'}" in capsys.readouterr().out
    assert "belgrade" in (out / "index.html").read_text(encoding="utf-8")
    assert len((out / "sessions.csv").read_text().splitlines()) == 1 + 3


def test_report_since_and_explicit_db(tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite3"
    seed_db(db)
    out = tmp_path / "r"
    assert run("report", "--since", "2026-03-02", "--out", str(out), "--db", str(db)) == 0
    assert len((out / "sessions.csv").read_text().splitlines()) == 1 + 2


def test_report_missing_db(layout: StateLayout, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("report", "--out", str(tmp_path / "r")) == 1
    assert "no analytics database" in capsys.readouterr().err
    assert not layout.analytics_db.exists()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_report_on_a_damaged_database_says_so_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    db = tmp_path / "analytics.sqlite3"
    if damage == "garbage":
        db.write_bytes(bytes(range(256)) * 200)
    else:
        seed_db(db)
        with db.open("r+b") as handle:
            handle.truncate(db.stat().st_size // 2)
    assert run("report", "--db", str(db), "--out", str(tmp_path / "r")) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "sqlite3.DatabaseError" not in err
    assert err.startswith(f"kiosk report: {db}: the statistics")
    assert "no report was made" in err and ".recover" in err
    assert not (tmp_path / "r" / "index.html").exists()


def test_report_rejects_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run("report", "--since", "1.3.2026", "--out", str(tmp_path))
    assert info.value.code == 2
    assert "not a date like 2026-03-01" in capsys.readouterr().err


def test_report_requires_out() -> None:
    with pytest.raises(SystemExit):
        run("report")


def test_set_pin_interactively(
    layout: StateLayout, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = answers(monkeypatch, "4821", "4821")
    assert run("admin", "set-pin") == 0
    assert len(prompts) == 2
    assert PinGate(layout.admin_pin, layout.pin_lockout).check("4821").ok
    output = capsys.readouterr()
    assert "4821" not in output.out + output.err


def test_set_pin_mismatch_changes_nothing(
    layout: StateLayout, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers(monkeypatch, "4821", "4812")
    assert run("admin", "set-pin") == 1
    assert "differ" in capsys.readouterr().err
    assert not layout.admin_pin.exists()


def test_set_pin_invalid(
    layout: StateLayout, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers(monkeypatch, "12", "12")
    assert run("admin", "set-pin") == 2
    assert "4 to 8 digits" in capsys.readouterr().err
    assert not layout.admin_pin.exists()


def test_set_pin_from_stdin_replaces_pin_and_clears_lockout(
    layout: StateLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("1111\n"))
    assert run("admin", "set-pin", "--pin-stdin") == 0
    gate = PinGate(layout.admin_pin, layout.pin_lockout)
    for _ in range(3):
        gate.check("0000")
    assert gate.seconds_locked() > 0

    monkeypatch.setattr("sys.stdin", io.StringIO("20261944\r\n"))
    assert run("admin", "set-pin", "--pin-stdin") == 0
    assert gate.seconds_locked() == 0
    assert gate.check("20261944").ok
    assert not gate.check("1111").ok


def test_status_and_leave_safe_mode(layout: StateLayout, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("admin", "status") == 0
    out = capsys.readouterr().out
    assert "not set (admin screen closed)" in out and "Safe mode:       no" in out

    layout.create()
    clock = iter(range(int(time.time()) - 100, int(time.time()), 10))
    for _ in range(4):
        CrashLoopGuard(layout.crash_loop, clock=lambda: float(next(clock))).record_start()
    assert run("admin", "status") == 0
    assert "Safe mode:       yes" in capsys.readouterr().out

    assert run("admin", "leave-safe-mode") == 0
    assert not CrashLoopGuard(layout.crash_loop).in_safe_mode()


def test_admin_needs_a_command() -> None:
    with pytest.raises(SystemExit):
        run("admin")


def test_admin_state_dir_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_STATE_DIR", raising=False)
    root = tmp_path / "elsewhere"
    monkeypatch.setattr("sys.stdin", io.StringIO("5555\n"))
    assert run("admin", "--state-dir", str(root), "set-pin", "--pin-stdin") == 0
    assert PinGate(root / "admin-pin.json", root / "admin-pin-lockout.json").check("5555").ok
