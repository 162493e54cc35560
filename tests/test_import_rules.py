"""The core layer never imports Qt: it must load, validate and report without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = [
    ROOT / "kiosk" / "content",
    ROOT / "kiosk" / "map",
    ROOT / "kiosk" / "images",
    ROOT / "kiosk" / "ops",
    ROOT / "kiosk" / "analytics",
    ROOT / "kiosk" / "config.py",
    ROOT / "kiosk" / "validate.py",
    ROOT / "kiosk" / "resources.py",
]
QT_MODULES = ("PySide6", "shiboken6", "qtawesome", "qtpy", "PyQt5", "PyQt6")


def core_files() -> list[Path]:
    files: list[Path] = []
    for entry in CORE:
        files += sorted(entry.rglob("*.py")) if entry.is_dir() else [entry] if entry.exists() else []
    return files


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_files_exist() -> None:
    assert len(core_files()) > 10


def test_no_core_module_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in core_files()
        for name in imported_modules(path)
        if name.split(".")[0] in QT_MODULES or name.startswith("kiosk.ui")
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in core_files()
        if p.name != "__main__.py" and "bench" not in p.parts
    )
    code = (
        "import sys\n"
        f"for m in {modules!r}: __import__(m)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
