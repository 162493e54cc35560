"""The install recipes: shell scripts run against a scratch prefix, config files parsed."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.config import load_config
from tests.packaging.support import PACKAGING, build_module

build = build_module()
INSTALL = PACKAGING / "linux" / "install.sh"
SETUP = PACKAGING / "linux" / "setup-kiosk.sh"


@pytest.mark.parametrize(
    "script", sorted(p.relative_to(PACKAGING).as_posix() for p in PACKAGING.rglob("*.sh"))
)
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(
        ["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert os.access(PACKAGING / script, os.X_OK), f"{script} is not executable"


def fake_release(folder: Path, version: str, *, works: bool = True) -> Path:
    """A release archive whose `kiosk` is a shell script (validate succeeds unless works=False)."""
    name = build.release_name(version)
    bundle = folder / name
    (bundle / "_internal" / "assets").mkdir(parents=True)
    (bundle / "docs").mkdir()
    (bundle / "VERSION").write_text(version + "\n")
    kiosk = bundle / "kiosk"
    kiosk.write_text(f'#!/bin/sh\necho "kiosk {version} $*"\nexit {0 if works else 1}\n')
    kiosk.chmod(0o755)
    archive = build.make_archive(bundle)
    build.write_checksum(archive)
    shutil.rmtree(bundle)
    return archive


def install(prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PREFIX=str(prefix), RESTART="no", KEEP="1")
    return subprocess.run([str(INSTALL), *args], env=env, capture_output=True, text=True, check=False)


def link(path: Path) -> str:
    return path.readlink().as_posix()


def current(prefix: Path) -> str:
    return link(prefix / "current")


def test_install_update_rollback(tmp_path: Path) -> None:
    prefix = tmp_path / "opt"
    first, second, third = (fake_release(tmp_path, v) for v in ("1.0.0", "1.1.0", "1.2.0"))

    done = install(prefix, str(first))
    assert done.returncode == 0, done.stderr
    assert "checksum ok" in done.stdout
    assert current(prefix) == f"releases/{build.release_name('1.0.0')}"
    assert link(prefix / "bin" / "kiosk") == "../current/kiosk"
    run = subprocess.run(
        [str(prefix / "bin" / "kiosk"), "validate"], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "kiosk 1.0.0 validate"

    assert install(prefix, str(second)).returncode == 0
    assert current(prefix) == f"releases/{build.release_name('1.1.0')}"
    assert link(prefix / "previous") == f"releases/{build.release_name('1.0.0')}"

    again = install(prefix, str(second))
    assert again.returncode != 0 and "already the running version" in again.stderr

    assert install(prefix, "--rollback").returncode == 0
    assert current(prefix) == f"releases/{build.release_name('1.0.0')}"
    assert link(prefix / "previous") == f"releases/{build.release_name('1.1.0')}"

    # With KEEP=1, installing a third version keeps it and the previous one only.
    assert install(prefix, str(third)).returncode == 0
    kept = sorted(p.name for p in (prefix / "releases").iterdir())
    assert kept == sorted([build.release_name("1.0.0"), build.release_name("1.2.0")])
    status = install(prefix, "--status")
    assert f"* {build.release_name('1.2.0')}" in status.stdout


def test_install_refuses_a_damaged_or_broken_release(tmp_path: Path) -> None:
    prefix = tmp_path / "opt"
    good = fake_release(tmp_path, "1.0.0")
    assert install(prefix, str(good)).returncode == 0

    broken = fake_release(tmp_path / "b", "2.0.0", works=False)
    result = install(prefix, str(broken))
    assert result.returncode != 0 and "does not start" in result.stderr
    assert current(prefix) == f"releases/{build.release_name('1.0.0')}"

    damaged = fake_release(tmp_path / "d", "3.0.0")
    with damaged.open("ab") as f:
        f.write(b"junk")
    result = install(prefix, str(damaged))
    assert result.returncode != 0 and "does not match" in result.stderr
    assert not list((prefix / "releases").glob(".incoming*"))


def test_install_refuses_another_architecture(tmp_path: Path) -> None:
    archive = fake_release(tmp_path, "1.0.0")
    other = "arm64" if build.arch_tag() == "x86_64" else "x86_64"
    renamed = archive.with_name(archive.name.replace(build.arch_tag(), other))
    with tarfile.open(archive) as src, tarfile.open(renamed, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member) if member.isfile() else None
            member.name = member.name.replace(build.arch_tag(), other)
            dst.addfile(member, data)
    result = install(tmp_path / "opt", str(renamed))
    assert result.returncode != 0 and f"is for {other}" in result.stderr


@pytest.mark.parametrize("mode", ["cage", "eglfs", "linuxfb"])
def test_setup_kiosk_writes_unit_dropin_and_settings(tmp_path: Path, mode: str) -> None:
    prefix = tmp_path / "opt"
    units = prefix / "current" / "packaging" / "systemd"
    units.mkdir(parents=True)
    for unit in (PACKAGING / "systemd").glob("*.service"):
        shutil.copy(unit, units)
    root = tmp_path / "root"
    env = dict(os.environ, PREFIX=str(prefix), SYSROOT=str(root))
    result = subprocess.run(
        [str(SETUP), "--mode", mode, "--rotate", "90", "--content", "/srv/museum"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    unit = "exhibit-kiosk.service" if mode == "cage" else "exhibit-kiosk-eglfs.service"
    assert (root / "etc" / "systemd" / "system" / unit).is_file()
    dropin = (root / "etc" / "systemd" / "system" / f"{unit}.d" / "10-setup-kiosk.conf").read_text()
    assert "ExecStart=\n" in dropin
    assert f"{prefix}/bin/kiosk run --config /etc/exhibit-kiosk/kiosk.toml" in dropin
    assert ("QT_QPA_PLATFORM=linuxfb" in dropin) is (mode == "linuxfb")
    assert (root / "etc" / "pam.d" / "cage").exists() is (mode == "cage")
    config = load_config(root / "etc" / "exhibit-kiosk" / "kiosk.toml")
    assert config.rotate == 90
    assert config.content == Path("/srv/museum")


@pytest.mark.parametrize(
    "example",
    ["linux/kiosk.toml.example", "raspberrypi/kiosk.toml.example"],
)
def test_example_settings_are_valid(example: str) -> None:
    config = load_config(PACKAGING / example)
    assert config.content == Path("/srv/exhibit")


def test_windows_shell_launcher_config() -> None:
    ns = {
        "sl": "http://schemas.microsoft.com/ShellLauncher/2018/Configuration",
        "v2": "http://schemas.microsoft.com/ShellLauncher/2019/Configuration",
    }
    root = ET.parse(PACKAGING / "windows" / "shell-launcher.xml").getroot()
    assert root.tag == f"{{{ns['sl']}}}ShellLauncherConfiguration"
    profile = root.find("sl:Profiles/sl:Profile", ns)
    assert profile is not None
    shell = profile.find("sl:Shell", ns)
    assert shell is not None
    assert shell.get("Shell", "").startswith("C:\\ExhibitKiosk\\current\\kiosk.exe ")
    assert shell.get(f"{{{ns['v2']}}}AppType") == "Desktop"
    action = shell.find("sl:DefaultAction", ns)
    assert action is not None and action.get("Action") == "RestartShell"
    config = root.find("sl:Configs/sl:Config", ns)
    assert config is not None
    account, linked = config.find("sl:Account", ns), config.find("sl:Profile", ns)
    assert account is not None and account.get("Name") == "kiosk"
    assert linked is not None and linked.get("Id") == profile.get("Id")
    # The setup script creates the same account; the updater keeps the same folder.
    assert '[string]$User = "kiosk"' in (PACKAGING / "windows" / "setup-kiosk.ps1").read_text()
    assert '[string]$Root = "C:\\ExhibitKiosk"' in (PACKAGING / "windows" / "install-update.ps1").read_text()


def test_macos_launch_agent() -> None:
    with (PACKAGING / "macos" / "org.exhibit-kiosk.kiosk.plist").open("rb") as f:
        agent = plistlib.load(f)
    assert agent["Label"] == "org.exhibit-kiosk.kiosk"
    assert agent["ProgramArguments"][0].endswith("Exhibit Kiosk.app/Contents/MacOS/kiosk")
    assert agent["KeepAlive"] is True and agent["RunAtLoad"] is True
    assert agent["LimitLoadToSessionType"] == "Aqua"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "exhibit-kiosk.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].startswith("/opt/exhibit-kiosk/bin/kiosk ")
