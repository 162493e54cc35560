"""A Syncthing daemon for tests: loopback only, configured and watched through its REST API.

Each daemon gets its own home folder, a GUI/REST address on 127.0.0.1 at a free port and an API
key. Before its first start the generated config has every path to the outside switched off
(global and local discovery, relays, NAT traversal, usage and crash reporting, upgrades), so not
even the first second of its life reaches beyond the loopback interface; devices, folders and
everything else are then set through the REST API, as an installer or Ansible would.

Waiting is done on Syncthing's own events (``/rest/events`` long-polls) and completion figures;
the deadline each wait takes is only a guard against a hang.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

SYNCTHING = shutil.which("syncthing")

# Written into config.xml before the first start: nothing leaves the machine.
OFFLINE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    # Devices added a moment apart: retry a refused connection after 2 s, not a minute.
    "reconnectionIntervalS": "2",
}


# The events that can change a completion figure or a connection: a wait wakes on any of them.
WAKE_ON = ("FolderCompletion", "RemoteIndexUpdated", "LocalIndexUpdated", "StateChanged", "DeviceConnected")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class SyncthingError(RuntimeError):
    pass


class Syncthing:
    def __init__(self, home: Path, name: str) -> None:
        if SYNCTHING is None:
            raise SyncthingError("syncthing is not installed")
        self.home = home
        self.name = name
        self.gui_port = free_port()
        self.sync_port = free_port()
        self.api_key = secrets.token_hex(16)
        self.process: subprocess.Popen[bytes] | None = None
        self.device_id = ""
        self._events_since = 0

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.sync_port}"

    def start(self, deadline: float) -> None:
        assert SYNCTHING is not None
        self.home.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", HOME=str(self.home))
        subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"],
            env=env,
            check=True,
            capture_output=True,
        )
        self._offline_config()
        log = (self.home / "syncthing.log").open("wb")
        self.process = subprocess.Popen(
            [
                SYNCTHING,
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
                f"--gui-address=127.0.0.1:{self.gui_port}",
                f"--gui-apikey={self.api_key}",
                "--logflags=0",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        while True:
            try:
                self.device_id = self.get("/rest/system/status")["myID"]
                break
            except (OSError, SyncthingError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SyncthingError(
                        f"{self.name}: syncthing did not start; see {self.home}/syncthing.log"
                    ) from None
                self.wait_for_process(0.1)

    def _offline_config(self) -> None:
        config = self.home / "config.xml"
        tree = ET.parse(config)
        options = tree.getroot().find("options")
        assert options is not None
        for tag, value in OFFLINE_OPTIONS.items():
            element = options.find(tag)
            if element is None:
                element = ET.SubElement(options, tag)
            element.text = value
        for element in options.findall("listenAddress"):
            options.remove(element)
        ET.SubElement(options, "listenAddress").text = self.address
        tree.write(config, encoding="utf-8", xml_declaration=False)

    def wait_for_process(self, seconds: float) -> None:
        """Block on the daemon's exit for at most ``seconds`` (a pause that ends early if it dies)."""
        assert self.process is not None
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=seconds)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # --- REST ----------------------------------------------------------------------------------
    def request(self, method: str, path: str, body: object = None, timeout: float = 30) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            data=data,
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise SyncthingError(f"{self.name}: {method} {path}: {exc.code} {exc.read()!r}") from None
        return json.loads(raw) if raw.strip() else None

    def get(self, path: str, **query: object) -> Any:
        suffix = f"?{urllib.parse.urlencode(query)}" if query else ""
        return self.request("GET", path + suffix)

    def options(self) -> dict[str, Any]:
        result: dict[str, Any] = self.get("/rest/config/options")
        return result

    def add_device(self, other: Syncthing) -> None:
        self.request(
            "PUT",
            f"/rest/config/devices/{other.device_id}",
            {"deviceID": other.device_id, "name": other.name, "addresses": [other.address]},
        )

    def add_folder(self, folder_id: str, path: Path, kind: str, devices: list[Syncthing]) -> None:
        """``kind``: sendonly (the curator), receiveonly (a kiosk)."""
        self.request(
            "PUT",
            f"/rest/config/folders/{folder_id}",
            {
                "id": folder_id,
                "label": "Exhibit",
                "path": str(path),
                "type": kind,
                "devices": [{"deviceID": d.device_id} for d in [self, *devices]],
                # The test says when to scan (POST /rest/db/scan): no timers, no watcher delays.
                "rescanIntervalS": 3600,
                "fsWatcherEnabled": False,
            },
        )

    def scan(self, folder_id: str) -> None:
        """Scan now; Syncthing answers once the scan is done."""
        self.request("POST", f"/rest/db/scan?folder={folder_id}", timeout=120)

    def completion(self, folder_id: str, device: Syncthing) -> dict[str, Any]:
        """How far ``device`` is with this folder, as this daemon knows it."""
        result: dict[str, Any] = self.get("/rest/db/completion", folder=folder_id, device=device.device_id)
        return result

    def folder_status(self, folder_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self.get("/rest/db/status", folder=folder_id)
        return result

    def wait_for(self, what: str, check: Callable[[], bool], deadline: float) -> None:
        """Until ``check()`` holds, looking again after each batch of this daemon's events."""
        while not check():
            left = deadline - time.monotonic()
            if left <= 0:
                raise SyncthingError(f"{self.name}: {what} did not happen in time")
            self._next_events(min(5.0, left))

    def idle_and_complete(self, folder_id: str) -> bool:
        """This daemon needs nothing more in the folder and is not scanning or pulling."""
        status = self.folder_status(folder_id)
        return status["state"] == "idle" and status["needTotalItems"] == 0 and not status.get("pullErrors")

    def _next_events(self, timeout: float) -> None:
        events = self.request(
            "GET",
            "/rest/events?"
            + urllib.parse.urlencode(
                {
                    "since": self._events_since,
                    "timeout": max(1, int(timeout)),
                    "events": ",".join(WAKE_ON),
                }
            ),
            timeout=timeout + 30,
        )
        if events:
            self._events_since = max(e["id"] for e in events)

    def wait_connected(self, others: list[Syncthing], deadline: float) -> None:
        while True:
            connections = self.get("/rest/system/connections")["connections"]
            missing = [o.name for o in others if not connections.get(o.device_id, {}).get("connected")]
            if not missing:
                return
            left = deadline - time.monotonic()
            if left <= 0:
                raise SyncthingError(f"{self.name}: no connection to {', '.join(missing)}")
            self._next_events(min(5.0, left))
