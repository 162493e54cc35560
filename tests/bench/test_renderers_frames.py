"""The renderer-aware parts of the benchmarks, run tiny so they do not rot. Nothing is timed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.bench import startup
from kiosk.bench.process import bundled, run_child
from kiosk.bench.renderers import PYCACHE, python_env, renderers

pytestmark = pytest.mark.slow


def test_children_run_with_bytecode() -> None:
    env = python_env({"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/bin"})
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(PYCACHE)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_startup_children_under_opengl() -> None:
    with renderers(use_xvfb=True) as (found, missing):
        assert not missing
        gl = next(r for r in found if r.name == "opengl")
        assert gl.env["QSG_RHI_BACKEND"] == "opengl" and gl.env["QT_QPA_PLATFORM"] == "xcb"
        for what in ("minimal", "kiosk"):
            marks = startup.time_child(what, gl.env)
            assert 0 < marks["first_frame"] < 120


def test_frames_child(tmp_path: Path) -> None:
    data = run_child(["frames", str(bundled()), str(tmp_path), "--size", "800x600", "--seconds", "0.5"])
    assert data["size"] == [800, 600]
    assert data["graphics_api"] == "Software"
    assert data["swipe_ms"] and data["play_ms"]  # the viewer swiped, the map played
