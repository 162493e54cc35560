"""``python -m kiosk.bench [which ...] [--json out.json]``: the kiosk's benchmarks, one table.

which: startup, memory, responsiveness, idle, soak, images, speech, or all (the default). Every figure is
measured beside its reference in the same run; see docs/performance.md for what each one means.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.bench import app, soak, speech, startup
from kiosk.bench.figures import Figure, table, write_json
from kiosk.bench.process import DEFAULT_GEN_ROOT

WHICH = ("startup", "memory", "responsiveness", "idle", "soak", "images", "speech")


def images_figures(count: int) -> tuple[list[Figure], dict[str, Any]]:
    """``kiosk.bench.images`` as it is, read back from its JSON."""
    from kiosk.bench import images

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        out = Path(tmp) / "images.json"
        images.main(["--count", str(count), "--json", str(out)])
        data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["step"]: row for row in data["rows"]}
    figures = [
        Figure(
            "derivatives: pipeline speed-up over naive Pillow",
            data["speedup"],
            "x",
            reference="naive Pillow, 1 process",
            reference_value=1.0,
            target=f">= {data['target_speedup']}x",
            met=data["speedup"] >= data["target_speedup"],
            note=f"{count} JPEGs of {data['width']}x{data['height']}",
        ),
        Figure(
            f"derivatives: 1 -> {data['workers']} workers scaling",
            data["scaling"],
            "x",
            reference="linear",
            reference_value=float(data["workers"]),
            note=f"{data['scaling_efficiency']:.0%} of linear",
        ),
        Figure(
            "derivatives: second prepare (all cached)",
            rows.get("cache, second prepare", {}).get("seconds", float("nan")) * 1000,
            "ms",
            reference="first prepare",
            reference_value=rows.get("cache, first prepare", {}).get("seconds", float("nan")) * 1000,
            target="no image work",
            met=data["cache"]["made_second"] == 0,
        ),
    ]
    return figures + deep_zoom_figures(data.get("deep_zoom", {})), data


def deep_zoom_figures(data: dict[str, Any]) -> list[Figure]:
    """The archival-scan figures of ``kiosk.bench.images`` (deepzoom.py, deepzoom_view.py)."""
    figures = []
    runs = data.get("pyramids", [])
    for ours, cli in zip(runs[::2], runs[1::2], strict=False):
        ratio = ours["mp_per_cpu_s"] / cli["mp_per_cpu_s"] if cli["ok"] and ours["ok"] else float("nan")
        figures.append(
            Figure(
                f"deep zoom: {ours['what']}, MP per CPU-second",
                ours["mp_per_cpu_s"],
                "MP/s",
                reference=cli["what"] if cli["ok"] else "vips CLI absent",
                reference_value=cli["mp_per_cpu_s"] if cli["ok"] else None,
                target=">= 0.9x the CLI",
                met=ratio >= 0.9 if ratio == ratio else None,
                note=f"{ratio:.2f}x; peak RSS {ours['peak_rss_mib']:.0f} MiB (CLI {cli['peak_rss_mib']:.0f})",
            )
        )
    restage = data.get("restage") or {}
    if restage:
        figures.append(
            Figure(
                f"deep zoom: re-stage {restage['photos']} photos, one changed",
                restage["restage_s"] * 1000,
                "ms",
                reference="kiosk validate",
                reference_value=restage["validate_s"] * 1000,
                target="<= 2x",
                met=restage["ratio"] <= 2,
                note=f"made {restage['made']}, files read {restage['hashed']}",
            )
        )
    view = data.get("view") or {}
    if view:
        figures.append(
            Figure(
                "deep zoom: pinch / pan frame, median",
                view["pinch_ms_median"],
                "ms",
                note=f"pan {view['pan_ms_median']:.1f} ms; p95 pinch {view['pinch_ms_p95']:.1f}, "
                f"pan {view['pan_ms_p95']:.1f} ms",
            )
        )
        figures.append(
            Figure(
                f"deep zoom: RSS growth after warm-up, {view['frames']} frames",
                view["growth_after_warmup_mib"],
                "MiB",
                reference="RSS after warm-up",
                reference_value=view["rss_after_warmup_mib"],
                target="no growth",
                met=view["growth_after_warmup_mib"] <= 5,
            )
        )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench", description=__doc__.split("\n")[0])
    parser.add_argument("which", nargs="*", choices=[*WHICH, "all"], default=["all"])
    parser.add_argument("--json", type=Path, help="also write every figure and the raw data here")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each program (median)")
    parser.add_argument(
        "--photos", type=int, nargs="*", default=[1000, 10000], help="generated exhibit sizes"
    )
    parser.add_argument("--gen-root", type=Path, default=DEFAULT_GEN_ROOT, help="generated exhibits, caches")
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--taps", type=int, default=100_000, help="soak length")
    parser.add_argument("--every", type=int, default=1000, help="soak: sample every N taps")
    parser.add_argument("--seed", type=int, default=1944)
    parser.add_argument("--image-count", type=int, default=8, help="24 MP JPEGs for the image benchmark")
    parser.add_argument(
        "--no-xvfb", action="store_true", help="the software renderer only (no Xvfb with OpenGL)"
    )
    parser.add_argument("--no-frozen", action="store_true", help="skip the frozen bundle")
    parser.add_argument("--frozen", type=Path, help="the frozen kiosk (default: dist/exhibit-kiosk*/kiosk)")
    args = parser.parse_args(argv)
    which = list(WHICH) if "all" in args.which else list(dict.fromkeys(args.which))

    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    for name in which:
        try:
            if name == "startup":
                got, data = startup.run(args.runs, not args.no_frozen, args.frozen, not args.no_xvfb)
            elif name in {"memory", "responsiveness", "idle"}:
                got, data = app.run(name, args.photos, args.gen_root, args.idle_seconds, not args.no_xvfb)
            elif name == "speech":
                got, data = speech.run(bundle=args.frozen.parent if args.frozen else None)
            elif name == "soak":
                got, data = soak.run(args.taps, args.every, args.seed)
            else:
                got, data = images_figures(args.image_count)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            got, data = [Figure(f"{name}: failed", float("nan"), "", met=False, note=str(exc)[-300:])], {}
        figures += got
        raw[name] = data
        print(table(got), file=sys.stderr, flush=True)
    print()
    print(table(figures))
    write_json(args.json, figures, raw)
    return 1 if any(f.name.endswith(": failed") for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
