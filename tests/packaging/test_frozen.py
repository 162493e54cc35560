"""Build the frozen kiosk the way a release is built, then run it as a technician would.

One build per test session (about a minute with a warm pip cache): a fresh venv with
``pip install .[package]``, PyInstaller with the trimmed spec, the archive. Then, from the frozen
binary: ``kiosk validate``, ``kiosk proof`` (which decodes photos in spawned worker processes, so
it proves ``multiprocessing.freeze_support()`` works frozen), the kiosk itself offscreen to its
first frame, installed with packaging/linux/install.sh, and fullscreen on a 1920x1080 Xvfb
screen, tapped with xdotool.

``KIOSK_FROZEN_DIST=DIR`` reuses a dist folder made by ``python packaging/build.py`` instead of
building; ``KIOSK_SCREENSHOT_DIR=DIR`` keeps the Xvfb screenshots for a person to look at.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageStat

from tests.packaging.support import ROOT, build_module, measure_module

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the frozen build is tested on Linux"),
]

build = build_module()
measure = measure_module()
BUILD_TIMEOUT_S = 900
# The trimmed bundle measured 180 MB (docs/install.md); PyInstaller's untrimmed one 260-280 MB.
MAX_BUNDLE_MB = 230
GRAB = Path(__file__).with_name("grab_screen.py")


@dataclass
class Release:
    bundle: Path
    archive: Path
    info: dict[str, Any]

    @property
    def kiosk(self) -> Path:
        return self.bundle / "kiosk"

    @property
    def assets(self) -> Path:
        return self.bundle / "_internal" / "assets"


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    prebuilt = os.environ.get("KIOSK_FROZEN_DIST")
    if prebuilt:
        dist = Path(prebuilt)
    else:
        dist = tmp_path_factory.mktemp("dist")
        work = tmp_path_factory.mktemp("work")
        result = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work)],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            check=False,
        )
        assert result.returncode == 0, f"build failed:\n{result.stdout[-5000:]}\n{result.stderr[-5000:]}"
    name = build.release_name(build.project_version())
    info = json.loads((dist / f"{name}.json").read_text(encoding="utf-8"))
    return Release(dist / name, dist / f"{name}.tar.gz", info)


def kiosk_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A clean environment: own state and temp folders, offscreen Qt unless told otherwise."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_", "NOTIFY_SOCKET"))}
    (tmp / "state").mkdir(exist_ok=True)
    (tmp / "tmp").mkdir(exist_ok=True)
    env.update(
        KIOSK_STATE_DIR=str(tmp / "state"),
        TMPDIR=str(tmp / "tmp"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
    )
    env.update(extra)
    return env


def run_kiosk(
    release: Release, *args: str, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(release.kiosk), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


QT_TROUBLE = re.compile(
    r"Traceback|module \"[\w.]+\" is not installed|Cannot load library|could not be loaded|"
    r"plugin cannot be loaded|Could not find the Qt platform plugin|failed to load|ImportError"
)


def test_bundle_layout_size_and_trimming(release: Release) -> None:
    internal = release.bundle / "_internal"
    assert release.kiosk.is_file() and os.access(release.kiosk, os.X_OK)
    assert (release.assets / "exhibit.toml").is_file()
    assert (internal / "kiosk" / "ui" / "qml" / "Kiosk" / "qmldir").is_file()
    assert sorted(p.name for p in (internal / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts").glob("*.ttf"))
    translations = sorted(p.name for p in (ROOT / "kiosk" / "ui" / "i18n").glob("*.qm"))
    assert sorted(p.name for p in (internal / "kiosk" / "ui" / "i18n").glob("*.qm")) == translations
    assert sorted(p.name for p in (internal / "qtawesome" / "fonts").iterdir()) == [
        "fontawesome6-solid-webfont-6.7.2.ttf",
        "fontawesome6-solid-webfont-charmap-6.7.2.json",
    ]
    assert not (internal / "qtawesome" / "__init__.pyc").exists()
    qt = internal / "PySide6" / "Qt"
    assert sorted(p.name for p in (qt / "qml" / "QtQuick" / "Controls").iterdir() if p.is_dir()) == [
        "Basic",
        "impl",
    ]
    assert not (qt / "translations").exists()
    names = {p.name for p in internal.rglob("*")}
    for unwanted in (
        "Designer",
        "WebEngine",
        "Pdf",
        "Quick3D",
        "VirtualKeyboard",
        "MultimediaQuick",
        "ffmpeg",
        "avcodec",
        "Widgets",
        "gtk",
    ):
        assert not [n for n in names if unwanted in n and (".so" in n or n.endswith(".dll"))], unwanted
    assert [n for n in names if n.startswith("libQt6Multimedia.so")], "QtMultimedia plays speech"
    for unused in ("libssl.so", "_ssl.", "readline", "libtinfo"):  # trim.py: never imported
        assert not [n for n in names if unused in n], unused
    assert [n for n in names if n.startswith("libcrypto.so")], "hashlib.scrypt hashes the admin PIN"
    fonts = internal / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts"
    assert not list(fonts.glob("NotoSansCJK*")), "CJK is the optional font pack"
    assert (fonts / "NotoSansArabic.ttc").is_file() and (fonts / "OFL.txt").is_file()
    assert (release.bundle / "docs" / "install.md").is_file()
    assert (release.bundle / "VERSION").read_text().strip() == build.project_version()
    assert release.info["trimmed"] is True
    assert release.info["bundle_bytes"] < MAX_BUNDLE_MB * 1_000_000, release.info


def test_the_cjk_font_pack_beside_the_bundle(release: Release, tmp_path: Path) -> None:
    pack = release.archive.with_name(f"exhibit-kiosk-fonts-cjk-{build.project_version()}.tar.gz")
    assert release.info["font_pack"] == pack.name and release.info["font_pack_bytes"] == pack.stat().st_size
    checked = subprocess.run(
        ["sha256sum", "--check", pack.name + ".sha256"], cwd=pack.parent, capture_output=True, check=False
    )
    assert checked.returncode == 0
    with tarfile.open(pack) as tf:
        tf.extractall(tmp_path, filter="data")
    folder = tmp_path / pack.name.removesuffix(".tar.gz")
    source = ROOT / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts"
    assert sorted(p.name for p in folder.iterdir()) == ["NotoSansCJK-Regular.ttc", "OFL.txt", "README.txt"]
    font = "NotoSansCJK-Regular.ttc"
    assert (folder / font).read_bytes() == (source / font).read_bytes()


def test_archive_and_checksum(release: Release) -> None:
    assert re.fullmatch(r"exhibit-kiosk-[\w.]+-linux-(x86_64|arm64)\.tar\.gz", release.archive.name)
    checked = subprocess.run(
        ["sha256sum", "--check", release.archive.name + ".sha256"],
        cwd=release.archive.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert (release.archive.parent / "install.sh").is_file()


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_every_bundled_library_finds_its_dependencies(release: Release) -> None:
    internal = release.bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # what PyInstaller's bootloader sets
    missing = []
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True, check=False).stdout
        missing += [
            f"{path.relative_to(internal)}: {line.strip()}"
            for line in out.splitlines()
            if "not found" in line
        ]
    assert not missing, "\n".join(missing)


def test_validate_from_the_frozen_binary(release: Release, tmp_path: Path) -> None:
    env = kiosk_env(tmp_path)
    clean = run_kiosk(release, "validate", str(release.assets), env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "no problems found" in clean.stdout
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "exhibit.toml").write_text("this is [not toml\n")
    bad = run_kiosk(release, "validate", str(broken), env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr


def test_proof_renders_screens_with_photos_decoded_in_worker_processes(
    release: Release, tmp_path: Path
) -> None:
    env = kiosk_env(tmp_path)
    out = tmp_path / "proof"
    started = time.monotonic()
    result = run_kiosk(release, "proof", "--out", str(out), "--only", "galler", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not QT_TROUBLE.search(result.stderr), result.stderr[-3000:]
    shots = sorted(out.glob("*.png"))
    assert len(shots) >= 2, result.stdout
    assert f"{len(shots)} screens written" in result.stdout
    assert all(p.name in (out / "index.html").read_text(encoding="utf-8") for p in shots)
    for shot in shots:
        with Image.open(shot) as image:
            assert image.size == (1920, 1080)
            assert max(ImageStat.Stat(image.convert("L")).stddev) > 5, f"{shot.name} is blank"
    # The photo derivatives were written by spawned decode workers of the frozen binary.
    derivatives = [p for p in tmp_path.rglob("*.jpg") if "proof" not in p.parts]
    assert derivatives, "no photo derivatives: the decode workers did not run"
    print(f"proof of {len(shots)} screens took {time.monotonic() - started:.1f} s")


@pytest.fixture
def installed(release: Release, tmp_path: Path) -> Iterator[Path]:
    """The archive installed with install.sh into a scratch prefix; yields PREFIX/bin/kiosk."""
    prefix = tmp_path / "opt"
    env = dict(os.environ, PREFIX=str(prefix), RESTART="no")
    done = subprocess.run(
        [str(ROOT / "packaging" / "linux" / "install.sh"), str(release.archive)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    yield prefix / "bin" / "kiosk"


def test_installed_kiosk_reaches_its_first_frame(installed: Path, tmp_path: Path) -> None:
    env = kiosk_env(tmp_path)
    seconds, status = measure.time_to_ready([str(installed)], env, timeout=120)
    assert "showing" in status, status
    assert (tmp_path / "state" / "logs").is_dir()
    print(f"frozen kiosk: first frame after {seconds:.2f} s (offscreen)")


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def grab(display: str, path: Path) -> Image.Image:
    env = dict(os.environ, DISPLAY=display)
    subprocess.run([sys.executable, str(GRAB), str(path)], env=env, check=True, timeout=60)
    with Image.open(path) as image:
        return image.convert("RGB")


def difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def xdotool(display: str, *args: str) -> str:
    env = dict(os.environ, DISPLAY=display)
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=True).stdout


def wait_for_change(display: str, before: Image.Image, path: Path, timeout: float = 15) -> Image.Image:
    """Screenshots until the screen differs clearly from ``before`` (transitions take a moment)."""
    deadline = time.monotonic() + timeout
    while True:
        after = grab(display, path)
        if difference(before, after) > 3 or time.monotonic() > deadline:
            return after
        time.sleep(0.5)


def kiosk_window(display: str, pid: int) -> str:
    """The kiosk's window: Qt also maps tiny helper windows, the kiosk's is the big one."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    sizes = {window: geometry(display, window) for window in found}
    return max(sizes, key=lambda w: sizes[w][0] * sizes[w][1]) if sizes else ""


def test_fullscreen_under_xvfb_and_tap_through(installed: Path, xvfb: str, tmp_path: Path) -> None:
    shots = Path(os.environ.get("KIOSK_SCREENSHOT_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    env = kiosk_env(tmp_path, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    del env["QT_QUICK_BACKEND"]  # the kiosk's own choice, as on a real screen
    with measure.running_kiosk([str(installed)], env, timeout=120) as kiosk:
        window = kiosk_window(xvfb, kiosk.proc.pid)
        assert window, "the kiosk has no window"
        # Under a bare X server, FullScreen alone leaves a 160x160 window: it must fill the screen.
        assert geometry(xvfb, window) == (1920, 1080), "the kiosk window does not fill the 1920x1080 screen"
        time.sleep(3)  # the attract loop's first photo fades in

        attract = grab(xvfb, shots / "1-attract.png")
        assert attract.size == (1920, 1080)
        xdotool(xvfb, "mousemove", "960", "540", "click", "1")  # touch to begin
        home = wait_for_change(xvfb, attract, shots / "2-home.png")
        assert difference(attract, home) > 3, "tapping the attract screen changed nothing"
        time.sleep(1)
        home = grab(xvfb, shots / "2-home.png")
        xdotool(xvfb, "mousemove", "960", "530", "click", "1")  # the middle tile of home
        section = wait_for_change(xvfb, home, shots / "3-section.png")
        assert difference(home, section) > 3, "tapping a home tile changed nothing"
        assert kiosk.proc.poll() is None, "the kiosk stopped"
        err = kiosk.stderr()
    assert not QT_TROUBLE.search(err), err[-3000:]
    print(f"frozen kiosk under Xvfb: first frame after {kiosk.seconds:.2f} s; screenshots in {shots}")


def geometry(display: str, window: str) -> tuple[int, int]:
    out = xdotool(display, "getwindowgeometry", "--shell", window)
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return int(values["WIDTH"]), int(values["HEIGHT"])
