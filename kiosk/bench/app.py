"""How the running kiosk behaves: memory, responsiveness and idle CPU.

``python -m kiosk.bench.app {memory,responsiveness,idle} [--json out.json]``, or all of them through
``python -m kiosk.bench``. Each figure is taken in a fresh child process (peak RSS is per process)
and each has its reference taken in the same run, because machines are noisy: ratios hold,
absolute times do not.

Qt runs offscreen with the software renderer unless the environment says otherwise; the
responsiveness benchmark can also run under Xvfb (``--xvfb``) with ``QT_QPA_PLATFORM=xcb``.

Figures are kiosk/bench/figures.py, child processes kiosk/bench/process.py, and what each child
measures kiosk/bench/children.py (which drives the kiosk as the tests do, kiosk/testing/driver.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from kiosk.bench.figures import FRAME_MS, Figure, percentile, table, write_json
from kiosk.bench.frames import frame_figures
from kiosk.bench.process import DEFAULT_GEN_ROOT, bundled, run_child, xvfb
from kiosk.bench.renderers import renderers

TARGET_TRANSITION_MS: Final = 250.0
TARGET_PHOTO_OPEN_MS: Final = 100.0
TARGET_BUNDLED_MIB: Final = 150.0
TARGET_LARGE_MIB: Final = 250.0
TARGET_IDLE_CPU: Final = 0.02  # "near zero": at most 2 % of one core between animations


def _bundled_figure(data: dict[str, Any], label: str) -> Figure:
    by_screen: dict[str, float] = data.get("rss_by_screen_mib", {})
    heaviest = sorted(by_screen, key=lambda s: -by_screen[s])[:3]
    screens = ", ".join(f"{s} {by_screen[s]:.0f}" for s in heaviest)
    return Figure(
        f"peak RSS, bundled exhibit, every route [{label}]",
        data["peak_rss_mib"],
        "MiB",
        reference="RSS after start-up",
        reference_value=data["rss_after_start_mib"],
        target=f"< {TARGET_BUNDLED_MIB:.0f} MiB",
        met=data["peak_rss_mib"] < TARGET_BUNDLED_MIB,
        note=(
            f"{data['routes_visited']} routes; at the end {data['rss_mib']:.0f} MiB, once the visit"
            f" ended {data['rss_after_visit_mib']:.0f} MiB, after malloc_trim"
            f" {data['rss_after_trim_mib']:.0f} MiB; drawn with {data['graphics_api']}"
            + (f"; settled on the heaviest screens: {screens} MiB" if screens else "")
        ),
        extra={"routes": data["routes_visited"]},
    )


def memory_figures(
    photo_counts: Sequence[int],
    gen_root: Path = DEFAULT_GEN_ROOT,
    cache_root: Path | None = None,
    use_xvfb: bool = True,
) -> tuple[list[Figure], dict[str, Any]]:
    from kiosk.bench import exhibit_gen

    cache_root = cache_root or gen_root / "cache"
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    base: dict[str, Any] = {}
    with renderers(use_xvfb) as (found, missing):
        for renderer in found:
            print(f"memory: bundled exhibit, every route [{renderer.label}] ...", file=sys.stderr, flush=True)
            data = run_child(["memory", str(bundled()), str(cache_root / "bundled")], env=renderer.env)
            raw[f"bundled_{renderer.name}"] = data
            base = base or data
            figures.append(_bundled_figure(data, renderer.label))
    figures += [Figure("peak RSS, bundled exhibit, opengl", float("nan"), "MiB", note=n) for n in missing]
    for count in photo_counts:
        folder = gen_root / f"photos-{count}"
        print(f"memory: generating {count} photos in {folder} ...", file=sys.stderr, flush=True)
        gen = exhibit_gen.generate(folder, count)
        cache_dir = cache_root / f"photos-{count}"
        prep = exhibit_gen.prepare(folder, cache_dir)
        made = prep.get("made_run", prep)
        print(f"memory: {count} photos, paging the biggest gallery ...", file=sys.stderr, flush=True)
        data = run_child(["memory", str(folder), str(cache_dir), "--gallery", gen.biggest_gallery])
        raw[f"photos_{count}"] = {"generate": gen.as_dict(), "prepare": prep, "run": data}
        figures.append(
            Figure(
                f"peak RSS, {count:,} photos, gallery paged end to end",
                data["peak_rss_mib"],
                "MiB",
                reference="bundled exhibit",
                reference_value=base["peak_rss_mib"],
                target=f"< {TARGET_LARGE_MIB:.0f} MiB",
                met=data["peak_rss_mib"] < TARGET_LARGE_MIB,
                note=(
                    f"gallery of {int(data['paged'].get('count', 0))} photos in"
                    f" {data['paged'].get('steps', 0)} steps;"
                    f" derivatives prepared in {made['first_s']:.0f} s (cached run {prep['second_s']:.1f} s)"
                ),
                extra={"generate": gen.as_dict(), "prepare": prep},
            )
        )
        figures.append(
            Figure(
                f"derivative preparation, {count:,} photos",
                made["first_s"],
                "s",
                reference="second prepare (all cached)",
                reference_value=prep["second_s"],
                note="" if prep["made"] else "made by an earlier run with the same cache folder (its time)",
            )
        )
    return figures, raw


def responsiveness_figures(
    content: Path, cache_dir: Path, label: str, env: Mapping[str, str]
) -> tuple[list[Figure], dict[str, Any]]:
    print(f"responsiveness ({label}) ...", file=sys.stderr, flush=True)
    data = run_child(["responsiveness", str(content), str(cache_dir)], env=env)
    presses = data["press"]
    press_ok = all(p["down_by_first_frame"] for p in presses)
    press_ms = statistics.median(p["frame_ms"] for p in presses)
    cold = {route: values[0] for route, values in data["transitions_ms"].items()}
    warm_by_route = {route: values[1:] for route, values in data["transitions_ms"].items()}
    warm = [ms for values in warm_by_route.values() for ms in values]
    worst_route = max(warm_by_route, key=lambda r: max(warm_by_route[r], default=0.0))
    worst_cold = max(cold, key=lambda r: cold[r])
    swipe = data["swipe_intervals_ms"]
    opened = [p for p in data["photo_open_ms"] if p["ready_ms"] == p["ready_ms"]]
    ready = [p["ready_ms"] for p in opened]
    shown = [p["shown_ms"] for p in opened if p["shown_ms"] == p["shown_ms"]]
    screen_frame = [p["first_frame_ms"] for p in opened if p["first_frame_ms"] == p["first_frame_ms"]]
    transition_ref = "fade-in (Theme.transitionMs)"
    wrong = data.get("viewer_wrong", [])
    checked = data.get("viewer_checked", 0)
    figures = [
        Figure(
            f"tap to pressed state [{label}]",
            press_ms,
            "ms",
            reference="one frame",
            reference_value=FRAME_MS,
            target="pressed by the next frame",
            met=press_ok,
            note=(
                "down on the touch itself, drawn by the next frame"
                if press_ok
                else "the pressed state was not shown on the first frame after the touch"
            ),
        ),
        Figure(
            f"screen transition, warm, median [{label}]",
            statistics.median(warm),
            "ms",
            reference=transition_ref,
            reference_value=160.0,
            target=f"<= {TARGET_TRANSITION_MS:.0f} ms",
            met=statistics.median(warm) <= TARGET_TRANSITION_MS,
        ),
        Figure(
            f"screen transition, warm, worst [{label}]",
            max(warm),
            "ms",
            reference=transition_ref,
            reference_value=160.0,
            target=f"<= {TARGET_TRANSITION_MS:.0f} ms",
            met=max(warm) <= TARGET_TRANSITION_MS,
            note=f"slowest: {worst_route}",
        ),
        Figure(
            f"screen transition, first visit, worst [{label}]",
            cold[worst_cold],
            "ms",
            reference=transition_ref,
            reference_value=160.0,
            target=f"<= {TARGET_TRANSITION_MS:.0f} ms",
            met=cold[worst_cold] <= TARGET_TRANSITION_MS,
            note=f"{worst_cold}; first visits: "
            + ", ".join(f"{r} {ms:.0f}" for r, ms in sorted(cold.items(), key=lambda kv: -kv[1])[:4]),
        ),
        Figure(
            f"photo opens from cache (image Ready), median [{label}]",
            statistics.median(ready) if ready else float("nan"),
            "ms",
            reference="route to the screen's first frame",
            reference_value=statistics.median(screen_frame) if screen_frame else None,
            target=f"< {TARGET_PHOTO_OPEN_MS:.0f} ms",
            met=bool(ready) and statistics.median(ready) < TARGET_PHOTO_OPEN_MS,
            note=(
                f"worst {max(ready):.0f} ms; on screen (next frame) median {statistics.median(shown):.0f} ms"
                if ready and shown
                else "the image never became ready"
            ),
        ),
        Figure(
            f"viewer shows the photo asked for [{label}]",
            float(checked - len(wrong)),
            "count",
            reference="photos opened",
            reference_value=float(checked),
            target="all",
            met=not wrong,
            note=(
                f"{len(wrong)} show another photo, e.g. {wrong[0]['photo']}: index {wrong[0]['index']},"
                f" expected {wrong[0]['expected']} in gallery {wrong[0]['gallery']}"
                if wrong
                else ""
            ),
        ),
        Figure(
            f"swipe frame interval, median [{label}]",
            statistics.median(swipe) if swipe else float("nan"),
            "ms",
            reference="60 Hz frame",
            reference_value=FRAME_MS,
        ),
        Figure(
            f"swipe frame interval, p95 [{label}]",
            percentile(swipe, 95),
            "ms",
            reference="60 Hz frame",
            reference_value=FRAME_MS,
            note=f"{len(swipe)} intervals, worst {max(swipe):.0f} ms" if swipe else "",
        ),
    ]
    return figures, data


def idle_figures(content: Path, cache_dir: Path, seconds: float) -> tuple[list[Figure], dict[str, Any]]:
    print(f"idle CPU, {seconds:.0f} s per screen ...", file=sys.stderr, flush=True)
    data = run_child(["idle", str(content), str(cache_dir), "--seconds", str(seconds)])
    attract, static = data["attract"], data["static"]
    figures = [
        Figure(
            "idle CPU, attract screen (crossfade every 9 s)",
            attract["share"] * 100,
            "%",
            reference="static page",
            reference_value=static["share"] * 100,
            note=f"{attract['frames']} frames in {attract['wall_s']:.0f} s",
        ),
        Figure(
            f"idle CPU, static page ({static['route']})",
            static["share"] * 100,
            "%",
            reference="frames drawn",
            reference_value=float(static["frames"]),
            target=f"<= {TARGET_IDLE_CPU * 100:.0f} % of a core",
            met=static["share"] <= TARGET_IDLE_CPU,
            note=f"{static['frames']} frames in {static['wall_s']:.0f} s",
        ),
    ]
    return figures, data


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["child"]:
        return _child_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.app", description=__doc__.split("\n")[0])
    parser.add_argument(
        "which", choices=["memory", "responsiveness", "idle", "all"], nargs="?", default="all"
    )
    parser.add_argument(
        "--photos", type=int, nargs="*", default=[1000, 10000], help="generated exhibit sizes"
    )
    parser.add_argument(
        "--gen-root", type=Path, default=DEFAULT_GEN_ROOT, help="generated exhibits and caches"
    )
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--no-xvfb", action="store_true", help="offscreen only")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    figures, raw = run(args.which, args.photos, args.gen_root, args.idle_seconds, not args.no_xvfb)
    print(table(figures))
    write_json(args.json, figures, raw)
    return 0


def run(
    which: str, photos: Sequence[int], gen_root: Path, idle_seconds: float, use_xvfb: bool
) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    cache = gen_root / "cache" / "bundled"
    if which in {"memory", "all"}:
        f, r = memory_figures(photos, gen_root, use_xvfb=use_xvfb)
        figures += f
        raw["memory"] = r
    if which in {"responsiveness", "all"}:
        f, r = responsiveness_figures(bundled(), cache, "offscreen", {"QT_QPA_PLATFORM": "offscreen"})
        figures += f
        raw["responsiveness_offscreen"] = r
        if use_xvfb:
            with xvfb() as env:
                if env is None:
                    figures.append(
                        Figure("responsiveness under Xvfb", float("nan"), "ms", note="skipped: no Xvfb")
                    )
                else:
                    f, r = responsiveness_figures(bundled(), cache, "Xvfb xcb", env)
                    figures += f
                    raw["responsiveness_xvfb"] = r
        f, r = frame_figures(bundled(), cache, use_xvfb)
        figures += f
        raw["frames"] = r
    if which in {"idle", "all"}:
        f, r = idle_figures(bundled(), cache, idle_seconds)
        figures += f
        raw["idle"] = r
    return figures, raw


def _child_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.app child")
    parser.add_argument("what", choices=["memory", "responsiveness", "idle", "frames"])
    parser.add_argument("content", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--gallery")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args(argv)
    from kiosk.bench import children
    from kiosk.testing.driver import qt_environment

    qt_environment()
    result: dict[str, Any]
    if args.what == "memory":
        result = children.child_memory(args.content, args.cache, args.gallery)
    elif args.what == "frames":
        from kiosk.bench.frames import child_frames

        width, height = (int(n) for n in args.size.split("x"))
        result = child_frames(args.content, args.cache, (width, height), args.seconds)
    elif args.what == "responsiveness":
        result = children.child_responsiveness(args.content, args.cache)
    else:
        result = children.child_idle(args.content, args.cache, args.seconds)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
