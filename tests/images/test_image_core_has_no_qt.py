"""kiosk.images is the pure-Python core, and its benchmark too: they must never pull in Qt.

They run inside spawned decode workers and in tools without a display; an accidental Qt
import would also make every worker start-up pay for loading Qt. (Other benchmarks in
kiosk/bench drive the Qt application and are not covered here.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE_FILES = [
    *sorted((ROOT / "kiosk" / "images").rglob("*.py")),
    ROOT / "kiosk" / "bench" / "__init__.py",
    ROOT / "kiosk" / "bench" / "images.py",
]
QT_PACKAGES = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "qtpy", "qtawesome"}


def _imported_top_level_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_source_file_imports_qt() -> None:
    assert len(CORE_FILES) > 5
    offenders = {
        str(f.relative_to(ROOT)): sorted(_imported_top_level_names(f) & QT_PACKAGES) for f in CORE_FILES
    }
    assert {f: q for f, q in offenders.items() if q} == {}


def test_importing_the_core_loads_no_qt_module() -> None:
    modules = sorted(
        ".".join(f.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__") for f in CORE_FILES
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"qt = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_PACKAGES)!r})\n"
        "print(','.join(qt))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
