"""Time from starting the kiosk to its first frame on screen, over several runs.

    python packaging/measure_start.py --runs 5 -- dist/exhibit-kiosk-0.1.0-linux-x86_64/kiosk
    python packaging/measure_start.py --runs 5 -- python -m kiosk

The kiosk tells systemd ``READY=1`` after its window's first ``frameSwapped`` (kiosk/ops/watchdog.py),
so this plays systemd: it gives the kiosk a ``$NOTIFY_SOCKET`` and waits for that message. The
kiosk then gets SIGTERM. Each run uses the same scratch state folder (so photo derivatives stay
warm, as on a kiosk's daily start) minus its crash-loop record; the first run is a warm-up and
is not counted. Qt runs offscreen with the software renderer unless ``--platform`` says otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Started:
    """A kiosk that has shown its first frame."""

    proc: subprocess.Popen[bytes]
    seconds: float  # from start to READY=1
    status: str  # the STATUS= text sent with READY=1
    stderr_path: Path

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def running_kiosk(
    command: Sequence[str], env: Mapping[str, str], timeout: float = 120.0, cwd: Path | None = None
) -> Iterator[Started]:
    """Start the kiosk and wait for its READY=1; it gets SIGTERM when the block ends.

    Its stderr goes to a file (a pipe nobody reads would fill up and stall the kiosk)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-notify-") as name:
        folder = Path(name)
        path = str(folder / "notify")
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock, (folder / "stderr").open("wb") as err:
            sock.bind(path)
            sock.settimeout(0.2)
            started = time.perf_counter()
            proc = subprocess.Popen(
                list(command),
                env={**env, "NOTIFY_SOCKET": path},
                cwd=cwd,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
            try:
                while True:
                    if time.perf_counter() - started > timeout:
                        raise TimeoutError(f"no READY=1 within {timeout:g} s")
                    if proc.poll() is not None:
                        text = (folder / "stderr").read_text(encoding="utf-8", errors="replace")
                        raise RuntimeError(
                            f"the kiosk exited ({proc.returncode}) before READY=1:\n{text[-3000:]}"
                        )
                    try:
                        message = sock.recv(4096).decode("utf-8", "replace")
                    except TimeoutError:
                        continue
                    fields = dict(line.split("=", 1) for line in message.splitlines() if "=" in line)
                    if fields.get("READY") == "1":
                        break
                yield Started(
                    proc, time.perf_counter() - started, fields.get("STATUS", ""), folder / "stderr"
                )
            finally:
                stop(proc)


def time_to_ready(
    command: Sequence[str], env: Mapping[str, str], timeout: float = 120.0, cwd: Path | None = None
) -> tuple[float, str]:
    """Seconds from start until READY=1, and the STATUS= text sent with it."""
    with running_kiosk(command, env, timeout, cwd) as kiosk:
        return kiosk.seconds, kiosk.status


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def kiosk_env(state: Path, platform: str | None, base: Mapping[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env.update(KIOSK_STATE_DIR=str(state), XDG_CACHE_HOME=str(state / "xdg-cache"))
    if platform:
        env["QT_QPA_PLATFORM"] = platform
        if platform == "offscreen":
            env.setdefault("QT_QUICK_BACKEND", "software")
    return env


def measure(
    command: Sequence[str], runs: int, platform: str | None, state: Path, cwd: Path | None = None
) -> list[float]:
    env = kiosk_env(state, platform)
    times = []
    for index in range(runs + 1):
        (state / "crash-loop.json").unlink(missing_ok=True)
        seconds, _status = time_to_ready(command, env, cwd=cwd)
        if index:  # the first run warms caches (derivatives, QML cache, OS file cache)
            times.append(seconds)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--platform", default="offscreen", help="QT_QPA_PLATFORM ('' keeps the environment's)"
    )
    parser.add_argument("command", nargs="+", help="the kiosk command line (after --)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as folder:
        times = measure(args.command, args.runs, args.platform or None, Path(folder))
    print(
        f"{' '.join(args.command)}: first frame after median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
