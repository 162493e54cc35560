"""The health files: Prometheus textfile conventions, the JSON twin, the heartbeat."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.ops.health import (
    CONTENT_STATES,
    HEARTBEAT,
    MAX_LABEL_CHARS,
    METRICS,
    SNAPSHOT,
    TEXTFILE,
    ContentReport,
    Health,
    Shown,
    SnapshotError,
    parse_snapshot,
    read_snapshot,
    render_metrics,
    snapshot_json,
    write_health,
)

NOW = 1773489600.0  # 2026-03-14 12:00:00 UTC


def health(**changes: object) -> Health:
    content = ContentReport(
        exhibit="mini",
        version="c4df34b32ec0",
        state="current",
        shown_since=NOW - 3600,
        store_version="20260314-110000-0a1b2c3d",
        folder="/srv/exhibit",
        history=(Shown("c4df34b32ec0", "mini", NOW - 3600),),
    )
    base = Health(
        up=True,
        app_version="0.2.0",
        now=NOW,
        interval_s=15,
        started_at=NOW - 7200,
        starts_total=12,
        unclean_exits_total=2,
        crash_loop=False,
        safe_mode=False,
        content=content,
        display_on=True,
        analytics_paused=False,
        visits_today=42,
        rss_bytes=300 * 2**20,
        last_error_at=None,
        name="gallery-3",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def samples(text: str) -> dict[str, str]:
    """{'name{labels}': value} of every sample line."""
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, value = line.rsplit(" ", 1)
            found[key] = value
    return found


def test_the_values_a_technician_needs() -> None:
    got = samples(render_metrics(health()))
    k = 'kiosk="gallery-3"'
    assert got[f"kiosk_up{{{k}}}"] == "1"
    assert got[f'kiosk_build_info{{{k},version="0.2.0"}}'] == "1"
    assert got[f'kiosk_content_info{{{k},exhibit="mini",version="c4df34b32ec0"}}'] == "1"
    assert got[f'kiosk_content_state{{{k},state="current"}}'] == "1"
    assert got[f'kiosk_content_state{{{k},state="rejected"}}'] == "0"
    assert got[f"kiosk_uptime_seconds{{{k}}}"] == "7200"
    assert got[f"kiosk_start_time_seconds{{{k}}}"] == str(int(NOW) - 7200)
    assert got[f"kiosk_starts_total{{{k}}}"] == "12"
    assert got[f"kiosk_unclean_exits_total{{{k}}}"] == "2"
    assert got[f"kiosk_safe_mode{{{k}}}"] == "0"
    assert got[f"kiosk_crash_loop{{{k}}}"] == "0"
    assert got[f"kiosk_visits_today{{{k}}}"] == "42"
    assert got[f"kiosk_resident_memory_bytes{{{k}}}"] == str(300 * 2**20)
    assert got[f"kiosk_display_on{{{k}}}"] == "1"
    assert got[f"kiosk_analytics_paused{{{k}}}"] == "0"
    assert got[f"kiosk_heartbeat_timestamp_seconds{{{k}}}"] == str(int(NOW))
    assert got[f"kiosk_health_interval_seconds{{{k}}}"] == "15"
    assert got[f"kiosk_last_error_timestamp_seconds{{{k}}}"] == "0"
    # No error: the info metric is there, with an empty (so absent) label.
    assert got[f"kiosk_content_error_info{{{k}}}"] == "1"


def test_without_a_name_there_is_no_kiosk_label() -> None:
    text = render_metrics(health(name=""))
    assert "\nkiosk_up 1\n" in text
    assert "kiosk=" not in text


def test_conventions_help_type_units_prefix() -> None:
    text = render_metrics(health())
    lines = text.splitlines()
    assert text.endswith("\n")
    names = {re.split(r"[{ ]", line)[0] for line in lines if not line.startswith("#")}
    assert names == set(METRICS)
    for name in names:
        kind, _help = METRICS[name]
        assert name.startswith("kiosk_")
        assert f"# TYPE {name} {kind}" in lines
        assert any(line.startswith(f"# HELP {name} ") for line in lines)
        assert name.endswith("_total") == (kind == "counter")
        assert not re.search(r"_(ms|sec|secs|mb|kb|percent)(_|$)", name)


def test_every_content_state_is_a_series_and_exactly_one_is_set() -> None:
    for state in CONTENT_STATES:
        got = samples(render_metrics(health(content=replace(health().content, state=state), name="")))
        values = {s: got[f'kiosk_content_state{{state="{s}"}}'] for s in CONTENT_STATES}
        assert values == {s: ("1" if s == state else "0") for s in CONTENT_STATES}


def test_unknown_facts_are_left_out_not_zero() -> None:
    text = render_metrics(health(visits_today=None, rss_bytes=None))
    assert "kiosk_visits_today" not in text
    assert "kiosk_resident_memory_bytes" not in text


def test_content_error_label_is_one_bounded_escaped_line() -> None:
    error = 'ERROR: exhibit.toml, line 2: not valid TOML ("title" \\ oops)\nnext line ' + "x" * 400
    content = replace(health().content, state="rejected", error=error, error_at=NOW - 60)
    line = next(
        line for line in render_metrics(health(content=content)).splitlines() if "error_info{" in line
    )
    value = re.search(r'error="((?:[^"\\]|\\.)*)"', line)
    assert value is not None
    raw = value.group(1)
    assert "\n" not in raw and "\\n" not in raw  # collapsed to one line, not escaped newlines
    assert '\\"title\\" \\\\ oops' in raw
    unescaped = raw.replace('\\"', '"').replace("\\\\", "\\")
    assert len(unescaped) == MAX_LABEL_CHARS and unescaped.endswith("…")
    assert f'kiosk_content_error_timestamp_seconds{{kiosk="gallery-3"}} {int(NOW) - 60}' in render_metrics(
        health(content=content)
    )


def test_label_values_escape_quotes_backslashes_newlines() -> None:
    text = render_metrics(health(app_version='v2 "beta"\\x\nnext'))
    assert 'version="v2 \\"beta\\"\\\\x\\nnext"' in text


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool (Debian: prometheus) not installed")
@pytest.mark.parametrize("state", ["current", "rejected"])
def test_promtool_check_metrics_passes(state: str) -> None:
    content = replace(health().content, state=state, error='bad "toml"\\' if state == "rejected" else "")
    text = render_metrics(health(content=content))
    result = subprocess.run(
        ["promtool", "check", "metrics"], input=text, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == ""


def test_write_is_atomic_readable_and_round_trips(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_health(tmp_path, health())
        write_health(tmp_path, health(visits_today=43))
    finally:
        os.umask(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([TEXTFILE, SNAPSHOT, HEARTBEAT])
    if os.name == "posix":
        for name in (TEXTFILE, SNAPSHOT, HEARTBEAT):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    assert read_snapshot(tmp_path) == health(visits_today=43)
    beat = (tmp_path / HEARTBEAT).read_text()
    assert beat.count("\n") == 1
    assert datetime.fromisoformat(beat.strip()).timestamp() == NOW


def test_snapshot_round_trip_and_damage() -> None:
    assert parse_snapshot(snapshot_json(health())) == health()
    with pytest.raises(SnapshotError):
        parse_snapshot("{}")
    with pytest.raises(SnapshotError):
        parse_snapshot("not json")
    with pytest.raises(SnapshotError):
        parse_snapshot('{"format": 1, "up": true}')


def test_missing_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_health(tmp_path / "missing", health())
