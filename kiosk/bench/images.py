"""How fast is the derivative pipeline? ``python -m kiosk.bench.images [--count N] [--json out.json]``.

Generates 24-megapixel JPEGs (6000 x 4000, gradients plus noise, fixed seed) in a temporary
folder and measures, in one run:

1. naive Pillow (full decode, LANCZOS to the screen size, thumbnail from the source) against
   the kiosk pipeline, both in this process on one core; the ratio should be >= 2.5x;
2. the pipeline in the sandbox with 1 worker and with N workers (scaling);
3. the cache: a first prepare, then a second one over unchanged files, which must do no
   image work at all;
4. archival scans (kiosk/bench/deepzoom.py and deepzoom_view.py): deep-zoom pyramids of 100 and
   300 MP scans beside the ``vips dzsave`` command line, re-staging a 1,000-photo exhibit after one
   photo changed beside ``kiosk validate``, and frame times and RSS while exploring a 300 MP scan.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from PIL import Image, ImageDraw, ImageOps

from kiosk.images import DEFAULT_SIZES, DecodeSandbox, DerivativeCache, make_derivatives
from kiosk.images.derivatives import JPEG_QUALITY
from kiosk.images.spec import fit_within

WIDTH: Final = 6000
HEIGHT: Final = 4000
TARGET_SPEEDUP: Final = 2.5

Job = Callable[[Path, Mapping[str, Path], Mapping[str, tuple[int, int]]], object]


@dataclass(frozen=True)
class Row:
    step: str
    images: int
    seconds: float  # wall clock
    workers: int
    megapixels: float
    cpu_seconds: float | None = None  # CPU time spent on the images (this process or workers)

    @property
    def mp_per_s(self) -> float:
        return self.megapixels / self.seconds if self.seconds else float("inf")

    @property
    def mp_per_s_per_core(self) -> float:
        # CPU time, where known, is immune to other load on the machine.
        if self.cpu_seconds:
            return self.megapixels / self.cpu_seconds
        return self.mp_per_s / self.workers


def generate(folder: Path, count: int, seed: int) -> list[Path]:
    """Camera-sized JPEGs that compress like photos (about 6 MB each), deterministic."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    size = (WIDTH, HEIGHT)
    ramp = Image.linear_gradient("L").resize(size)
    paths = []
    for i in range(count):
        noise = Image.frombytes("L", size, rng.randbytes(WIDTH * HEIGHT))
        red = Image.blend(ramp, noise, 0.10)
        green = Image.blend(ImageOps.mirror(ramp), noise.transpose(Image.Transpose.ROTATE_180), 0.08)
        blue = Image.blend(ramp.transpose(Image.Transpose.FLIP_TOP_BOTTOM), noise, 0.06)
        im = Image.merge("RGB", (red, green, blue))
        draw = ImageDraw.Draw(im)
        for _ in range(12):  # hard edges, like architecture in a photograph
            x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
            draw.rectangle(
                [x, y, x + rng.randrange(200, 1500), y + rng.randrange(200, 1500)],
                outline=(250, 240, 30),
                width=12,
            )
        path = folder / f"bench-{i:03}.jpg"
        im.save(path, "JPEG", quality=92)
        paths.append(path)
    return paths


def naive(src: Path, out: Mapping[str, Path], sizes: Mapping[str, tuple[int, int]]) -> None:
    """What one would write first: full decode, every size resized from the full source."""
    with Image.open(src) as im:
        im.load()
        for variant, box in sizes.items():
            small = im.resize(fit_within(im.size, box), Image.Resampling.LANCZOS)
            small.save(out[variant], "JPEG", quality=JPEG_QUALITY, optimize=True)


def compare_in_process(sources: Sequence[Path], out_dir: Path) -> tuple[Row, Row]:
    """Naive and pipeline on the same files, alternating per file so both see the same noise."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = dict(DEFAULT_SIZES)
    jobs: dict[str, Job] = {"naive": naive, "ours": make_derivatives}
    wall = dict.fromkeys(jobs, 0.0)
    cpu = dict.fromkeys(jobs, 0.0)
    for name, job in jobs.items():  # warm-up: imports, allocator, page cache
        job(sources[0], _outputs(out_dir, f"warm-up-{name}", sizes), sizes)
    for src in sources:
        for name, job in jobs.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            job(src, _outputs(out_dir, f"{src.stem}-{name}", sizes), sizes)
            wall[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - started_cpu
    mp = _megapixels(sources)
    return (
        Row("naive Pillow, 1 process", len(sources), wall["naive"], 1, mp, cpu["naive"]),
        Row("kiosk pipeline, 1 process", len(sources), wall["ours"], 1, mp, cpu["ours"]),
    )


def run_in_sandbox(workers: int, sources: Sequence[Path], out_dir: Path) -> Row:
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = dict(DEFAULT_SIZES)
    # Workers' CPU time is only counted once they have exited, so it is read around the whole
    # pool's life, minus what starting and stopping an idle pool of that size costs.
    idle_before = _children_cpu()
    with DecodeSandbox(workers) as idle:
        idle.start()
    idle_after = _children_cpu()
    idle_cpu = idle_after - idle_before if idle_before is not None and idle_after is not None else None

    before_cpu = _children_cpu()
    with DecodeSandbox(workers) as sandbox:
        sandbox.start()  # worker start-up is a one-off at kiosk start, not per image
        started = time.perf_counter()
        futures = [sandbox.submit(src, _outputs(out_dir, src.stem, sizes), sizes) for src in sources]
        for future in futures:
            future.result()
        seconds = time.perf_counter() - started
    after_cpu = _children_cpu()
    cpu = None
    if before_cpu is not None and after_cpu is not None and idle_cpu is not None:
        cpu = max(after_cpu - before_cpu - idle_cpu, 1e-9)
    return Row(
        f"sandbox, {workers} worker{'s' if workers > 1 else ''}",
        len(sources),
        seconds,
        workers,
        _megapixels(sources),
        cpu,
    )


def _children_cpu() -> float | None:
    """CPU seconds of this process's exited children, or None where rusage is missing."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cache(workers: int, sources: Sequence[Path], cache_dir: Path) -> tuple[Row, Row, dict[str, int]]:
    items = [(src.stem, src) for src in sources]
    with DerivativeCache(cache_dir, workers=workers) as cache:
        started = time.perf_counter()
        cache.prepare(items)
        first = Row(
            "cache, first prepare", len(items), time.perf_counter() - started, workers, _megapixels(sources)
        )
        made_before = cache.stats.made
    # A new cache object, as after a kiosk restart: nothing should be decoded, no worker started.
    with DerivativeCache(cache_dir, workers=workers) as cache:
        started = time.perf_counter()
        results = cache.prepare(items)
        second = Row("cache, second prepare", len(items), time.perf_counter() - started, workers, 0.0)
        stats = cache.stats
        counts = {
            "made_first": made_before,
            "made_second": stats.made,
            "reused_second": stats.reused,
            "all_reused": int(all(r.reused for r in results.values())),
        }
    return first, second, counts


def _outputs(folder: Path, stem: str, sizes: Mapping[str, tuple[int, int]]) -> dict[str, Path]:
    return {variant: folder / f"{stem}.{variant}.jpg" for variant in sizes}


def _load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # Windows
        return "unknown"


def _megapixels(sources: Sequence[Path]) -> float:
    return len(sources) * WIDTH * HEIGHT / 1e6


def _table(rows: Sequence[Row]) -> str:
    lines = [f"{'step':<28} {'images':>6} {'wall s':>8} {'CPU s':>7} {'MP/s':>8} {'MP/s/core':>10}"]
    for row in rows:
        cpu = f"{row.cpu_seconds:>7.3f}" if row.cpu_seconds else f"{'-':>7}"
        if row.megapixels:
            rate = f"{row.mp_per_s:>8.1f} {row.mp_per_s_per_core:>10.1f}"
        else:
            rate = f"{'-':>8} {'-':>10}"
        lines.append(f"{row.step:<28} {row.images:>6} {row.seconds:>8.3f} {cpu} {rate}")
    return "\n".join(lines)


def archival(scans: Sequence[float], photos: int, frames: int, root: Path | None) -> dict[str, object]:
    """Part 4, each in its own process (the viewer needs Qt; the pyramids a fresh worker each)."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-scans-") as tmp:
        folder = root or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / "deepzoom.json"
        command = [sys.executable, "-m", "kiosk.bench.deepzoom", "--root", str(folder), "--json", str(out)]
        command += ["--megapixels", *(f"{mp:g}" for mp in scans), "--restage-photos", str(photos)]
        subprocess.run(command, check=True)
        result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
        largest = max(scans, default=0)
        scan = folder / f"scan-{largest:g}mp.tif"
        if frames and scan.exists():
            view = folder / "view.json"
            command = [sys.executable, "-m", "kiosk.bench.deepzoom_view", str(scan), "--frames", str(frames)]
            subprocess.run([*command, "--root", str(folder / "view"), "--json", str(view)], check=True)
            result["view"] = json.loads(view.read_text(encoding="utf-8"))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.images", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=8, help="how many 24 MP JPEGs (default 8)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="N for the scaling run")
    parser.add_argument("--seed", type=int, default=1944)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--scans", type=float, nargs="*", default=[100, 300], help="scan sizes in MP")
    parser.add_argument("--restage-photos", type=int, default=1000, help="0 to skip")
    parser.add_argument("--view-frames", type=int, default=18_000, help="0 to skip")
    parser.add_argument("--scan-root", type=Path, help="keep generated scans here, for the next run")
    args = parser.parse_args(argv)
    if args.count < 1 or args.workers < 1:
        parser.error("--count and --workers must be at least 1")

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-images-") as tmp:
        root = Path(tmp)
        print(f"generating {args.count} JPEGs of {WIDTH}x{HEIGHT} ...", file=sys.stderr, flush=True)
        sources = generate(root / "src", args.count, args.seed)
        size_mb = sum(p.stat().st_size for p in sources) / len(sources) / 1e6

        naive_row, ours_row = compare_in_process(sources, root / "in-process")
        assert naive_row.cpu_seconds and ours_row.cpu_seconds
        speedup = naive_row.cpu_seconds / ours_row.cpu_seconds
        speedup_wall = naive_row.seconds / ours_row.seconds

        one = run_in_sandbox(1, sources, root / "sandbox-1")
        many = run_in_sandbox(args.workers, sources, root / f"sandbox-{args.workers}")
        scaling = one.seconds / many.seconds
        # Per-core efficiency from CPU time: does an image cost the same with N workers busy?
        cpu_efficiency = one.cpu_seconds / many.cpu_seconds if one.cpu_seconds and many.cpu_seconds else None

        first, second, cache_counts = run_cache(args.workers, sources, root / "cache")

    deep_zoom = archival(args.scans, args.restage_photos, args.view_frames, args.scan_root)
    rows = [naive_row, ours_row, one, many, first, second]
    print()
    print(
        f"{args.count} JPEGs, {WIDTH}x{HEIGHT} ({WIDTH * HEIGHT / 1e6:.0f} MP, {size_mb:.1f} MB each); "
        f"screen {DEFAULT_SIZES['screen'][0]}, thumb {DEFAULT_SIZES['thumb'][0]}; {os.cpu_count()} cores"
    )
    print(_table(rows))
    print()
    verdict = "ok" if speedup >= TARGET_SPEEDUP else "BELOW TARGET"
    print(
        f"pipeline vs naive: {speedup:.2f}x per core by CPU time, {speedup_wall:.2f}x by wall clock "
        f"(target >= {TARGET_SPEEDUP}x: {verdict})"
    )
    efficiency = f"{cpu_efficiency:.0%}" if cpu_efficiency is not None else "n/a"
    print(
        f"1 -> {args.workers} workers: {scaling:.2f}x throughput by wall clock "
        f"({scaling / args.workers:.0%} of linear; other load on the machine shows here, "
        f"load average {_load()}); per-image CPU cost with {args.workers} busy vs 1: {efficiency} efficiency"
    )
    print(
        f"second prepare: made {cache_counts['made_second']}, reused {cache_counts['reused_second']}, "
        f"{second.seconds * 1000:.1f} ms for {second.images} files"
    )

    if args.json is not None:
        payload = {
            "count": args.count,
            "width": WIDTH,
            "height": HEIGHT,
            "cores": os.cpu_count(),
            "workers": args.workers,
            "rows": [
                asdict(r) | {"mp_per_s": r.mp_per_s, "mp_per_s_per_core": r.mp_per_s_per_core} for r in rows
            ],
            "speedup": speedup,
            "speedup_wall": speedup_wall,
            "target_speedup": TARGET_SPEEDUP,
            "scaling": scaling,
            "scaling_efficiency": scaling / args.workers,
            "cpu_efficiency": cpu_efficiency,
            "load_average": _load(),
            "cache": cache_counts,
            "deep_zoom": deep_zoom,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
