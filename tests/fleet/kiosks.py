"""Kiosks as processes and node_exporter, for the fleet tests: started, watched through their files.

A kiosk here is the real ``python -m kiosk run`` on Qt's offscreen platform, with its own settings
file and state folder. The tests learn what it shows from the health snapshot it writes
(``health/status.json``), exactly as ``kiosk status`` and Prometheus do.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kiosk.ops.health import Health, SnapshotError, read_snapshot
from tests.fleet.syncthing import free_port

ROOT = Path(__file__).resolve().parents[2]
NODE_EXPORTER = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
POLL_S = 0.1  # how long each wait blocks on the process between looks at its files


class FleetError(AssertionError):
    pass


class KioskProcess:
    def __init__(self, root: Path, name: str, content: Path) -> None:
        self.name = name
        self.root = root
        self.state = root / "state"
        self.settings = root / "kiosk.toml"
        self.log = root / "kiosk.log"
        root.mkdir(parents=True, exist_ok=True)
        # Short settle time and health interval: the test waits on events, and these keep them quick.
        self.settings.write_text(
            f'content = "{content.as_posix()}"\n'
            f'state_dir = "{self.state.as_posix()}"\n'
            f'name = "{name}"\n'
            "health_interval_s = 0.5\n"
            "content_settle_s = 0.3\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def health_dir(self) -> Path:
        return self.state / "health"

    def start(self) -> None:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            QT_QUICK_BACKEND="software",
            PYTHONPATH=str(ROOT),
            KIOSK_CONFIG=str(self.settings),
        )
        env.pop("NOTIFY_SOCKET", None)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "kiosk",
                    "run",
                    "--config",
                    str(self.settings),
                    "--windowed",
                    "--size",
                    "800x600",
                ],
                cwd=self.root,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def health(self) -> Health | None:
        try:
            return read_snapshot(self.health_dir)
        except (FileNotFoundError, SnapshotError):
            return None

    def wait_for(self, what: str, check: Callable[[Health], bool], deadline: float) -> Health:
        """Until the kiosk's health snapshot satisfies ``check``; fails if it dies or the deadline passes."""
        assert self.process is not None
        while True:
            health = self.health()
            if health is not None and check(health):
                return health
            if self.process.poll() is not None:
                raise FleetError(
                    f"{self.name} exited ({self.process.returncode}) waiting for {what}:\n{self.tail()}"
                )
            if time.monotonic() > deadline:
                raise FleetError(f"{self.name}: no {what} in time; last health: {health}\n{self.tail()}")
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=POLL_S)

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


class NodeExporter:
    """node_exporter with only its textfile collector, on 127.0.0.1."""

    def __init__(self, textfile_dir: Path) -> None:
        if NODE_EXPORTER is None:
            raise FleetError("node_exporter is not installed")
        self.textfile_dir = textfile_dir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = textfile_dir.parent / "node_exporter.log"

    def start(self, deadline: float) -> None:
        assert NODE_EXPORTER is not None
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    NODE_EXPORTER,
                    "--collector.disable-defaults",
                    "--collector.textfile",
                    f"--collector.textfile.directory={self.textfile_dir}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        while True:
            try:
                self.metrics()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise FleetError(f"node_exporter did not start: {self.log.read_text()}") from None
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=POLL_S)

    def metrics(self) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=10) as response:
            text: str = response.read().decode("utf-8")
            return text

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
