"""Archival scans: ``python -m kiosk.bench.deepzoom [--megapixels 100 300] [--restage-photos 1000]``.

Each figure beside its reference, in the same run:

1. pyramids: the kiosk's worker job (tiles + screen copy + thumbnail, with the worker's memory
   limit) on generated 8-bit JPEG and 16-bit LZW TIFF scans, in a fresh process each, beside the
   ``vips dzsave`` command line on the same file (Debian's libvips-tools; said so when absent).
   Megapixels per CPU-second (per core) and the process's peak RSS, from ``wait4``;
2. re-staging a generated exhibit after one photo changed, beside ``kiosk validate`` on it;
3. viewer: see kiosk/bench/deepzoom_view.py (needs Qt; run by ``python -m kiosk.bench images``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.bench.scans import make_scan, size_for


@dataclass(frozen=True)
class Run:
    what: str
    megapixels: float
    wall_s: float
    cpu_s: float
    peak_rss_mib: float
    ok: bool
    note: str = ""
    # CPU of the picture alone, without starting Python: what a kiosk worker, which lives for many
    # pictures, spends on one (None for the command line, whose start is a few milliseconds of C).
    job_cpu_s: float | None = None

    @property
    def mp_per_cpu_s(self) -> float:
        cpu = self.job_cpu_s if self.job_cpu_s is not None else self.cpu_s
        return self.megapixels / cpu if cpu else float("nan")


def timed(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, float, bool, str]:
    """wall s, CPU s, peak RSS MiB of one child process, and whether it succeeded.

    CPU time comes from the child's own rusage (``wait4``). Its ``ru_maxrss`` is not used: Linux
    carries the forking parent's RSS over ``exec``, so every child would seem at least as large as
    this benchmark. The peak is read from ``/proc/<pid>/status`` (VmHWM) while the child runs.
    """
    started = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        peak = [0]
        done = threading.Event()

        def watch() -> None:
            status = Path(f"/proc/{proc.pid}/status")
            while not done.wait(0.02):
                try:
                    for line in status.read_text(encoding="ascii").splitlines():
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]))
                except (OSError, ValueError):
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        done.set()
        watcher.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        log.seek(0)
        out = log.read().decode("utf-8", "replace")[-400:]
    cpu = usage.ru_utime + usage.ru_stime
    rss = peak[0] / 1024 if peak[0] else usage.ru_maxrss / 1024
    return wall, cpu, rss, proc.returncode == 0, out


def one(src: Path, folder: Path) -> None:
    """The worker's job on one picture, in this process, under the worker's limits (``--one``)."""
    from kiosk.images.sandbox import DEFAULT_MEMORY_LIMIT
    from kiosk.images.spec import DEFAULT_SIZES, TILES
    from kiosk.images.worker import apply_process_limits, default_job, tune_allocator

    apply_process_limits(DEFAULT_MEMORY_LIMIT, 0)
    tune_allocator()
    out = {v: folder / f"ours.{v}.jpg" for v in DEFAULT_SIZES} | {TILES: folder / "ours.tiles.zip"}
    import resource

    from kiosk.images.spec import DEFAULT_LIMITS

    before = resource.getrusage(resource.RUSAGE_SELF)
    info = default_job(src, out, DEFAULT_SIZES, DEFAULT_LIMITS, lambda: None)  # no parent to tell
    after = resource.getrusage(resource.RUSAGE_SELF)
    job_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(json.dumps({"levels": info.pyramid.levels if info.pyramid else 0, "job_cpu_s": job_cpu}))


def pillow_one(src: Path, folder: Path) -> None:
    """The same pyramid with Pillow, for comparison (``--pillow-one``): the whole picture in memory."""
    import zipfile

    from PIL import Image

    from kiosk.images.spec import OVERLAP, TILE_QUALITY, TILE_SIZE, Pyramid, tile_name

    Image.MAX_IMAGE_PIXELS = None
    with Image.open(src) as im:
        level_image = im.convert("RGB")
    pyramid = Pyramid(level_image.width, level_image.height, TILE_SIZE, OVERLAP)
    with zipfile.ZipFile(folder / "pillow.zip", "w", zipfile.ZIP_STORED) as archive:
        for level in reversed(range(pyramid.levels)):
            if level_image.size != pyramid.level_size(level):
                level_image = level_image.resize(pyramid.level_size(level), Image.Resampling.BOX)
            cols, rows = pyramid.grid(level)
            for row in range(rows):
                for col in range(cols):
                    x, y, w, h = pyramid.tile_box(level, col, row)
                    with archive.open(tile_name(level, col, row), "w") as fh:
                        level_image.crop((x, y, x + w, y + h)).save(fh, "JPEG", quality=TILE_QUALITY)


def pyramids(root: Path, megapixels: Sequence[float]) -> list[Run]:
    runs: list[Run] = []
    cli = shutil.which("vips")
    icc = _adobe_rgb()
    for mp in megapixels:
        for kind, suffix in (("jpeg", "jpg"), ("tiff16", "tif")):
            src = root / f"scan-{mp:g}mp.{suffix}"
            if not src.exists():
                print(f"generating a {mp:g} MP {kind} scan ...", file=sys.stderr, flush=True)
                make_scan(src, mp, kind, icc if kind == "tiff16" else None)
            w, h = size_for(mp)
            real_mp = w * h / 1e6
            label = f"{mp:g} MP {'8-bit JPEG' if kind == 'jpeg' else '16-bit LZW TIFF'}"
            for attempt in ("ours", "cli"):
                out = root / f"out-{attempt}"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                if attempt == "ours":
                    cmd = [sys.executable, "-m", "kiosk.bench.deepzoom", "--one", str(src), str(out)]
                    wall, cpu, rss, ok, note = timed(cmd)
                    job = json.loads(note.strip().splitlines()[-1])["job_cpu_s"] if ok else None
                    failed = "" if ok else note
                    runs.append(Run(f"kiosk worker, {label}", real_mp, wall, cpu, rss, ok, failed, job))
                elif cli is None:
                    runs.append(Run(f"vips dzsave, {label}", real_mp, 0, 0, 0, False, "vips CLI absent"))
                else:
                    cmd = [
                        cli, "dzsave", str(src), str(out / "cli"), "--tile-size", "510", "--overlap", "1",
                        "--depth", "onetile", "--suffix", ".jpg[Q=85]", "--container", "zip",
                        "--compression", "0",
                    ]  # fmt: skip
                    wall, cpu, rss, ok, note = timed(cmd)
                    runs.append(
                        Run(f"vips dzsave CLI, {label}", real_mp, wall, cpu, rss, ok, "" if ok else note)
                    )
                print(runs[-1], file=sys.stderr, flush=True)
    return runs


def pillow_beside(root: Path, megapixels: float) -> Run:
    """Pillow on the 8-bit JPEG scan: why the pyramids are libvips's job."""
    src = root / f"scan-{megapixels:g}mp.jpg"
    out = root / "out-pillow"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    cmd = [sys.executable, "-m", "kiosk.bench.deepzoom", "--pillow-one", str(src), str(out)]
    wall, cpu, rss, ok, note = timed(cmd)
    w, h = size_for(megapixels)
    return Run(f"Pillow, {megapixels:g} MP 8-bit JPEG", w * h / 1e6, wall, cpu, rss, ok, "" if ok else note)


def _adobe_rgb() -> bytes | None:
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "images"))
        from image_fixtures import adobe_rgb_profile  # type: ignore[import-not-found]

        return bytes(adobe_rgb_profile())
    except ImportError:  # an installed kiosk without its tests: scans without a profile
        return None


def restage(root: Path, photos: int) -> dict[str, Any]:
    """Stage a generated exhibit, change one photo, stage again; beside ``kiosk validate``."""
    from PIL import Image

    from kiosk.bench.exhibit_gen import generate
    from kiosk.images.cache import DerivativeCache
    from kiosk.intake.staging import ContentStore, prepare_in

    source = root / f"exhibit-{photos}"
    if not (source / "exhibit.toml").exists():
        print(f"generating a {photos}-photo exhibit ...", file=sys.stderr, flush=True)
        generate(source, photos)
    store = ContentStore(root / "state")
    with DerivativeCache(root / "cache") as cache:
        first = time.perf_counter()
        result = store.stage(source, prepare_in(cache))
        store.promote(result)
        first_s = time.perf_counter() - first
        changed = sorted((source / "photos").iterdir())[0]
        with Image.open(changed) as im:
            im.transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(changed, quality=85)
        before = cache.stats
        started = time.perf_counter()
        again = store.stage(source, prepare_in(cache))
        restage_s = time.perf_counter() - started
        after = cache.stats
    started = time.perf_counter()
    code = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(source)], capture_output=True, check=False
    ).returncode
    validate_s = time.perf_counter() - started
    return {
        "photos": photos,
        "first_stage_s": first_s,
        "restage_s": restage_s,
        "restage_ok": again.ok,
        "validate_s": validate_s,
        "validate_exit": code,
        "ratio": restage_s / validate_s,
        "made": after.made - before.made,
        "hashed": after.hashed - before.hashed,
        "reused": after.reused - before.reused,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.bench.deepzoom", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--megapixels", type=float, nargs="*", default=[100, 300])
    parser.add_argument("--restage-photos", type=int, default=1000)
    parser.add_argument("--root", type=Path, help="keep generated scans here (default: a temporary folder)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pillow-one", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        one(*args.one)
        return 0
    if args.pillow_one:
        pillow_one(*args.pillow_one)
        return 0
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-deepzoom-") as tmp:
        root = args.root or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        runs = pyramids(root, args.megapixels)
        pillow = pillow_beside(root, min(args.megapixels)) if args.megapixels else None
        staging = restage(root, args.restage_photos) if args.restage_photos else {}
    print(
        f"{'run':<44} {'MP':>6} {'wall s':>7} {'CPU s':>7} {'job CPU s':>9} {'MP/CPU-s':>9} {'peak MiB':>9}"
    )
    for r in runs:
        job = f"{r.job_cpu_s:>9.1f}" if r.job_cpu_s is not None else f"{'-':>9}"
        failed = "" if r.ok else "FAILED " + r.note
        print(f"{r.what:<44} {r.megapixels:>6.0f} {r.wall_s:>7.1f} {r.cpu_s:>7.1f} {job} "
              f"{r.mp_per_cpu_s:>9.2f} {r.peak_rss_mib:>9.0f} {failed}")  # fmt: skip
    if pillow is not None:
        print(f"{pillow.what:<44} {pillow.megapixels:>6.0f} {pillow.wall_s:>7.1f} {pillow.cpu_s:>7.1f} "
              f"{'-':>9} {pillow.mp_per_cpu_s:>9.2f} {pillow.peak_rss_mib:>9.0f}")  # fmt: skip
    for ours, cli in zip(runs[::2], runs[1::2], strict=True):
        if cli.ok and ours.ok:
            print(
                f"{ours.what}: {ours.mp_per_cpu_s / cli.mp_per_cpu_s:.2f}x the CLI per core (target >= 0.9x)"
            )
    if staging:
        print(
            f"re-stage {staging['photos']} photos, one changed: {staging['restage_s']:.2f} s "
            f"(made {staging['made']}, read {staging['hashed']}) "
            f"vs kiosk validate {staging['validate_s']:.2f} s: "
            f"{staging['ratio']:.2f}x (target <= 2x)"
        )
    if args.json:
        payload = {
            "pyramids": [asdict(r) | {"mp_per_cpu_s": r.mp_per_cpu_s} for r in runs],
            "pillow": asdict(pillow) | {"mp_per_cpu_s": pillow.mp_per_cpu_s} if pillow else None,
            "restage": staging,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
