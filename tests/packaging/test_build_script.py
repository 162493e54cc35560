"""packaging/build.py's pieces that need no PyInstaller run: names, archives, checksums, extras."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, build_module, presentation_module

build = build_module()


def test_version_comes_from_pyproject() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert build.project_version() == data["project"]["version"]


@pytest.mark.parametrize(
    ("system", "machine", "name"),
    [
        ("linux", "x86_64", "exhibit-kiosk-1.2.3-linux-x86_64"),
        ("linux", "aarch64", "exhibit-kiosk-1.2.3-linux-arm64"),
        ("win32", "AMD64", "exhibit-kiosk-1.2.3-windows-x86_64"),
        ("darwin", "arm64", "exhibit-kiosk-1.2.3-macos-arm64"),
        ("darwin", "x86_64", "exhibit-kiosk-1.2.3-macos-x86_64"),
    ],
)
def test_release_names(system: str, machine: str, name: str) -> None:
    assert build.release_name("1.2.3", system, machine) == name


def fake_bundle(root: Path) -> Path:
    bundle = root / "exhibit-kiosk-9.9.9-linux-x86_64"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    exe = bundle / "kiosk"
    exe.write_text("#!/bin/sh\necho kiosk\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "lib" / "libfoo.so.1").write_bytes(b"\x7fELF fake")
    (bundle / "_internal" / "libfoo.so.1").symlink_to("lib/libfoo.so.1")
    return bundle


def test_tar_archive_keeps_folder_symlinks_and_modes(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    archive = build.make_archive(bundle, "linux")
    assert archive.name == "exhibit-kiosk-9.9.9-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tf:
        members = {m.name: m for m in tf.getmembers()}
    top = "exhibit-kiosk-9.9.9-linux-x86_64"
    assert members[f"{top}/kiosk"].mode & stat.S_IXUSR
    assert members[f"{top}/_internal/libfoo.so.1"].issym()
    assert members[f"{top}/_internal/libfoo.so.1"].linkname == "lib/libfoo.so.1"
    assert all(m.uid == 0 and m.uname == "root" for m in members.values())


def test_zip_archive_on_windows(tmp_path: Path) -> None:
    bundle = tmp_path / "exhibit-kiosk-9.9.9-windows-x86_64"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "kiosk.exe").write_bytes(b"MZ")
    archive = build.make_archive(bundle, "win32")
    assert archive.suffix == ".zip"
    with zipfile.ZipFile(archive) as zf:
        assert "exhibit-kiosk-9.9.9-windows-x86_64/kiosk.exe" in zf.namelist()


@pytest.mark.parametrize(("system", "suffix"), [("linux", ".tar.gz"), ("win32", ".zip")])
def test_the_cjk_font_pack_holds_the_font_its_licence_and_a_readme(
    tmp_path: Path, system: str, suffix: str
) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("NotoSansCJK-Regular.ttc", "NotoSans-Regular.ttf", "OFL.txt"):
        (fonts / name).write_bytes(name.encode())
    dist = tmp_path / "dist"
    dist.mkdir()
    pack = build.make_font_pack(dist, "9.9.9", system, fonts)
    assert pack is not None and pack.name == f"exhibit-kiosk-fonts-cjk-9.9.9{suffix}"
    if suffix == ".zip":
        with zipfile.ZipFile(pack) as zf:
            names = sorted(zf.namelist())
            readme = zf.read("exhibit-kiosk-fonts-cjk-9.9.9/README.txt").decode()
    else:
        with tarfile.open(pack) as tf:
            names = sorted(m.name for m in tf.getmembers())
            assert all(m.uid == 0 and m.mode == 0o644 for m in tf.getmembers())
            member = tf.extractfile("exhibit-kiosk-fonts-cjk-9.9.9/README.txt")
            assert member is not None
            readme = member.read().decode()
    top = "exhibit-kiosk-fonts-cjk-9.9.9"
    assert names == [f"{top}/{name}" for name in ("NotoSansCJK-Regular.ttc", "OFL.txt", "README.txt")]
    assert "fonts" in readme and "docs/install.md" in readme and "OFL" in readme
    assert (dist / f"{pack.name}.sha256").is_file()
    empty = tmp_path / "no-cjk"
    empty.mkdir()
    assert build.make_font_pack(dist, "9.9.9", system, empty) is None


def test_checksum_file_matches_sha256sum_format(tmp_path: Path) -> None:
    archive = tmp_path / "a.tar.gz"
    archive.write_bytes(b"content" * 1000)
    line = build.write_checksum(archive).read_text()
    assert line == f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  a.tar.gz\n"


def test_extras_put_docs_and_recipes_beside_the_executable(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    build.copy_extras(bundle)
    assert (bundle / "docs" / "install.md").is_file()
    assert (bundle / "packaging" / "linux" / "install.sh").is_file()
    assert os.access(bundle / "packaging" / "linux" / "install.sh", os.X_OK)
    assert (bundle / "packaging" / "windows" / "shell-launcher.xml").is_file()
    assert not list(bundle.rglob("__pycache__"))


def test_tree_size_counts_links_once(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    size, files = build.tree_size(bundle)
    assert files == 3
    assert size == len("#!/bin/sh\necho kiosk\n") + len(b"\x7fELF fake")


def test_forbidden_packages_stop_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    packages = {
        "pyside6-essentials": "6.11",
        "pyinstaller": "6.22",
        "exhibit-kiosk": "0.1",
        "pyside6-addons": "6.11",
    }
    monkeypatch.setattr(build, "installed", lambda exe: packages)
    assert build.check_environment(Path("python")) is packages  # Addons: for QtMultimedia only
    packages["pyside6"] = "6.11"  # the meta-package would bring every add-on along
    with pytest.raises(SystemExit, match="pyside6"):
        build.check_environment(Path("python"))
    del packages["pyside6"], packages["pyside6-addons"]
    with pytest.raises(SystemExit, match="pyside6-addons is missing"):
        build.check_environment(Path("python"))


@pytest.mark.parametrize(
    ("argv", "env", "wanted"),
    [
        ([], {}, True),
        (["run", "--content", "/srv/exhibit"], {}, True),
        (["--windowed"], {}, False),
        (["validate", "DIR"], {}, False),
        (["proof", "--out", "x"], {}, False),
        ([], {"KIOSK_MACOS_PRESENTATION": "0"}, False),
    ],
)
def test_macos_presentation_only_for_the_fullscreen_kiosk(
    argv: list[str], env: dict[str, str], wanted: bool
) -> None:
    presentation = presentation_module()
    assert presentation.wanted(argv, env) is wanted


def test_macos_presentation_is_a_no_op_elsewhere() -> None:
    presentation = presentation_module()
    if sys.platform != "darwin":
        assert presentation.apply_kiosk_presentation([]) is False
