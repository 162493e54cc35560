"""The bundle's trimming rules, checked against the installed PySide6 without building anything.

What the kiosk's QML imports must stay; so must everything those modules and the kept plugins load.
A new ``import QtQuick.Something`` in kiosk/ui/qml fails here first, naming packaging/pyinstaller/trim.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, trim_module

trim = trim_module()
QML_SOURCES = ROOT / "kiosk" / "ui" / "qml"


def pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent


def qt_dir() -> Path:
    """The wheel's Qt folder (PySide6/Qt on Linux and macOS, PySide6 itself on Windows)."""
    return pyside_dir() / "Qt" if (pyside_dir() / "Qt").is_dir() else pyside_dir()


def dest(path: Path) -> str:
    """A wheel file's destination inside the bundle, as PyInstaller's PySide6 hooks lay it out."""
    return "PySide6/" + path.relative_to(pyside_dir()).as_posix()


@cache
def wheel_files() -> list[Path]:
    return [p for p in pyside_dir().rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def qml_module_dir(module: str) -> Path:
    return qt_dir() / "qml" / Path(*module.split("."))


def kiosk_qml_imports() -> set[str]:
    imports = set()
    for path in QML_SOURCES.rglob("*.qml"):
        for match in re.finditer(r"^import\s+([A-Za-z][\w.]*)", path.read_text(encoding="utf-8"), re.M):
            imports.add(match.group(1))
    return {name for name in imports if not name.startswith("Kiosk")}


def qmldir_dependencies(qmldir: Path) -> set[str]:
    """Modules a qmldir needs: `depends X` and non-optional `import X` lines."""
    needed = set()
    for line in qmldir.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] in {"depends", "import"}:
            needed.add(words[1])
    return needed


def test_the_kiosks_qml_imports_are_kept() -> None:
    imports = kiosk_qml_imports()
    assert "QtQuick" in imports
    assert "QtQuick.Controls.Basic" in imports
    for module in sorted(imports):
        folder = qml_module_dir(module)
        assert (folder / "qmldir").is_file(), f"{module} is not in the PySide6 wheel"
        for path in folder.iterdir():
            if path.is_file():
                assert trim.keep(dest(path)), (
                    f"kiosk/ui/qml imports {module}, but packaging/pyinstaller/trim.py drops {dest(path)}"
                )


def test_kept_qml_modules_have_what_they_depend_on() -> None:
    qml_root = qt_dir() / "qml"
    kept = [p for p in qml_root.rglob("qmldir") if trim.keep(dest(p))]
    assert kept
    for qmldir in kept:
        for module in qmldir_dependencies(qmldir):
            target = qml_module_dir(module) / "qmldir"
            if target.is_file():  # some depends name modules the wheel does not ship
                assert trim.keep(dest(target)), f"{dest(qmldir)} depends on {module}, which is trimmed"


def test_unused_styles_translations_and_tools_are_dropped() -> None:
    dropped = {dest(p) for p in wheel_files() if not trim.keep(dest(p))}
    for style in ("Material", "Fusion", "Imagine", "Universal", "FluentWinUI3"):
        assert any(f"/qml/QtQuick/Controls/{style}/" in d for d in dropped), style
    assert not any("/Qt/translations/" in dest(p) and trim.keep(dest(p)) for p in wheel_files())
    assert not any("/plugins/designer/" in dest(p) and trim.keep(dest(p)) for p in wheel_files())
    kept_basic = [dest(p) for p in wheel_files() if "/qml/QtQuick/Controls/Basic/" in dest(p)]
    assert kept_basic and all(trim.keep(d) for d in kept_basic)


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        # Linux wheel layout
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/lib/libQt6QuickControls2Basic.so.6", True),
        ("PySide6/Qt/lib/libQt6QuickControls2Material.so.6", False),
        ("PySide6/Qt/lib/libQt6Designer.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("libQt6Widgets.so.6", False),  # PyInstaller's top-level symlink
        # Speech: QtMultimedia's library (QAudioSink) stays; its FFmpeg backend and QML types go.
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", True),
        ("PySide6/Qt/lib/libQt6MultimediaQuick.so.6", False),
        ("PySide6/Qt/lib/libQt6FFmpegStub-va.so.2", False),
        ("PySide6/Qt/lib/libavcodec.so.61", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/qml/QtMultimedia/qmldir", False),
        ("PySide6/Qt/qml/QtLocation/qmldir", False),
        ("PySide6/Qt6Multimedia.dll", True),
        ("PySide6/avcodec-61.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevtouchplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/qml/QtQuick/VirtualKeyboard/qmldir", False),
        # Windows wheel layout (no Qt/ folder)
        ("PySide6/Qt6Quick.dll", True),
        ("PySide6/Qt6Designer.dll", False),
        ("PySide6/qml/QtQuick/Controls/Basic/qmldir", True),
        ("PySide6/qml/QtQuick/Controls/Material/qmldir", False),
        ("PySide6/qml/QtQuick/Controls/Windows/qmldir", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/translations/qtbase_fr.qm", False),
        ("PySide6/designer.exe", False),
        # macOS wheel layout (frameworks)
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", True),
        ("PySide6/Qt/lib/QtQuickControls2Imagine.framework/Versions/A/QtQuickControls2Imagine", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        # The kiosk's own files and the one icon font
        ("kiosk/ui/qml/Kiosk/qmldir", True),
        ("assets/exhibit.toml", True),
        ("qtawesome/fonts/fontawesome6-solid-webfont-6.7.2.ttf", True),
        ("qtawesome/fonts/fontawesome6-brands-webfont-6.7.2.ttf", False),
        ("qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf", False),
        # CLDR data: the languages a museum is likely to write in, with every variant, and root
        ("babel/global.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/sr_Latn.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/zh_Hant_HK.dat", True),
        ("babel/locale-data/ff_Adlm.dat", False),
        ("babel/locale-data/yue.dat", False),
        # Chinese, Japanese and Korean are the optional font pack (build.py writes it beside)
        ("kiosk/ui/qml/Kiosk/fonts/NotoSansCJK-Regular.ttc", False),
        ("kiosk/ui/qml/Kiosk/fonts/NotoSansCJK-Bold.ttc", False),
        ("kiosk/ui/qml/Kiosk/fonts/NotoSans-Regular.ttf", True),
        ("kiosk/ui/qml/Kiosk/fonts/NotoSansArabic.ttc", True),
        ("kiosk/ui/qml/Kiosk/fonts/OFL.txt", True),
        ("kiosk/ui/qml/Kiosk/fonts/README.md", True),
    ],
)
def test_rules(path: str, kept: bool) -> None:
    assert trim.keep(path) is kept, trim.reason_to_drop(path)


def imported_modules(root: Path) -> set[str]:
    import ast

    names: set[str] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    return names


def test_left_out_python_modules_are_not_imported_by_the_kiosk() -> None:
    """readline and ssl are left out of the bundle (with libreadline and libssl); hashlib stays."""
    assert {"readline", "ssl", "_ssl"} <= set(trim.EXCLUDED_MODULES)
    assert "hashlib" not in trim.EXCLUDED_MODULES and "_hashlib" not in trim.EXCLUDED_MODULES
    imported = imported_modules(ROOT / "kiosk") | imported_modules(ROOT / "packaging" / "pyinstaller")
    top_level = {name.split(".")[0] for name in imported}
    assert not top_level & {"readline", "ssl", "_ssl", "unittest", "tkinter", "pdb"}


def test_unneeded_libraries_follow_what_kept_binaries_load() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PIL/_imaging.so", "/src/_imaging.so", "EXTENSION"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libjpeg.so.62", "/usr/lib/libjpeg.so.62", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    imports = {
        "/src/libqxcb.so": {"libxcb-cursor.so.0", "libQt6Core.so.6"},
        "/src/_imaging.so": {"libjpeg.so.62"},
    }
    unneeded = trim.unneeded_libraries(binaries, lambda src: imports.get(src, set()))
    assert unneeded == {"libgtk-3.so.0"}


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd (Linux)")
def test_kept_plugins_find_their_qt_libraries() -> None:
    """Every kept plugin's Qt libraries are kept too (else Qt refuses to load it at run time)."""
    kept_libs = {p.name for p in (qt_dir() / "lib").iterdir() if trim.keep(dest(p))}
    all_libs = {p.name for p in (qt_dir() / "lib").iterdir()}
    plugins = [
        p
        for p in (*(qt_dir() / "plugins").rglob("*.so"), *(qt_dir() / "qml").rglob("*.so"))
        if trim.keep(dest(p))
    ]
    assert len(plugins) > 20
    problems = []
    for plugin in plugins:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
        for name in re.findall(r"^\s*(libQt6\S+)", out, re.M):
            if name in all_libs and name not in kept_libs:
                problems.append(f"{dest(plugin)} needs {name}, which trim.py drops")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd (Linux)")
def test_kept_qt_libraries_find_the_qt_libraries_they_load() -> None:
    """E.g. QtMultimedia (speech) loads QtConcurrent: trimming one must not strand the other."""
    lib = qt_dir() / "lib"
    kept = {p.name for p in lib.iterdir() if trim.keep(dest(p))}
    everything = {p.name for p in lib.iterdir()}
    problems = []
    for name in sorted(n for n in kept if n.startswith("libQt6") and ".so" in n):
        out = subprocess.run(["ldd", str(lib / name)], capture_output=True, text=True, check=False).stdout
        for needed in re.findall(r"^\s*(libQt6\S+)", out, re.M):
            if needed in everything and needed not in kept:
                problems.append(f"{name} needs {needed}, which trim.py drops")
    assert not problems, "\n".join(problems)


def test_the_cldr_data_kept_is_what_the_kiosk_names_and_a_fraction_of_babels() -> None:
    import babel

    data = Path(babel.__file__).resolve().parent / "locale-data"
    files = sorted(data.glob("*.dat"))
    kept = [p for p in files if trim.keep(f"babel/locale-data/{p.name}")]
    from kiosk.content.cldr import BUNDLED_LANGUAGES

    assert {p.stem.split("_")[0] for p in kept} == {*BUNDLED_LANGUAGES, "root"}
    kept_mb = sum(p.stat().st_size for p in kept) / 1e6
    all_mb = sum(p.stat().st_size for p in files) / 1e6
    assert kept_mb < 16 < all_mb, (kept_mb, all_mb)
