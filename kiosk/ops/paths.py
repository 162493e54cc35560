"""Where the kiosk keeps its state on each platform.

``$KIOSK_STATE_DIR`` wins everywhere (the systemd units set it to
``/var/lib/exhibit-kiosk``). Otherwise:

- Linux and other Unix: ``$XDG_STATE_HOME/exhibit-kiosk``, else
  ``~/.local/state/exhibit-kiosk`` (XDG: state that survives restarts but is not
  worth backing up the way documents are)
- Windows: ``%LOCALAPPDATA%\\exhibit-kiosk`` (local, not roaming: it is per machine)
- macOS: ``~/Library/Application Support/exhibit-kiosk``
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.atomic import remove_stale_temp_files

APP_DIR = "exhibit-kiosk"


def state_dir(
    *, env: Mapping[str, str] | None = None, platform: str = sys.platform, home: Path | None = None
) -> Path:
    """The state directory (not created here)."""
    environ = os.environ if env is None else env
    explicit = environ.get("KIOSK_STATE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    home_dir = home if home is not None else Path.home()
    if platform == "win32":
        local = environ.get("LOCALAPPDATA")
        return (Path(local) if local else home_dir / "AppData" / "Local") / APP_DIR
    if platform == "darwin":
        return home_dir / "Library" / "Application Support" / APP_DIR
    xdg = environ.get("XDG_STATE_HOME")
    # The XDG spec says relative values are invalid and must be ignored.
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / APP_DIR
    return home_dir / ".local" / "state" / APP_DIR


@dataclass(frozen=True)
class StateLayout:
    """The files inside the state directory (see docs/operations.md)."""

    root: Path

    @classmethod
    def default(cls) -> StateLayout:
        return cls(state_dir())

    @property
    def analytics_db(self) -> Path:
        return self.root / "analytics.sqlite3"

    @property
    def admin_pin(self) -> Path:
        return self.root / "admin-pin.json"

    @property
    def pin_lockout(self) -> Path:
        return self.root / "admin-pin-lockout.json"

    @property
    def crash_loop(self) -> Path:
        return self.root / "crash-loop.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def health_dir(self) -> Path:
        """Point node_exporter's ``--collector.textfile.directory`` here."""
        return self.root / "health"

    def prepare(self) -> list[str]:
        """Make the folders and remove what a power cut left; never raises.

        Returns what went wrong, in plain words (a read-only or full disk): the kiosk runs on
        without what cannot be written (logs go to stderr, statistics pause).
        """
        problems: list[str] = []
        try:
            self.create()
        except OSError as exc:
            problems.append(f"the state folder {self.root} cannot be written ({exc.strerror or exc})")
        try:
            remove_stale_temp_files(self.root)
        except OSError as exc:
            problems.append(
                f"left-over temporary files in {self.root} cannot be removed ({exc.strerror or exc})"
            )
        return problems

    def create(self) -> None:
        """Make the directories.

        The root stays traversable (umask permitting) because node_exporter, running
        as its own user, must reach ``health/``; the PIN files themselves are 0600.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(exist_ok=True)
        self.health_dir.mkdir(exist_ok=True)
