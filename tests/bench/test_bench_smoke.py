"""Each benchmark, run in a tiny configuration, so none of them rots.

Nothing here is timed and no figure is checked against its target: the benchmarks' figures
depend on the machine and live in docs/performance.md. These only check that each benchmark runs
and produces the fields its report is made from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.bench import exhibit_gen, soak, startup
from kiosk.bench.process import run_child
from kiosk.content.loader import load

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def run_module(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    done = subprocess.run(
        [sys.executable, "-m", *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("bench")
    folder, cache = root / "exhibit", root / "cache"
    exhibit_gen.generate(folder, 12, gallery_size=5, size=(320, 213))
    return folder, cache


def test_generated_exhibit_is_valid_and_reused(tiny: tuple[Path, Path]) -> None:
    folder, cache = tiny
    result = load(folder)
    assert result.exhibit is not None
    assert not result.problems, [str(p) for p in result.problems]
    assert len(result.exhibit.photos) == 12
    assert {g.id for g in result.exhibit.galleries} == {"all", "g000", "g001", "g002"}
    again = exhibit_gen.generate(folder, 12, gallery_size=5, size=(320, 213))
    assert again.reused
    prepared = exhibit_gen.prepare(folder, cache, workers=1)
    assert prepared.keys() >= {"photos", "first_s", "second_s", "made", "rejected"}
    assert prepared["photos"] == 12
    assert prepared["rejected"] == 0


def test_memory_child(tiny: tuple[Path, Path]) -> None:
    folder, cache = tiny
    data = run_child(["memory", str(folder), str(cache), "--gallery", "all"])
    assert data.keys() >= {"photos", "rss_after_start_mib", "peak_rss_mib", "paged"}
    assert data["peak_rss_mib"] > 0
    assert data["paged"]["steps"] >= 1


def test_responsiveness_child(tiny: tuple[Path, Path]) -> None:
    folder, cache = tiny
    data = run_child(["responsiveness", str(folder), str(cache)])
    assert data.keys() >= {"press", "transitions_ms", "photo_open_ms", "swipe_intervals_ms"}
    assert all("down_by_first_frame" in p for p in data["press"])
    assert data["transitions_ms"]["home"]
    assert data["photo_open_ms"]


def test_idle_child(tiny: tuple[Path, Path]) -> None:
    folder, cache = tiny
    data = run_child(["idle", str(folder), str(cache), "--seconds", "0.5"])
    for screen in ("attract", "static"):
        assert data[screen].keys() >= {"cpu_s", "wall_s", "share", "frames"}


def test_soak_runs_and_fits(tiny: tuple[Path, Path], tmp_path: Path) -> None:
    folder, cache = tiny
    out = tmp_path / "soak.json"
    run_module(
        "kiosk.bench.soak", "--taps", "300", "--every", "50", "--content", str(folder),
        "--cache", str(cache), "--json", str(out),
    )  # fmt: skip
    data = json.loads(out.read_text(encoding="utf-8"))
    names = {f["name"] for f in data["figures"]}
    assert "soak: RSS growth after warm-up (fitted)" in names
    samples = data["raw"]["samples"]
    assert [s["taps"] for s in samples] == list(range(0, 301, 50))
    assert all(s["rss_mib"] > 0 and s["fds"] > 0 and s["threads"] > 0 for s in samples)


def test_least_squares() -> None:
    assert soak.least_squares([0, 1, 2, 3], [1, 3, 5, 7]) == pytest.approx((2.0, 1.0))
    assert soak.least_squares([5], [2]) == (0.0, 2)


def test_startup_children_and_import_times() -> None:
    minimal = startup.time_child("minimal")
    kiosk = startup.time_child("kiosk")
    assert 0 < minimal["first_frame"] < 60
    assert kiosk.keys() >= {"imported", "content_loaded", "built", "shown", "first_frame"}
    assert startup.time_command([sys.executable, "-m", "kiosk.bench.startup", "child", "minimal-stay"]) > 0
    imports = startup.import_times()
    assert imports["total_ms"] > 0
    assert imports["by_package_ms"]


def test_dispatcher_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run_module("kiosk.bench", "idle", "--idle-seconds", "0.5", "--json", str(out))
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    figure = data["figures"][0]
    assert figure.keys() >= {"name", "value", "unit", "reference", "reference_value", "target", "met"}
    assert "idle" in data["raw"]
