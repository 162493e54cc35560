"""The quality bar, checked by the same command as the tests: ruff, mypy, qmllint, type info."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QML = ROOT / "kiosk" / "ui" / "qml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_check() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "kiosk", "tests", "tools", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run(sys.executable, "-m", "ruff", "format", "--check", "kiosk", "tests", "tools", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def qmllint() -> str:
    import PySide6

    tool = Path(PySide6.__file__).parent / ("qmllint.exe" if sys.platform == "win32" else "qmllint")
    found = str(tool) if tool.exists() else shutil.which("pyside6-qmllint")
    if found is None:
        pytest.fail("qmllint is missing from the PySide6 installation")
    return found


def test_qmllint_without_warnings() -> None:
    files = sorted(str(p) for p in QML.rglob("*.qml"))
    assert len(files) > 10
    result = run(qmllint(), "-W", "0", "-I", str(QML), "-i", str(QML / "Kiosk" / "qmldir"), *files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_bridge_type_info_is_current() -> None:
    result = run(sys.executable, str(ROOT / "tools" / "qmltypes.py"), "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_interface_translations_are_complete_and_compiled() -> None:
    result = run(sys.executable, str(ROOT / "tools" / "translations.py"), "--check")
    assert result.returncode == 0, result.stdout + result.stderr
