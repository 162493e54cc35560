"""The archival-scan benchmarks run and report their fields (tiny sizes; no time is checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kiosk.bench import deepzoom
from kiosk.bench.__main__ import deep_zoom_figures
from kiosk.bench.scans import make_scan


def test_pyramid_and_restage_benchmark_reports_every_field(tmp_path: Path) -> None:
    out = tmp_path / "deepzoom.json"
    deepzoom.main(["--megapixels", "2", "--restage-photos", "4", "--root", str(tmp_path), "--json", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    ours = data["pyramids"][0]
    assert ours["ok"] and ours["what"].startswith("kiosk worker") and ours["peak_rss_mib"] > 0
    assert ours["job_cpu_s"] is not None and data["pillow"]["ok"]
    assert len(data["pyramids"]) == 4  # JPEG and TIFF, ours and the CLI's (or a note that it is absent)
    assert data["restage"]["made"] == 1 and data["restage"]["restage_ok"]
    assert deep_zoom_figures(data)


def test_viewer_benchmark_explores_and_samples_memory(tmp_path: Path) -> None:
    scan = make_scan(tmp_path / "scan.tif", 6, "tiff16")
    out = tmp_path / "view.json"
    command = [sys.executable, "-m", "kiosk.bench.deepzoom_view", str(scan), "--json", str(out)]
    subprocess.run([*command, "--frames", "600", "--sample-every", "200"], check=True, capture_output=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["frames"] == 600 and data["full_zoom"] > 1
    assert data["pinch_ms_median"] > 0 and data["pan_ms_median"] > 0 and len(data["rss_samples"]) == 3
