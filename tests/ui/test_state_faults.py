"""The kiosk comes up, and stops cleanly, whatever state folder it finds (issue 13, item 1).

Each test runs the real ``kiosk run`` in its own process (offscreen), waits for it to tell systemd
it is up (``READY=1`` on a notify socket, as under ``Type=notify``), stops it with SIGTERM as
systemd does, and checks what it left. Nothing here waits on a clock: the only timeouts are
bounds after which a hung kiosk counts as a failure.

A read-only and a full disk are real ones where the machine allows it: the state folder is covered,
in a private mount namespace, by a read-only bind mount or a tiny tmpfs (``unshare --user --mount``,
no privileges needed). Where that is not possible those two tests are skipped; the same faults are
also tested by injection in tests/ops and tests/analytics.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.analytics.store import AnalyticsStore

ROOT = Path(__file__).resolve().parents[2]
BOUND_S = 180  # a kiosk that has not started or stopped by then is broken, not slow


@dataclass
class Run:
    code: int
    stderr: str
    stdout: str


@pytest.fixture
def notify(tmp_path: Path) -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify"))
    sock.settimeout(BOUND_S)
    yield sock
    sock.close()


def environment(tmp_path: Path, state: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_STATE_DIR=str(state),
        NOTIFY_SOCKET=str(tmp_path / "notify"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # no settings file
        PYTHONPATH=str(ROOT),
    )


def wait_until_ready(notify: socket.socket, process: subprocess.Popen[Any]) -> str:
    """The kiosk's READY=1; fails at once if the kiosk exits instead (e.g. on a bad settings file)."""
    notify.settimeout(1)  # only to notice a process that died: READY ends the wait, not a clock
    for _ in range(BOUND_S):
        try:
            message = notify.recv(4096).decode()
        except TimeoutError:
            if process.poll() is not None:
                raise AssertionError(f"the kiosk exited with {process.returncode} before it was up") from None
            continue
        if "READY=1" in message:
            return message
    raise AssertionError(f"the kiosk was not up after {BOUND_S} s")


KIOSK = [sys.executable, "-m", "kiosk", "run", "--windowed", "--size", "640x400"]


def run_and_stop(tmp_path: Path, state: Path, notify: socket.socket) -> Run:
    with (
        (tmp_path / "stderr").open("w") as err,
        subprocess.Popen(KIOSK, env=environment(tmp_path, state), stderr=err, cwd=tmp_path) as process,
    ):
        try:
            wait_until_ready(notify, process)
            process.send_signal(signal.SIGTERM)
            code = process.wait(BOUND_S)
        finally:
            if process.poll() is None:
                process.kill()
    return Run(code, (tmp_path / "stderr").read_text(), "")


def damaged_database(path: Path, how: str) -> None:
    if how == "garbage":
        path.write_bytes(os.urandom(64 * 1024))
        return
    with AnalyticsStore(path) as store:  # a real database with a few weeks of visits...
        at = datetime(2026, 3, 1, 10)
        for _ in range(3000):
            sid = store.start_session(at, "en")
            store.end_session(sid, at + timedelta(seconds=40), "attract", at)
            at += timedelta(minutes=10)
    with path.open("r+b") as handle:  # ...cut in half, as by a copy that stopped
        handle.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_a_damaged_database_is_moved_aside_and_the_kiosk_comes_up(
    tmp_path: Path, notify: socket.socket, how: str
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    damaged_database(state / "analytics.sqlite3", how)
    run = run_and_stop(tmp_path, state, notify)
    assert run.code == 0, run.stderr
    [aside] = state.glob("analytics.sqlite3.damaged-*")
    assert aside.stat().st_size > 0
    assert "moved it aside" in run.stderr
    with AnalyticsStore(state / "analytics.sqlite3") as fresh:  # a new, working database
        assert fresh.today_summary(datetime.now()).sessions == 0
    [start] = json.loads((state / "crash-loop.json").read_text())["starts"]
    assert start["clean_exit"] is True


def test_mistakes_in_both_settings_files_are_reported_and_the_kiosk_starts(
    tmp_path: Path, notify: socket.socket
) -> None:
    config = tmp_path / "config" / "exhibit-kiosk"
    config.mkdir(parents=True)
    (config / "kiosk.toml").write_text(
        'idle_timeout_s = "long"\nrotate = 45\nlanguage = "sr\n', encoding="utf-8"
    )
    state = tmp_path / "state"
    state.mkdir()
    (state / "admin-settings.json").write_text('{"idle_timeout_s": 1000000000}', encoding="utf-8")
    run = run_and_stop(tmp_path, state, notify)
    assert run.code == 0, run.stderr
    assert "line 1: idle_timeout_s is 'long', but it must be a number; using the default (90)" in run.stderr
    assert "line 3, column 15: this is not valid TOML" in run.stderr
    assert (
        "idle_timeout_s is 1000000000, but it must be from 30 to 600 seconds; it is not applied" in run.stderr
    )
    assert "OverflowError" not in run.stderr


# --- a real read-only or full disk, in a private mount namespace --------------------------------


def namespaces_work(tmp_path: Path) -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    script = f"mount -t tmpfs -o size=64k tmpfs {probe} && touch {probe}/x"
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@pytest.fixture
def namespace(tmp_path: Path) -> None:
    if not namespaces_work(tmp_path):
        pytest.skip("this machine does not allow an unprivileged mount namespace (unshare --user --mount)")


def run_in_namespace(tmp_path: Path, state: Path, notify: socket.socket, setup: str, during: str = "") -> Run:
    """Run the kiosk with ``setup`` done to its state folder first and ``during`` once it is up."""
    kiosk = " ".join(f"'{part}'" for part in KIOSK)
    script = f"""
        set -e
        {setup}
        {kiosk} 2>"{tmp_path}/stderr" &
        pid=$!
        read up
        {during}
        kill -TERM $pid
        code=0
        wait $pid || code=$?
        ls -a "{state}"
        echo "crash-loop: $(cat "{state}/crash-loop.json" 2>/dev/null | tr -d ' \\n')"
        exit $code
    """
    with subprocess.Popen(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        env=environment(tmp_path, state),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    ) as process:
        try:
            wait_until_ready(notify, process)
            stdout, _ = process.communicate("up\n", timeout=BOUND_S)
        finally:
            if process.poll() is None:
                process.kill()
    return Run(process.returncode, (tmp_path / "stderr").read_text(), stdout)


@pytest.mark.usefixtures("namespace")
def test_a_read_only_state_folder_costs_logs_and_statistics_not_the_exhibit(
    tmp_path: Path, notify: socket.socket
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    run = run_in_namespace(
        tmp_path, state, notify, f'mount --bind "{state}" "{state}" && mount -o remount,bind,ro "{state}"'
    )
    assert run.code == 0, run.stderr
    assert "Read-only file system" in run.stderr
    assert "statistics are paused" in run.stderr
    assert "Logging error" not in run.stderr


@pytest.mark.usefixtures("namespace")
def test_a_full_disk_from_the_start(tmp_path: Path, notify: socket.socket) -> None:
    state = tmp_path / "state"
    state.mkdir()
    fill = f'dd if=/dev/zero of="{state}/filler" bs=4k 2>/dev/null || true'
    run = run_in_namespace(tmp_path, state, notify, f'mount -t tmpfs -o size=1m tmpfs "{state}" && {fill}')
    assert run.code == 0, run.stderr
    assert "No space left on device" in run.stderr or "disk is full" in run.stderr
    assert "Logging error" not in run.stderr


@pytest.mark.usefixtures("namespace")
def test_sigterm_after_the_disk_filled_is_a_clean_stop_not_a_crash(
    tmp_path: Path, notify: socket.socket
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    fill = f'dd if=/dev/zero of="{state}/filler" bs=4k 2>/dev/null || true'
    run = run_in_namespace(tmp_path, state, notify, f'mount -t tmpfs -o size=8m tmpfs "{state}"', during=fill)
    assert run.code == 0, run.stderr
    crash_loop = run.stdout.split("crash-loop: ", 1)[1].strip()
    listing = run.stdout.split("crash-loop: ", 1)[0].split()
    # Recorded as clean, or the marker gone (which the next start reads as clean): never a crash.
    clean = crash_loop and json.loads(crash_loop)["starts"][-1]["clean_exit"]
    assert clean or "crash-loop.json.running" not in listing, run.stdout
    assert "Logging error" not in run.stderr
