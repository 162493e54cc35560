"""A curator's folder reaches two kiosks through Syncthing; each reports what it shows.

On one machine, loopback only: three Syncthing daemons (the curator's, and one per kiosk, since a
folder lives once per device) carry the curator's folder to two kiosks running offscreen, each
with its own state folder and ``--content`` on its own synced copy. node_exporter's textfile
collector serves both kiosks' health. The curator's folder then goes through four states, and
after each the test checks what every kiosk shows and reports:

1. good: both show it;
2. half-written (the manifest names a photo and a chapter text that have not arrived): never
   shown; refused like a folder with errors, the report naming the file that is missing;
3. broken (not valid TOML): not shown; the error is reported;
4. good again: both show the new version; no error.

The tests run in this order on one fleet (a module fixture): each step starts from the last.
Every wait is on an event (Syncthing's completion and event stream, the kiosks' health files);
the deadlines are only guards against a hang.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.ops.health import Health
from kiosk.ops.health_sources import content_version
from tests.exhibits import build_mini
from tests.fleet.kiosks import NODE_EXPORTER, ROOT, KioskProcess, NodeExporter
from tests.fleet.syncthing import SYNCTHING, Syncthing

pytestmark = pytest.mark.skipif(
    SYNCTHING is None, reason="syncthing is not installed (Debian: apt-get install syncthing; .ci/run does)"
)

FOLDER = "exhibit"
STEP_DEADLINE_S = 180  # per step: only a guard against a hang


@dataclass
class Fleet:
    curator_dir: Path
    curator: Syncthing
    peers: list[Syncthing]
    kiosks: list[KioskProcess]
    exporter: NodeExporter | None
    versions: dict[str, str] = field(default_factory=dict)  # step -> content version of the curator's folder
    published_at: float = 0.0  # when the last step had reached every kiosk machine

    def publish(self, step: str) -> str:
        """Scan the curator's folder now and wait until every kiosk machine has all of it."""
        deadline = time.monotonic() + STEP_DEADLINE_S
        self.curator.scan(FOLDER)
        version = content_version(self.curator_dir)
        for peer, kiosk in zip(self.peers, self.kiosks, strict=True):
            copy = kiosk.root / "content"
            peer.wait_for(
                f"the {step} content on {kiosk.name}",
                lambda: peer.idle_and_complete(FOLDER) and content_version(copy) == version,  # noqa: B023
                deadline,
            )
        self.versions[step] = version
        self.published_at = time.time()
        return version

    def wait_all(self, what: str, check: Callable[[Health], bool]) -> list[Health]:
        """Until every kiosk reports ``check`` in a snapshot written after the last publish."""
        deadline = time.monotonic() + STEP_DEADLINE_S
        since = self.published_at
        return [kiosk.wait_for(what, lambda h: h.now > since and check(h), deadline) for kiosk in self.kiosks]


def settled(h: Health) -> bool:
    """The kiosk has checked its folder as it is now (and switched, if the check passed)."""
    return h.up and h.content.version != "" and h.content.state in ("current", "rejected")


def complete_mini(root: Path) -> Path:
    """The mini exhibit with the Serbian texts it lacks on purpose: a folder that names a text which
    is not there is held back as a copy still on its way (issue 13), and this test is about sync."""
    build_mini(root)
    for rel in ("chapters/second", "chapters/third", "people/weichs", "people/tito"):
        (root / "text" / f"{rel}.sr.md").write_text("Текст на српском.\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fleet]:
    base = tmp_path_factory.mktemp("fleet")
    deadline = time.monotonic() + STEP_DEADLINE_S
    curator_dir = complete_mini(base / "curator" / "exhibit")
    curator = Syncthing(base / "curator" / "syncthing", "curator")
    peers = [Syncthing(base / name / "syncthing", name) for name in ("kiosk-a", "kiosk-b")]
    kiosks = [KioskProcess(base / name, name, base / name / "content") for name in ("kiosk-a", "kiosk-b")]
    exporter: NodeExporter | None = None
    daemons = [curator, *peers]
    try:
        for daemon in daemons:
            daemon.start(deadline)
        for peer, kiosk in zip(peers, kiosks, strict=True):
            (kiosk.root / "content").mkdir(parents=True)
            curator.add_device(peer)
            peer.add_device(curator)
            peer.add_folder(FOLDER, kiosk.root / "content", "receiveonly", [curator])
        curator.add_folder(FOLDER, curator_dir, "sendonly", peers)
        curator.wait_connected(peers, deadline)
        fleet = Fleet(curator_dir, curator, peers, kiosks, None)
        fleet.publish("first")
        textfiles = base / "textfiles"
        textfiles.mkdir()
        for kiosk in kiosks:
            # One node_exporter for both kiosks of this machine: one link per kiosk's health file.
            (textfiles / f"{kiosk.name}.prom").symlink_to(kiosk.health_dir / "kiosk.prom")
            kiosk.start()
        if NODE_EXPORTER is not None:
            exporter = NodeExporter(textfiles)
            exporter.start(deadline)
            fleet.exporter = exporter
        yield fleet
    finally:
        for kiosk in kiosks:
            kiosk.stop()
        if exporter is not None:
            exporter.stop()
        for daemon in daemons:
            daemon.stop()


def test_the_network_is_loopback_only(fleet: Fleet) -> None:
    for daemon in [fleet.curator, *fleet.peers]:
        options = daemon.options()
        assert options["listenAddresses"] == [daemon.address]
        assert not options["globalAnnounceEnabled"] and not options["localAnnounceEnabled"]
        assert not options["relaysEnabled"] and not options["natEnabled"]
        assert options["urAccepted"] == -1 and options["autoUpgradeIntervalH"] == 0
        assert not options["crashReportingEnabled"]
        gui = daemon.get("/rest/config/gui")
        assert gui["address"].startswith("127.0.0.1:")


def test_1_good_content_is_shown_by_both(fleet: Fleet) -> None:
    first = fleet.versions["first"]
    for health in fleet.wait_all("the first content", lambda h: settled(h) and h.content.version == first):
        assert health.content.exhibit == "mini"
        assert health.content.state == "current"
        assert health.content.error == ""
        assert not health.safe_mode and health.starts_total == 1


def test_node_exporter_serves_both_kiosks(fleet: Fleet) -> None:
    if fleet.exporter is None:
        pytest.skip("prometheus-node-exporter is not installed")
    text = fleet.exporter.metrics()
    for kiosk in fleet.kiosks:
        assert f'kiosk_up{{kiosk="{kiosk.name}"}} 1' in text
        assert re.search(
            rf'kiosk_content_info{{exhibit="mini",kiosk="{kiosk.name}",version="[0-9a-f]{{12}}"}} 1', text
        )
        # node_exporter 1.5 names the file by its full path, later versions by its name.
        assert re.search(rf'node_textfile_mtime_seconds{{file="[^"]*{kiosk.name}\.prom"}}', text)
    assert "node_textfile_scrape_error 0" in text
    if shutil.which("promtool"):
        for kiosk in fleet.kiosks:
            prom = (kiosk.health_dir / "kiosk.prom").read_text(encoding="utf-8")
            check = subprocess.run(
                ["promtool", "check", "metrics"], input=prom, capture_output=True, text=True
            )
            assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr


def half_written(folder: Path) -> None:
    """What a kiosk receives while a new version is still arriving: the lists name files not there yet."""
    chapters = folder / "text" / "chapters.toml"
    chapters.write_text(
        chapters.read_text(encoding="utf-8")
        + '\n[[chapter]]\nid = "fourth"\ntitle = { en = "The fourth chapter" }\nsources = ["book"]\n',
        encoding="utf-8",
    )
    photos = folder / "text" / "photos.toml"
    photos.write_text(
        photos.read_text(encoding="utf-8")
        + '\n[[photo]]\nid = "late"\nfile = "photos/late.jpg"\ntitle = "Late"\ncaption = "x"\ncredit = "x"\n',
        encoding="utf-8",
    )


def test_2_half_written_content_is_never_shown(fleet: Fleet) -> None:
    before = fleet.versions["first"]
    half_written(fleet.curator_dir)
    half = fleet.publish("half")
    for health in fleet.wait_all("a decision on the half-written folder", settled):
        assert health.content.version == before, "a half-written folder was shown"
        assert half not in [shown.version for shown in health.content.history]
        # A folder with files still missing is refused like one with errors (issue 13), and the
        # report names what is missing, so a technician can tell a sync in progress from a mistake.
        assert health.content.state == "rejected" and "photos/late.jpg" in health.content.error


def test_3_broken_content_is_not_shown_and_the_error_is_reported(fleet: Fleet) -> None:
    shown_before = {k.name: h.content.version for k in fleet.kiosks if (h := k.health()) is not None}
    folder = fleet.curator_dir
    shutil.copyfile(folder / "photos" / "tank.jpg", folder / "photos" / "late.jpg")
    (folder / "text" / "chapters" / "fourth.en.md").write_text(
        "The fourth chapter's text.\n", encoding="utf-8"
    )
    (folder / "text" / "chapters" / "fourth.sr.md").write_text("Текст четвртог поглавља.\n", encoding="utf-8")
    (folder / "exhibit.toml").write_text('format = 2\ntitle = { en = "oops"\n', encoding="utf-8")
    broken = fleet.publish("broken")
    for kiosk, health in zip(
        fleet.kiosks,
        fleet.wait_all("the broken folder rejected", lambda h: settled(h) and h.content.state == "rejected"),
        strict=True,
    ):
        assert health.content.version == shown_before[kiosk.name] != broken
        assert "exhibit.toml" in health.content.error and "not valid TOML" in health.content.error
        assert health.content.error_at > 0


def test_4_good_content_again_is_shown_and_the_error_cleared(fleet: Fleet) -> None:
    manifest = fleet.curator_dir / "exhibit.toml"
    original = complete_mini(fleet.curator_dir.parent / "pristine") / "exhibit.toml"
    manifest.write_text(
        original.read_text(encoding="utf-8").replace(
            'en = "Mini exhibit"', 'en = "Mini exhibit, second edition"'
        ),
        encoding="utf-8",
    )
    second = fleet.publish("second")
    assert second not in (fleet.versions["first"], fleet.versions["broken"])
    for health in fleet.wait_all("the second edition", lambda h: settled(h) and h.content.version == second):
        assert health.content.state == "current" and health.content.error == ""
        assert [s.version for s in health.content.history][:1] == [second]
        assert fleet.versions["first"] in [s.version for s in health.content.history]
        assert fleet.versions["broken"] not in [s.version for s in health.content.history]
    if fleet.exporter is not None:
        text = fleet.exporter.metrics()
        for kiosk in fleet.kiosks:
            assert f'kiosk_content_info{{exhibit="mini",kiosk="{kiosk.name}",version="{second}"}} 1' in text
            assert f'kiosk_content_state{{kiosk="{kiosk.name}",state="current"}} 1' in text


def run_status(kiosk: KioskProcess, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "status", "--state-dir", str(kiosk.state), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_5_kiosk_status_at_the_machine(fleet: Fleet) -> None:
    second = fleet.versions["second"]
    for kiosk in fleet.kiosks:
        result = run_status(kiosk)
        assert result.returncode == 0, result.stdout + result.stderr
        assert f"Kiosk {kiosk.name}: OK" in result.stdout
        assert f"mini, version {second}" in result.stdout
        assert "up to date with the folder" in result.stdout
    stopped = fleet.kiosks[0]
    assert stopped.stop() == 0
    result = run_status(stopped, "--json")
    assert result.returncode == 2, result.stdout
    assert '"verdict": "critical"' in result.stdout and "stopped normally" in result.stdout
