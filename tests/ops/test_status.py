"""``kiosk status``: verdicts and exit codes from the health snapshot and the crash history."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.ops.crashloop import CrashLoopGuard
from kiosk.ops.health import write_health
from kiosk.ops.health_sources import content_version
from kiosk.ops.paths import StateLayout
from kiosk.ops.status import Verdict, assess, render_text, stale_after
from tests.exhibits import build_mini
from tests.ops.test_health import NOW, health


@pytest.fixture
def layout(tmp_path: Path) -> StateLayout:
    layout = StateLayout(tmp_path / "state")
    layout.create()
    return layout


def test_a_running_kiosk_is_ok(layout: StateLayout) -> None:
    write_health(layout.health_dir, health())
    report = assess(layout, now=NOW + 5)
    assert report.verdict is Verdict.OK and report.findings == ()
    text = render_text(report)
    assert text.startswith("Kiosk gallery-3: OK\n")
    assert "mini, version c4df34b32ec0" in text
    assert "12 in all, 2 ended uncleanly" in text
    assert "up to date with the folder" in text


@pytest.mark.parametrize(
    ("change", "verdict", "words"),
    [
        ({"safe_mode": True}, Verdict.CRITICAL, "safe mode"),
        ({"crash_loop": True}, Verdict.CRITICAL, "crash loop"),
        ({"up": False}, Verdict.WARNING, "starting"),
        ({"up": False, "stopped": True}, Verdict.CRITICAL, "stopped normally"),
        ({"analytics_paused": True}, Verdict.WARNING, "statistics are paused"),
        (
            {"notices": ("Japanese text needs a CJK font: install the CJK font pack (docs/install.md)",)},
            Verdict.WARNING,
            "Japanese text needs a CJK font: install the CJK font pack",
        ),
    ],
)
def test_what_needs_a_look(
    layout: StateLayout, change: dict[str, object], verdict: Verdict, words: str
) -> None:
    write_health(layout.health_dir, health(**change))
    report = assess(layout, now=NOW + 1)
    assert report.verdict is verdict
    assert any(words in f.text for f in report.findings), report.findings


def test_rejected_content_is_a_warning_with_the_error(layout: StateLayout) -> None:
    content = replace(
        health().content, state="rejected", error="ERROR: exhibit.toml: not valid TOML", error_at=NOW
    )
    write_health(layout.health_dir, health(content=content))
    report = assess(layout, now=NOW + 1)
    assert report.verdict is Verdict.WARNING
    assert "last content error  ERROR: exhibit.toml: not valid TOML" in render_text(report)


def test_a_stale_heartbeat_means_not_running(layout: StateLayout) -> None:
    write_health(layout.health_dir, health())
    limit = stale_after(15)
    assert assess(layout, now=NOW + limit - 1).verdict is Verdict.OK
    report = assess(layout, now=NOW + limit + 1)
    assert report.verdict is Verdict.CRITICAL
    assert "not running" in report.findings[0].text


def test_no_files_is_unknown_but_a_crash_loop_is_critical(layout: StateLayout) -> None:
    assert assess(layout).verdict is Verdict.UNKNOWN
    guard = CrashLoopGuard(layout.crash_loop)
    for _ in range(4):
        CrashLoopGuard(layout.crash_loop).record_start()  # never a clean exit
    assert guard.in_safe_mode()
    assert assess(layout).verdict is Verdict.CRITICAL


def test_command_line_json_and_exit_code(
    layout: StateLayout, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_health(layout.health_dir, health(safe_mode=True))
    monkeypatch.setattr("time.time", lambda: NOW + 2)
    code = main(["status", "--state-dir", str(layout.root), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 2 and data["verdict"] == "critical" and data["exit_code"] == 2
    assert data["health"]["content"]["version"] == "c4df34b32ec0"
    assert data["heartbeat_age_s"] == pytest.approx(2)


def test_state_dir_from_the_settings_file(
    layout: StateLayout, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_health(layout.health_dir, health())
    settings = tmp_path / "kiosk.toml"
    settings.write_text(f'state_dir = "{layout.root.as_posix()}"\n', encoding="utf-8")
    monkeypatch.setattr("time.time", lambda: NOW + 2)
    assert main(["status", "--config", str(settings)]) == 0
    assert "Kiosk gallery-3: OK" in capsys.readouterr().out


def test_version_of_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = build_mini(tmp_path / "exhibit")
    assert main(["status", "--version-of", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == content_version(folder)
    assert main(["status", "--version-of", str(tmp_path / "missing")]) == 3
