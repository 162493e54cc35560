"""The example alert rules: valid for Prometheus, and their unit tests pass."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "packaging" / "prometheus"
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(PROMTOOL is None, reason="promtool (Debian: prometheus) not installed")


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run([PROMTOOL, *args], cwd=RULES, capture_output=True, text=True, check=False)


@needs_promtool
def test_promtool_check_rules() -> None:
    result = promtool("check", "rules", "kiosk-alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


@needs_promtool
def test_the_example_server_config_is_valid() -> None:
    result = promtool("check", "config", "prometheus.example.yml")
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_promtool_test_rules() -> None:
    result = promtool("test", "rules", "kiosk-alerts.test.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_is_tested_and_described() -> None:
    rules = (RULES / "kiosk-alerts.yml").read_text(encoding="utf-8")
    tests = (RULES / "kiosk-alerts.test.yml").read_text(encoding="utf-8")
    alerts = re.findall(r"^\s+- alert: (\w+)$", rules, re.MULTILINE)
    # A test case that expects the alert to fire names it in the labels it expects.
    fired = set(re.findall(r"alertname: (\w+)\n\s+exp_alerts:\n\s+- exp_labels:", tests))
    assert {"KioskNotRunning", "KioskStuckOnOldContent", "KioskCrashLooping", "KioskInSafeMode",
            "KioskMemoryLeak"} <= set(alerts)  # fmt: skip
    assert set(alerts) - fired == {"KioskStatisticsPaused"}  # trivially kiosk_analytics_paused == 1
    assert rules.count("description: >-") == len(alerts) == rules.count("severity: ")
