"""``kiosk admin check-pin``: what set-up tools use to leave a correct PIN alone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.ops.paths import StateLayout
from kiosk.ops.pin import PinGate, set_pin


def check(state: Path, pin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    return main(["admin", "--state-dir", str(state), "check-pin"])


def test_check_pin_answers_without_touching_the_lockout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout = StateLayout(tmp_path / "state")
    layout.create()
    assert check(layout.root, "4829", monkeypatch) == 1  # no PIN set yet
    set_pin(layout.admin_pin, "4829")
    assert check(layout.root, "4829", monkeypatch) == 0
    for _ in range(5):
        assert check(layout.root, "0000", monkeypatch) == 1
    assert not layout.pin_lockout.exists()
    assert PinGate(layout.admin_pin, layout.pin_lockout).seconds_locked() == 0
