"""The unit files say what docs/operations.md promises."""

from __future__ import annotations

from pathlib import Path

import pytest

import kiosk

UNITS = Path(kiosk.__file__).resolve().parent.parent / "packaging" / "systemd"


def parse(path: Path) -> dict[str, dict[str, list[str]]]:
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key, []).append(value)
    return sections


COMMON = {
    "Type": ["notify"],
    "Restart": ["always"],
    "RestartSec": ["2"],
    "WatchdogSec": ["30"],
    "User": ["kiosk"],
}


@pytest.mark.parametrize(
    ("name", "platform"),
    [("exhibit-kiosk.service", "wayland"), ("exhibit-kiosk-eglfs.service", "eglfs")],
)
def test_unit(name: str, platform: str) -> None:
    unit = parse(UNITS / name)
    assert unit["Unit"]["StartLimitIntervalSec"] == ["0"]
    service = unit["Service"]
    for key, value in COMMON.items():
        assert service[key] == value, key
    assert f"QT_QPA_PLATFORM={platform}" in service["Environment"]
    assert "KIOSK_STATE_DIR=/var/lib/exhibit-kiosk" in service["Environment"]
    assert service["StateDirectory"] == ["exhibit-kiosk"]
    assert "Install" in unit


def test_wayland_unit_runs_the_kiosk_under_cage() -> None:
    service = parse(UNITS / "exhibit-kiosk.service")["Service"]
    assert service["ExecStart"][0].startswith("/usr/bin/cage -d -s -- ")
    # The kiosk is cage's child: without this systemd drops its READY/WATCHDOG messages.
    assert service["NotifyAccess"] == ["all"]


def test_every_setting_is_explained() -> None:
    for path in UNITS.glob("*.service"):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        uncommented = []
        for i, line in enumerate(lines):
            if line and not line.startswith(("#", "[")):
                block = lines[:i]
                # Walk back over the directives right above: a comment must head the group.
                j = len(block) - 1
                while j >= 0 and block[j] and not block[j].startswith(("#", "[")):
                    j -= 1
                if j < 0 or not block[j].startswith("#"):
                    uncommented.append(line)
        assert uncommented == [], path.name
