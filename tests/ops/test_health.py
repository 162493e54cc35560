from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.ops.health import render_metrics, write_health

NOW = datetime(2026, 3, 14, 12, 0, 0, tzinfo=UTC)  # 1773489600
LAST_ERROR = datetime(2026, 3, 14, 11, 58, 20, tzinfo=UTC)  # 1773489500

EXPECTED = """\
# HELP kiosk_up 1 if the kiosk is running and showing its exhibit, 0 if not.
# TYPE kiosk_up gauge
kiosk_up 1
# HELP kiosk_content_info The content version the kiosk is showing (always 1; the version is the label).
# TYPE kiosk_content_info gauge
kiosk_content_info{version="2026-03-01.2"} 1
# HELP kiosk_last_error_timestamp_seconds Unix time of the last error logged (0: none since the kiosk started)
# TYPE kiosk_last_error_timestamp_seconds gauge
kiosk_last_error_timestamp_seconds 1773489500
# HELP kiosk_sessions_today Visitor sessions started today (local time).
# TYPE kiosk_sessions_today gauge
kiosk_sessions_today 42
# HELP kiosk_heartbeat_timestamp_seconds Unix time the kiosk last wrote this file.
# TYPE kiosk_heartbeat_timestamp_seconds gauge
kiosk_heartbeat_timestamp_seconds 1773489600
"""


def test_exact_textfile(tmp_path: Path) -> None:
    prom, beat = tmp_path / "kiosk.prom", tmp_path / "heartbeat"
    write_health(prom, beat, True, "2026-03-01.2", LAST_ERROR, 42, NOW)
    assert prom.read_text(encoding="utf-8") == EXPECTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["heartbeat", "kiosk.prom"]


def test_heartbeat_is_an_iso_timestamp(tmp_path: Path) -> None:
    beat = tmp_path / "heartbeat"
    write_health(tmp_path / "k.prom", beat, True, "v1", None, 0, NOW)
    text = beat.read_text()
    assert text.endswith("\n") and text.count("\n") == 1
    assert datetime.fromisoformat(text.strip()) == NOW


def test_down_no_error_and_unix_time_error() -> None:
    text = render_metrics(False, "v1", None, 0, NOW)
    assert "\nkiosk_up 0\n" in text
    assert "\nkiosk_last_error_timestamp_seconds 0\n" in text
    assert "\nkiosk_last_error_timestamp_seconds 1773489500\n" in render_metrics(
        True, "v1", 1773489500.7, 0, NOW
    )


def test_label_value_is_escaped() -> None:
    text = render_metrics(True, 'v2 "beta"\\x\nnext', None, 0, NOW)
    assert 'kiosk_content_info{version="v2 \\"beta\\"\\\\x\\nnext"} 1\n' in text


def test_every_sample_has_help_and_type() -> None:
    lines = render_metrics(True, "v", None, 1, NOW).splitlines()
    samples = [line for line in lines if not line.startswith("#")]
    assert len(samples) == 5
    for sample in samples:
        name = sample.split("{")[0].split(" ")[0]
        assert f"# HELP {name} " in "\n".join(lines)
        assert f"# TYPE {name} gauge" in lines


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_world_readable_for_node_exporter(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_health(tmp_path / "k.prom", tmp_path / "hb", True, "v", None, 0, NOW)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "k.prom").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "hb").stat().st_mode) == 0o644


def test_missing_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_health(tmp_path / "no" / "k.prom", tmp_path / "hb", True, "v", None, 0, NOW)
