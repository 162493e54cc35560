"""Build the frozen kiosk: a PyInstaller onedir bundle and a versioned archive for offline install.

    python packaging/build.py                 # fresh venv, trimmed bundle, archive in dist/
    python packaging/build.py --reuse-venv    # keep the venv of the last build (faster)
    python packaging/build.py --no-trim       # everything PyInstaller collects (size comparison)

Steps: a clean virtual environment with only ``pip install .[package]`` (the kiosk, its
dependencies and PyInstaller: PySide6-Essentials and PySide6-Addons, for QtMultimedia, never the
PySide6 meta-package), PyInstaller with
packaging/pyinstaller/kiosk.spec, debug symbols stripped from the interpreter, the install
recipes and docs copied in, then ``dist/exhibit-kiosk-<version>-<platform>-<arch>/`` and its
``.tar.gz`` (``.zip`` on Windows) with a ``.sha256`` beside it. Beside them, the optional CJK font
pack ``exhibit-kiosk-fonts-cjk-<version>.tar.gz`` (``.zip`` on Windows): the Chinese, Japanese and
Korean fonts the bundle leaves out (packaging/pyinstaller/trim.py), their licence and a README.

Standard library only, so any Python 3.11+ can run it. Offline builds work through pip's own
settings (PIP_NO_INDEX=1, PIP_FIND_LINKS=/path/to/wheels).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "pyinstaller" / "kiosk.spec"
APP = "exhibit-kiosk"
MACOS_APP = "Exhibit Kiosk.app"
# The install/update script copied beside the archive (it is inside the archive too).
INSTALLERS = {
    "linux": "linux/install.sh",
    "macos": "macos/install.sh",
    "windows": "windows/install-update.ps1",
}
# Packages that must never be in the build environment. PySide6-Addons is needed (QtMultimedia plays
# speech); trim.py keeps only that module of it (no WebEngine, Quick3D, FFmpeg...).
FORBIDDEN = ("pyside6",)
# The optional CJK font pack: the fonts trim.py leaves out of the bundle, with their licence.
FONTS = REPO / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts"
CJK_FONT_GLOB = "NotoSansCJK*.ttc"
FONT_PACK_README = REPO / "packaging" / "fonts" / "README-cjk.txt"
# What the technician finds next to the executable, relative to the repository.
EXTRAS = [
    "docs/install.md",
    "docs/operations.md",
    "packaging/systemd",
    "packaging/linux",
    "packaging/raspberrypi",
    "packaging/windows",
    "packaging/macos",
    "packaging/ansible",
    "packaging/prometheus",
]


@dataclass
class BuildInfo:
    name: str
    version: str
    platform: str
    arch: str
    trimmed: bool
    python: str
    pyside6: str
    pyinstaller: str
    bundle_bytes: int
    bundle_files: int
    archive: str
    archive_bytes: int
    font_pack: str
    font_pack_bytes: int
    seconds: float
    built: str


def project_version(repo: Path = REPO) -> str:
    data = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def platform_tag(system: str = sys.platform) -> str:
    if system.startswith("win"):
        return "windows"
    if system == "darwin":
        return "macos"
    return system.rstrip("0123456789")  # "linux"


def arch_tag(machine: str | None = None) -> str:
    name = (machine or platform.machine()).lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}.get(name, name)


def release_name(version: str, system: str = sys.platform, machine: str | None = None) -> str:
    return f"{APP}-{version}-{platform_tag(system)}-{arch_tag(machine)}"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def run(cmd: Sequence[str | Path], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(part) for part in cmd), flush=True)
    subprocess.run([str(part) for part in cmd], check=True, cwd=cwd, env=env)


def make_venv(venv: Path, reuse: bool, python: str) -> Path:
    exe = venv_python(venv)
    if reuse and exe.is_file():
        print(f"reusing {venv}")
    else:
        shutil.rmtree(venv, ignore_errors=True)
        run([python, "-m", "venv", venv])
    # Not editable: the bundle must be made from what a wheel of this checkout contains.
    run([exe, "-m", "pip", "install", "--disable-pip-version-check", "-q", f"{REPO}[package]"])
    check_environment(exe)
    return exe


def installed(exe: Path) -> dict[str, str]:
    code = (
        "import json, re, platform, importlib.metadata as m; "
        "names = {re.sub(r'[-_.]+', '-', d.metadata['Name']).lower(): d.version for d in m.distributions()}; "
        "names['python'] = platform.python_version(); print(json.dumps(names))"
    )
    out = subprocess.run([str(exe), "-c", code], check=True, capture_output=True, text=True).stdout
    packages: dict[str, str] = json.loads(out)
    return packages


def check_environment(exe: Path) -> dict[str, str]:
    packages = installed(exe)
    bad = [name for name in FORBIDDEN if name in packages]
    if bad:
        raise SystemExit(f"the build environment has {', '.join(bad)}: use a fresh venv (drop --reuse-venv)")
    for needed in ("pyside6-essentials", "pyside6-addons", "pyinstaller", "exhibit-kiosk"):
        if needed not in packages:
            raise SystemExit(f"{needed} is missing from the build environment")
    return packages


def add_qt_libraries(exe: Path, libraries: Sequence[Path]) -> None:
    """Copy extra Qt libraries into the build venv's PySide6 before PyInstaller looks at it.

    For Qt libraries the PySide6 wheels lack, e.g. libQt6EglFsKmsGbmSupport.so.6, without which
    Qt's eglfs_kms plugin cannot load (docs/install.md, Raspberry Pi). They must come from a Qt
    build of exactly the wheel's Qt version; PyInstaller then collects the plugin that needs them.
    """
    if not libraries:
        return
    code = "import os, PySide6; print(os.path.dirname(PySide6.__file__))"
    pyside = Path(
        subprocess.run([str(exe), "-c", code], check=True, capture_output=True, text=True).stdout.strip()
    )
    target = pyside / "Qt" / "lib" if (pyside / "Qt" / "lib").is_dir() else pyside
    for library in libraries:
        shutil.copy2(library, target / library.name)
        print(f"added {library.name} to {target}")


def strip_debug_info(bundle: Path) -> int:
    """Drop debug sections from the interpreter, the stdlib extensions (Linux; pyenv and
    self-built Pythons ship them: ~20 MB) and the wheels' extension modules and libraries (Pillow's
    _imaging alone carries 2.6 MB). Qt's libraries are already stripped and left alone.
    Returns the bytes saved.

    The wheels' files were rewritten by patchelf (auditwheel), and strip can garble what the
    dynamic loader reads of such a file (it did pyvips' _libvips: ld.so then looked for a library
    called "ild.attributes", while readelf still showed the right names). So each file is stripped
    into a copy, and the copy is kept only when the loader (ldd) names the same libraries for it."""
    strip, ldd = shutil.which("strip"), shutil.which("ldd")
    if not sys.platform.startswith("linux") or strip is None or ldd is None:
        return 0
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as PyInstaller's bootloader sets it
    targets = [
        *internal.glob("libpython3*.so*"),
        *internal.glob("python3*/lib-dynload/*.so"),
        *(p for p in internal.rglob("*.so*") if "PySide6" not in p.relative_to(internal).parts[:1]),
    ]
    saved = 0
    for target in dict.fromkeys(targets):
        if target.is_symlink() or not target.is_file():
            continue
        stripped = target.with_name(target.name + ".stripped")
        subprocess.run([strip, "--strip-debug", "-o", stripped, target], check=False, capture_output=True)
        if not stripped.is_file():
            continue
        worth_it = stripped.stat().st_size < target.stat().st_size - 16_384  # else not worth a risk
        if worth_it and loads(ldd, stripped, env) == loads(ldd, target, env) is not None:
            saved += target.stat().st_size - stripped.stat().st_size
            shutil.copymode(target, stripped)
            stripped.replace(target)
        else:
            stripped.unlink()
    return saved


def loads(ldd: str, path: Path, env: dict[str, str]) -> list[str] | None:
    """The libraries the dynamic loader says ``path`` needs, by name; None when ldd fails or
    finds something wrong (a library not found, symbol versions it cannot read)."""
    result = subprocess.run([ldd, str(path)], env=env, capture_output=True, text=True, check=False)
    said = result.stdout + result.stderr
    if result.returncode != 0 or "not found" in said or "no version information" in said:
        return None
    return sorted(line.split()[0] for line in result.stdout.splitlines() if line.strip())


def copy_extras(bundle: Path, repo: Path = REPO) -> None:
    for rel in EXTRAS:
        src = repo / rel
        dest = bundle / rel
        if src.is_dir():
            shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)
    for script in (bundle / "packaging").rglob("*.sh"):
        script.chmod(0o755)


def tree_size(root: Path) -> tuple[int, int]:
    """Bytes and number of files under root (symlinks count as links, not as their targets)."""
    total = files = 0
    for path in root.rglob("*"):
        if path.is_symlink():
            files += 1
        elif path.is_file():
            total += path.stat().st_size
            files += 1
    return total, files


def make_archive(bundle: Path, system: str = sys.platform) -> Path:
    """The bundle folder as one archive, the folder itself at its top (symlinks kept)."""
    if platform_tag(system) == "windows":
        archive = bundle.with_name(bundle.name + ".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, path.relative_to(bundle.parent).as_posix())
        return archive
    archive = bundle.with_name(bundle.name + ".tar.gz")

    def owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
        tf.add(bundle, arcname=bundle.name, filter=owner)
    return archive


def make_font_pack(dist: Path, version: str, system: str = sys.platform, fonts: Path = FONTS) -> Path | None:
    """The optional CJK font pack beside the bundle: one folder with the font collection, its
    licence and README.txt, as ``.tar.gz`` (``.zip`` on Windows), with a ``.sha256``. None when the
    source tree has no CJK font (nothing was left out)."""
    files = sorted(fonts.glob(CJK_FONT_GLOB))
    if not files:
        return None
    folder = f"{APP}-fonts-cjk-{version}"
    members = [(f, f.name) for f in files]
    members += [(fonts / "OFL.txt", "OFL.txt"), (FONT_PACK_README, "README.txt")]
    if platform_tag(system) == "windows":
        pack = dist / f"{folder}.zip"
        with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for src, name in members:
                zf.write(src, f"{folder}/{name}")
    else:
        pack = dist / f"{folder}.tar.gz"
        with tarfile.open(pack, "w:gz", compresslevel=6) as tf:
            for src, name in members:
                info = tf.gettarinfo(str(src), f"{folder}/{name}")
                info.uid = info.gid = 0
                info.uname = info.gname = "root"
                info.mode = 0o644
                with src.open("rb") as fh:
                    tf.addfile(info, fh)
    write_checksum(pack)
    return pack


def write_checksum(archive: Path) -> Path:
    digest = hashlib.sha256()
    with archive.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    out = archive.with_name(archive.name + ".sha256")
    out.write_text(f"{digest.hexdigest()}  {archive.name}\n", encoding="utf-8")
    return out


def build(
    dist: Path,
    work: Path,
    venv: Path,
    *,
    reuse_venv: bool = False,
    trim: bool = True,
    python: str = sys.executable,
    archive: bool = True,
    extra_qt_libs: Sequence[Path] = (),
) -> BuildInfo:
    started = time.monotonic()
    version = project_version()
    name = release_name(version) + ("" if trim else "-untrimmed")
    exe = make_venv(venv, reuse_venv, python)
    add_qt_libraries(exe, extra_qt_libs)
    packages = installed(exe)

    raw = work / "pyinstaller-dist"
    shutil.rmtree(raw, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, KIOSK_TRIM="1" if trim else "0", KIOSK_VERSION=version)
    # Run outside the checkout so `kiosk` resolves to the venv's installed copy, not ./kiosk.
    pyinstaller: list[str | Path] = [exe, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    run([*pyinstaller, "--distpath", raw, "--workpath", work / "pyinstaller-work", SPEC], cwd=work, env=env)
    bundle = dist / name
    shutil.rmtree(bundle, ignore_errors=True)
    dist.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin":
        # The .app goes inside the release folder, untouched (its signature covers its contents).
        bundle.mkdir()
        shutil.move(str(raw / MACOS_APP), bundle / MACOS_APP)
    else:
        shutil.move(str(raw / APP), bundle)
    saved = strip_debug_info(bundle)
    if saved:
        print(f"stripped {saved / 1e6:.1f} MB of debug info")
    size, files = tree_size(bundle)
    copy_extras(bundle)
    (bundle / "VERSION").write_text(version + "\n", encoding="utf-8")

    archive_path = make_archive(bundle) if archive else None
    if archive_path is not None:
        write_checksum(archive_path)
        installer = REPO / "packaging" / INSTALLERS.get(platform_tag(), "linux/install.sh")
        shutil.copy2(installer, dist / installer.name)  # beside the archive, for the USB stick
    font_pack = make_font_pack(dist, version) if trim else None
    info = BuildInfo(
        name=name,
        version=version,
        platform=platform_tag(),
        arch=arch_tag(),
        trimmed=trim,
        python=packages.get("python", "?"),
        pyside6=packages.get("pyside6-essentials", "?"),
        pyinstaller=packages.get("pyinstaller", "?"),
        bundle_bytes=size,
        bundle_files=files,
        archive=archive_path.name if archive_path else "",
        archive_bytes=archive_path.stat().st_size if archive_path else 0,
        font_pack=font_pack.name if font_pack else "",
        font_pack_bytes=font_pack.stat().st_size if font_pack else 0,
        seconds=round(time.monotonic() - started, 1),
        built=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    )
    (bundle / "BUILD-INFO.json").write_text(json.dumps(asdict(info), indent=2) + "\n", encoding="utf-8")
    (dist / f"{name}.json").write_text(json.dumps(asdict(info), indent=2) + "\n", encoding="utf-8")
    return info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the bundle and archive go")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "packaging", help="scratch folder")
    parser.add_argument("--venv", type=Path, help="the build venv (default: WORK/venv)")
    parser.add_argument("--reuse-venv", action="store_true", help="keep an existing venv")
    parser.add_argument("--no-trim", action="store_true", help="keep all that PyInstaller collects")
    parser.add_argument("--no-archive", action="store_true", help="only the bundle folder")
    parser.add_argument("--python", default=sys.executable, help="the Python the bundle is made from")
    parser.add_argument(
        "--add-qt-lib",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a Qt library the PySide6 wheel lacks (e.g. libQt6EglFsKmsGbmSupport.so.6); repeatable",
    )
    args = parser.parse_args(argv)
    work = args.work.resolve()
    info = build(
        args.dist.resolve(),
        work,
        (args.venv or work / "venv").resolve(),
        reuse_venv=args.reuse_venv,
        trim=not args.no_trim,
        python=args.python,
        archive=not args.no_archive,
        extra_qt_libs=[path.resolve() for path in args.add_qt_lib],
    )
    print(
        f"\n{info.name}: {info.bundle_bytes / 1e6:.0f} MB in {info.bundle_files} files"
        + (f", archive {info.archive} {info.archive_bytes / 1e6:.0f} MB" if info.archive else "")
        + (f", font pack {info.font_pack} {info.font_pack_bytes / 1e6:.0f} MB" if info.font_pack else "")
        + f", built in {info.seconds:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
