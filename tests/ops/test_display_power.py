from __future__ import annotations

import logging
import subprocess
from typing import Any

import pytest

from kiosk.ops.display_power import DisplayPower

X11 = {"DISPLAY": ":0"}


class FakeRun:
    def __init__(self, returncode: int = 0, stderr: bytes = b"", error: BaseException | None = None) -> None:
        self.calls: list[tuple[list[str], dict[str, Any]]] = []
        self.returncode = returncode
        self.stderr = stderr
        self.error = error

    def __call__(self, argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((list(argv), kwargs))
        if self.error is not None:
            raise self.error
        return subprocess.CompletedProcess(argv, self.returncode, b"", self.stderr)


def found(name: str) -> str | None:
    return f"/usr/bin/{name}"


def missing(name: str) -> str | None:
    return None


@pytest.mark.parametrize(("on", "word"), [(False, "off"), (True, "on")])
def test_x11_uses_xset_without_a_shell(on: bool, word: str) -> None:
    run = FakeRun()
    power = DisplayPower(env=X11, platform="linux", which=found, run=run)
    assert power.method == "xset dpms"
    assert power.set(on) is True
    argv, kwargs = run.calls[0]
    assert argv == ["/usr/bin/xset", "dpms", "force", word]
    assert kwargs["timeout"] > 0 and kwargs.get("shell", False) is False


@pytest.mark.parametrize(
    ("env", "platform", "reason"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", "Wayland"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", "Wayland"),
        ({"QT_QPA_PLATFORM": "eglfs"}, "linux", "eglfs"),
        ({}, "linux", "DISPLAY"),
        (X11, "win32", "Windows"),
        (X11, "darwin", "macOS"),
    ],
)
def test_other_platforms_are_a_no_op(env: dict[str, str], platform: str, reason: str) -> None:
    run = FakeRun()
    power = DisplayPower(env=env, platform=platform, which=found, run=run)
    assert power.set(False) is False
    assert run.calls == []
    assert reason in power.method and power.method.startswith("none")


def test_xwayland_with_xcb_is_x11() -> None:
    run = FakeRun()
    power = DisplayPower(
        env={"WAYLAND_DISPLAY": "w", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, which=found, run=run
    )
    assert power.method == "xset dpms"


def test_missing_xset_is_a_no_op() -> None:
    power = DisplayPower(env=X11, platform="linux", which=missing, run=FakeRun())
    assert power.set(False) is False
    assert power.method == "none (xset not installed)"


@pytest.mark.parametrize(
    "run",
    [
        FakeRun(returncode=1, stderr=b"unable to open display"),
        FakeRun(error=FileNotFoundError("xset")),
        FakeRun(error=subprocess.TimeoutExpired(["xset"], 5)),
    ],
)
def test_failures_are_logged_not_raised(run: FakeRun, caplog: pytest.LogCaptureFixture) -> None:
    power = DisplayPower(env=X11, platform="linux", which=found, run=run)
    assert power.set(False) is False
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and "xset dpms force off" in errors[0].getMessage()
