"""Safe mode never shows the content that crashed the kiosk (issue 13, item 7).

The real ``kiosk run``, in its own process, offscreen, with a content store holding two checked
versions of a curator's folder: the earlier one good, the current one crashing the kiosk while it
loads (tests/ui/crashing_kiosk.py aborts the process, as a crash in Qt would). Systemd's
``Restart=always`` is played by starting it again. Nothing waits on a clock: each start either dies
or says READY=1, and the bounds are for a hung kiosk.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
from pathlib import Path

from kiosk.intake.staging import ContentStore
from tests.exhibits import build_mini
from tests.ui.test_state_faults import BOUND_S, ROOT, environment, notify, wait_until_ready

__all__ = ["notify"]  # the fixture, shared with test_state_faults

CRASHING_ID = "mini-crashes"


def kiosk_command(source: Path) -> list[str]:
    script = ROOT / "tests" / "ui" / "crashing_kiosk.py"
    return [sys.executable, str(script), "run", "--windowed", "--size", "640x400", "--content", str(source)]


def two_versions(tmp_path: Path, state: Path) -> tuple[Path, Path, Path]:
    """A good version, then a current one that crashes the kiosk; returns (source, good, crashing)."""
    store = ContentStore(state / "content")
    source = build_mini(tmp_path / "curator")
    good = store.promote(store.stage(source))
    manifest = source / "exhibit.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('id = "mini"', f'id = "{CRASHING_ID}"'), encoding="utf-8"
    )
    crashing = store.promote(store.stage(source))
    assert store.good_versions() == [crashing, good]
    return source, good, crashing


def test_after_a_crash_loop_safe_mode_shows_the_content_before_the_one_that_crashed(
    tmp_path: Path, notify: socket.socket
) -> None:
    state = tmp_path / "state"
    source, good, crashing = two_versions(tmp_path, state)
    env = environment(tmp_path, state) | {"KIOSK_TEST_CRASH_EXHIBIT": CRASHING_ID}

    for attempt in range(3):  # systemd starts it again each time; it crashes each time
        done = subprocess.run(
            kiosk_command(source), env=env, cwd=tmp_path, capture_output=True, text=True, timeout=BOUND_S
        )
        assert done.returncode == -signal.SIGABRT, (attempt, done.stderr[-2000:])
    starts = json.loads((state / "crash-loop.json").read_text())["starts"]
    assert [(s["clean_exit"], s.get("content")) for s in starts] == [(False, crashing.name)] * 3

    with (
        (tmp_path / "stderr").open("w") as err,
        subprocess.Popen(kiosk_command(source), env=env, stderr=err, cwd=tmp_path) as process,
    ):
        try:
            ready = wait_until_ready(notify, process)  # the fourth start: safe mode, and up
            health = json.loads((state / "health" / "status.json").read_text())
            process.send_signal(signal.SIGTERM)
            code = process.wait(BOUND_S)
        finally:
            if process.poll() is None:
                process.kill()
    log = (tmp_path / "stderr").read_text()
    assert code == 0, log[-3000:]
    assert "STATUS=showing mini" in ready and CRASHING_ID not in ready
    assert f"while showing content version {crashing.name}" in log
    assert f"It now shows content version {good.name} instead" in log
    assert health["safe_mode"] is True
    last = json.loads((state / "crash-loop.json").read_text())["starts"][-1]
    assert last == last | {"clean_exit": True, "content": good.name}
    # The store still holds both: leaving safe mode tries the current content again, and "Keep
    # showing this content" on the admin view forgets it (tests/commands/test_start_content.py).
    assert ContentStore(state / "content").good_versions() == [crashing, good]
