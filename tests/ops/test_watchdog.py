from __future__ import annotations

import os
import secrets
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ops import watchdog

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs AF_UNIX")


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify.sock"
    if len(str(path)) > 100:  # sun_path is ~108 bytes
        path = Path(tempfile.mkdtemp(prefix="sdn")) / "n.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    with sock:
        yield sock, str(path)
    path.unlink(missing_ok=True)


def test_ready_ping_status_stopping(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    env = {"NOTIFY_SOCKET": path}
    assert watchdog.ready("showing exhibit", env=env)
    assert sock.recv(4096) == b"READY=1\nSTATUS=showing exhibit"
    assert watchdog.ping(env=env)
    assert sock.recv(4096) == b"WATCHDOG=1"
    assert watchdog.status("open\nnext change 17:00", env=env)
    assert sock.recv(4096) == b"STATUS=open next change 17:00"
    assert watchdog.stopping(env=env)
    assert sock.recv(4096) == b"STOPPING=1"


def test_uses_the_process_environment(
    listener: tuple[socket.socket, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sock, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    assert watchdog.ping()
    assert sock.recv(4096) == b"WATCHDOG=1"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract sockets are Linux-only")
def test_abstract_socket() -> None:
    name = f"kiosk-test-{secrets.token_hex(6)}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        assert watchdog.ready(env={"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(4096) == b"READY=1"


def test_no_op_outside_systemd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert watchdog.ready() is False
    assert watchdog.ping(env={}) is False
    assert watchdog.notify("READY=1", env={"NOTIFY_SOCKET": "vsock:2:1234"}) is False


def test_dead_socket_is_logged_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert watchdog.ping(env={"NOTIFY_SOCKET": str(tmp_path / "gone.sock")}) is False
    assert any("sd_notify(WATCHDOG) failed" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 15.0),
        ({"WATCHDOG_USEC": "1000000", "WATCHDOG_PID": str(os.getpid() + 1)}, 0.5),
        ({}, None),
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
    ],
)
def test_watchdog_interval_is_half_of_watchdog_usec(env: dict[str, str], expected: float | None) -> None:
    assert watchdog.watchdog_interval(env=env) == expected
