"""The Ansible playbooks, run for real against this machine into a scratch root.

``ansible-playbook`` with a local connection and variables that put every path under a temporary
root, manage no users or services and install no packages. The release archives are built like
packaging/build.py's, with a ``kiosk`` that runs this checkout (so the PIN is hashed by the kiosk's
own command). Two Syncthing daemons stand for the kiosk's and the curator's: the playbook
configures both through their REST APIs, and the content must then arrive.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.ops.health import write_health
from kiosk.ops.health_sources import content_version
from kiosk.ops.pin import PinGate
from kiosk.ops.schedule import schedule_from_settings
from tests.exhibits import build_mini
from tests.fleet.kiosks import ROOT
from tests.fleet.syncthing import SYNCTHING, Syncthing
from tests.ops.test_health import health
from tests.packaging.support import build_module

ANSIBLE = ROOT / "packaging" / "ansible"
PLAYBOOK = shutil.which("ansible-playbook")
PIN = "482913"
pytestmark = [
    pytest.mark.slow,  # eight playbook runs: about two minutes on a busy 2-core machine
    pytest.mark.skipif(PLAYBOOK is None, reason="ansible-playbook (Debian: ansible-core) not installed"),
    pytest.mark.skipif(SYNCTHING is None, reason="syncthing (Debian: syncthing) not installed"),
]
build = build_module()


def fake_release(dist: Path, version: str) -> Path:
    """A release archive laid out like build.py's, whose `kiosk` runs this checkout."""
    bundle = dist / build.release_name(version)
    # install.sh's smoke test wants a clean `kiosk validate` of the bundled exhibit: the real one is.
    shutil.copytree(ROOT / "assets", bundle / "_internal" / "assets")
    shutil.copytree(ROOT / "packaging" / "systemd", bundle / "packaging" / "systemd")
    (bundle / "packaging" / "linux").mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", bundle / "packaging" / "linux" / "install.sh")
    (bundle / "docs").mkdir()
    (bundle / "VERSION").write_text(version + "\n", encoding="utf-8")
    kiosk = bundle / "kiosk"
    kiosk.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m kiosk "$@"\n', encoding="utf-8"
    )
    kiosk.chmod(0o755)
    archive = build.make_archive(bundle)
    build.write_checksum(archive)
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", dist / "install.sh")
    shutil.rmtree(bundle)
    return Path(archive)


@dataclass
class Site:
    root: Path
    work: Path
    variables: dict[str, object]
    kiosk_sync: Syncthing
    curator_sync: Syncthing
    curator_dir: Path
    v1: Path
    v2: Path

    def play(
        self, playbook: str, expect_failure: bool = False, **extra: object
    ) -> tuple[str, dict[str, int]]:
        """Run a playbook; returns its output and each host's changed count.

        The run must succeed, or fail when ``expect_failure`` is set.
        """
        variables = self.work / "vars.json"
        variables.write_text(json.dumps({**self.variables, **extra}), encoding="utf-8")
        env = dict(
            os.environ, ANSIBLE_NOCOLOR="1", ANSIBLE_HOST_KEY_CHECKING="0", ANSIBLE_RETRY_FILES_ENABLED="0"
        )
        env["ANSIBLE_LOCAL_TEMP"] = str(self.work / "ansible-tmp")
        env["ANSIBLE_REMOTE_TEMP"] = str(self.work / "ansible-tmp")
        result = subprocess.run(
            [
                str(PLAYBOOK),
                "-i",
                str(self.work / "inventory.yml"),
                str(ANSIBLE / playbook),
                "-e",
                f"@{variables}",
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=self.work,
        )
        output = result.stdout + result.stderr
        assert (result.returncode != 0) == expect_failure, output[-6000:]
        changed = {
            m.group(1): int(m.group(2))
            for m in re.finditer(r"^(\S+)\s+:\s+ok=\d+\s+changed=(\d+)", output, re.M)
        }
        return output, changed


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    work = tmp_path_factory.mktemp("ansible")
    root = work / "root"
    dist = work / "dist"
    dist.mkdir()
    v1, v2 = fake_release(dist, "1.0.0"), fake_release(dist, "1.1.0")
    fonts = work / "fonts"  # a stand-in for the CJK font pack's contents
    fonts.mkdir()
    (fonts / "NotoSansCJK-Regular.ttc").write_bytes(b"not really a font")
    (fonts / "OFL.txt").write_text("SIL Open Font License", encoding="utf-8")
    font_pack = build.make_font_pack(dist, "1.0.0", "linux", fonts)
    deadline = time.monotonic() + 120
    # The kiosk's Syncthing lives where the role puts it; the curator's anywhere.
    kiosk_sync = Syncthing(root / "var" / "lib" / "exhibit-sync" / "syncthing", "kiosk1")
    curator_sync = Syncthing(work / "curator" / "syncthing", "curator")
    curator_dir = build_mini(work / "curator" / "exhibit")
    try:
        kiosk_sync.start(deadline)
        curator_sync.start(deadline)
        curator_sync.add_folder("exhibit", curator_dir, "sendonly", [])  # shared by the playbook
        (work / "inventory.yml").write_text(
            "all:\n  children:\n"
            "    kiosks:\n      hosts:\n        kiosk1:\n"
            f"          ansible_connection: local\n          ansible_python_interpreter: {sys.executable}\n"
            "    curators:\n      hosts:\n        curator:\n"
            f"          ansible_connection: local\n          ansible_python_interpreter: {sys.executable}\n",
            encoding="utf-8",
        )
        variables: dict[str, object] = {
            "kiosk_root": str(root),
            "kiosk_manage_services": False,
            "kiosk_manage_users": False,
            "kiosk_install_packages": False,
            "kiosk_bundle_archive": str(v1),
            "kiosk_font_pack": str(font_pack),
            "kiosk_admin_pin": PIN,
            "kiosk_rotate": 90,
            "kiosk_schedule": {
                "monday": ["09:00-17:00"],
                "wake_before_minutes": 10,
                "exceptions": {"2026-12-25": []},
            },
            "kiosk_syncthing_api": f"http://127.0.0.1:{kiosk_sync.gui_port}",
            "kiosk_syncthing_api_key": kiosk_sync.api_key,
            "kiosk_syncthing_options": {"globalAnnounceEnabled": False, "localAnnounceEnabled": False,
                                        "relaysEnabled": False, "natEnabled": False, "urAccepted": -1},
            "kiosk_syncthing_curators": [
                {"id": curator_sync.device_id, "name": "curator", "addresses": [curator_sync.address]}
            ],
            "kiosk_syncthing_addresses": [kiosk_sync.address],
            "curator_syncthing_api": f"http://127.0.0.1:{curator_sync.gui_port}",
            "curator_syncthing_api_key": curator_sync.api_key,
        }  # fmt: skip
        yield Site(root, work, variables, kiosk_sync, curator_sync, curator_dir, v1, v2)
    finally:
        kiosk_sync.stop()
        curator_sync.stop()


def link(path: Path) -> str:
    return path.readlink().as_posix()


def test_1_site_sets_up_a_kiosk(site: Site) -> None:
    output, changed = site.play("site.yml")
    root = site.root
    assert changed["kiosk1"] > 0 and changed["curator"] > 0

    # The program, installed by its own install.sh.
    release = site.v1.name.removesuffix(".tar.gz")
    assert link(root / "opt/exhibit-kiosk/current") == f"releases/{release}"
    assert link(root / "opt/exhibit-kiosk/bin/kiosk") == "../current/kiosk"
    assert not list((root / "var/cache/exhibit-kiosk").glob("*.tar.gz"))

    # The unit as shipped, with this machine's command line; cage's PAM session.
    unit = root / "etc/systemd/system/exhibit-kiosk.service"
    assert unit.read_text() == (ROOT / "packaging/systemd/exhibit-kiosk.service").read_text()
    dropin = (root / "etc/systemd/system/exhibit-kiosk.service.d/10-exhibit-kiosk.conf").read_text()
    assert "User=kiosk\n" in dropin
    command = "/usr/bin/cage -d -s -- /opt/exhibit-kiosk/bin/kiosk run --config /etc/exhibit-kiosk/kiosk.toml"
    assert f"ExecStart=\nExecStart={command}\n" in dropin
    assert "Environment=KIOSK_STATE_DIR=/var/lib/exhibit-kiosk\n" in dropin
    assert "pam_systemd.so" in (root / "etc/pam.d/cage").read_text()
    assert not (root / "etc/systemd/system/exhibit-kiosk-eglfs.service").exists()

    # The settings, as the kiosk reads them.
    config = load_config(root / "etc/exhibit-kiosk/kiosk.toml")
    assert config.content == Path("/srv/exhibit") and config.state_dir == Path("/var/lib/exhibit-kiosk")
    assert (config.rotate, config.name, config.health_interval_s) == (90, "kiosk1", 15)
    schedule = schedule_from_settings(config.schedule)
    assert schedule is not None and schedule.wake_before.total_seconds() == 600

    # The PIN: hashed by the kiosk, owner-only, and nowhere in plain text (nor in Ansible's output).
    pin_file = root / "var/lib/exhibit-kiosk/admin-pin.json"
    assert stat.S_IMODE(pin_file.stat().st_mode) == 0o600
    assert PinGate(pin_file, site.work / "lockout.json").check(PIN).ok
    assert PIN not in output
    for path in [*root.rglob("*"), site.work / "vars.json"]:
        if (
            path.is_file()
            and not path.is_symlink()
            and path.name != "vars.json"
            and path.stat().st_size < 2**20
        ):
            assert PIN.encode() not in path.read_bytes(), path

    # The CJK font pack's font, where the kiosk registers extra fonts.
    font = root / "var/lib/exhibit-kiosk/fonts/NotoSansCJK-Regular.ttc"
    assert font.read_bytes() == b"not really a font"

    # node_exporter sees the health file through a link.
    prom = root / "var/lib/prometheus/node-exporter/exhibit-kiosk.prom"
    assert link(prom) == str(root / "var/lib/exhibit-kiosk/health/kiosk.prom")


def test_2_syncthing_was_set_up_on_both_sides_and_carries_the_content(site: Site) -> None:
    folder = site.kiosk_sync.get("/rest/config/folders/exhibit")
    assert folder["type"] == "receiveonly" and folder["path"] == str(site.root / "srv/exhibit")
    assert {d["deviceID"] for d in folder["devices"]} == {
        site.kiosk_sync.device_id,
        site.curator_sync.device_id,
    }
    options = site.kiosk_sync.options()
    assert (
        not options["globalAnnounceEnabled"] and not options["relaysEnabled"] and options["urAccepted"] == -1
    )
    shared = site.curator_sync.get("/rest/config/folders/exhibit")
    assert site.kiosk_sync.device_id in {d["deviceID"] for d in shared["devices"]}
    target = content_version(site.curator_dir)
    synced = site.root / "srv/exhibit"
    site.kiosk_sync.wait_for(
        "the curator's content",
        lambda: site.kiosk_sync.idle_and_complete("exhibit") and content_version(synced) == target,
        time.monotonic() + 120,
    )


def test_3_a_second_run_changes_nothing(site: Site) -> None:
    _output, changed = site.play("site.yml")
    assert changed == {"kiosk1": 0, "curator": 0}


def fresh_health(site: Site, version: str) -> None:
    """What the restarted kiosk would write: up, with this program version."""
    health_dir = site.root / "var/lib/exhibit-kiosk/health"
    write_health(health_dir, replace(health(), app_version=version, now=time.time(), name="kiosk1"))


def test_4_update_in_batches_then_roll_back(site: Site) -> None:
    prefix = site.root / "opt/exhibit-kiosk"
    old, new = (p.name.removesuffix(".tar.gz") for p in (site.v1, site.v2))

    # The kiosk does not come back with the new release: the roll-out stops and says how to go back.
    fresh_health(site, "1.0.0")
    output, _changed = site.play(
        "update.yml",
        kiosk_bundle_archive=str(site.v2),
        expect_failure=True,
        kiosk_verify_update=True,
        kiosk_verify_retries=1,
        kiosk_verify_delay=0,
    )
    assert f"does not show its exhibit with {new}" in output
    assert f"kiosk_rollback_from={new}" in output
    assert link(prefix / "current") == f"releases/{new}" and link(prefix / "previous") == f"releases/{old}"

    # Now it runs the new release: the check passes, and nothing else changes.
    fresh_health(site, "1.1.0")
    _output, changed = site.play(
        "update.yml",
        kiosk_bundle_archive=str(site.v2),
        kiosk_verify_update=True,
        kiosk_verify_retries=1,
        kiosk_verify_delay=0,
    )
    assert changed["kiosk1"] == 0

    _output, changed = site.play("rollback.yml", kiosk_rollback_from=new)
    assert changed["kiosk1"] > 0
    assert link(prefix / "current") == f"releases/{old}" and link(prefix / "previous") == f"releases/{new}"
    # Run again: this kiosk no longer runs `new`, so nothing flips back.
    assert site.play("rollback.yml", kiosk_rollback_from=new)[1]["kiosk1"] == 0
    assert link(prefix / "current") == f"releases/{old}"

    # Forward again without the check (no service here): installed, and idempotent.
    _output, changed = site.play("update.yml", kiosk_bundle_archive=str(site.v2))
    assert changed["kiosk1"] > 0 and link(prefix / "current") == f"releases/{new}"
    assert site.play("update.yml", kiosk_bundle_archive=str(site.v2))[1]["kiosk1"] == 0


def pull(root: Path) -> str:
    result = subprocess.run(
        [str(root / "usr/local/sbin/exhibit-content-pull")], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_5_autologin_and_content_by_rsync_instead(site: Site) -> None:
    root = site.work / "root-rsync"
    source = build_mini(site.work / "share" / "exhibit")
    site.play(
        "site.yml",
        kiosk_root=str(root),
        kiosk_start="autologin",
        kiosk_content_sync="rsync",
        kiosk_rsync_source=f"{source}/",
    )
    config = load_config(root / "etc/exhibit-kiosk/kiosk.toml")
    assert config.content == Path("/srv/exhibit/current")

    # Autologin instead of the unit: tty1 logs the kiosk user in; its login shell runs cage.
    assert not (root / "etc/systemd/system/exhibit-kiosk.service").exists()
    getty = (root / "etc/systemd/system/getty@tty1.service.d/autologin.conf").read_text()
    assert "ExecStart=-/sbin/agetty --autologin kiosk --noclear %I $TERM" in getty
    profile = (root / "home/kiosk/.bash_profile").read_text()
    assert "cage -d -- /opt/exhibit-kiosk/bin/kiosk run" in profile
    assert "KIOSK_CONFIG=/etc/exhibit-kiosk/kiosk.toml" in profile
    assert subprocess.run(["bash", "-n", str(root / "home/kiosk/.bash_profile")], check=False).returncode == 0
    timer = (root / "etc/systemd/system/exhibit-content-pull.timer").read_text()
    assert "OnUnitActiveSec=5min" in timer
    service = (root / "etc/systemd/system/exhibit-content-pull.service").read_text()
    assert "User=exhibit-sync" in service and "ExecStart=/usr/local/sbin/exhibit-content-pull" in service

    base = root / "srv/exhibit"
    assert "switched to" in pull(root)
    first = (base / "current").resolve()
    assert content_version(base / "current") == content_version(source)
    assert pull(root) == ""  # nothing new: no new copy
    assert (base / "current").resolve() == first

    (source / "exhibit.toml").write_text(
        (source / "exhibit.toml").read_text(encoding="utf-8").replace("Mini exhibit", "Mini exhibit, v2"),
        "utf-8",
    )
    assert "switched to" in pull(root)
    assert (base / "current").resolve() != first
    assert content_version(base / "current") == content_version(source)
    # Unchanged files are shared with the last copy, not copied again.
    photo = "photos/tank.jpg"
    assert (first / photo).stat().st_ino == ((base / "current").resolve() / photo).stat().st_ino
