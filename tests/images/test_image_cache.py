"""The derivative cache: reuse, rebuild on change, remembered rejections, atomicity, pruning."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import Future
from pathlib import Path

import pytest
from image_fixtures import photo, save
from image_sandbox_hooks import misbehaving_job

from kiosk.images import DecodeSandbox, DerivativeCache, ImageInfo, Prepared
from kiosk.images.cache import INDEX_NAME
from kiosk.images.sandbox import CRASH_MESSAGE, SHUTDOWN_MESSAGE

SIZES = {"screen": (400, 400), "thumb": (80, 80)}


class CountingSandbox(DecodeSandbox):
    """A real sandbox that also counts how many pictures it was asked to decode."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.submitted: list[Path] = []

    def submit(
        self, src: Path, out: Mapping[str, Path], sizes: Mapping[str, tuple[int, int]] = SIZES
    ) -> Future[ImageInfo]:
        self.submitted.append(src)
        return super().submit(src, out, sizes)


@pytest.fixture
def sandbox() -> Iterator[CountingSandbox]:
    with CountingSandbox(2) as sb:
        yield sb


@pytest.fixture
def content(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "content" / "photos"
    bad = folder / "broken.jpg"
    folder.mkdir(parents=True)
    bad.write_text("this is not a photo\n")
    return {
        "tolbukhin": save(photo((900, 600)), folder / "tolbukhin.jpg", "JPEG"),
        "bridge": save(photo((600, 900)), folder / "bridge.png", "PNG"),
        "broken": bad,
    }


def derivative_files(cache_dir: Path) -> set[str]:
    return {p.name for p in cache_dir.iterdir() if p.name != INDEX_NAME}


def test_prepare_makes_derivatives_and_reports_rejections(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    seen: list[str] = []
    results = cache.prepare(content.items(), on_result=lambda p: seen.append(p.key))

    assert list(results) == ["tolbukhin", "bridge", "broken"]
    assert sorted(seen) == sorted(content)
    good = results["tolbukhin"]
    assert good.ok and not good.reused
    assert good.info is not None and good.info.sizes == {"screen": (400, 267), "thumb": (80, 53)}
    # Larger than its 400 px screen copy: deep-zoom tiles too.
    assert set(good.paths) == {"screen", "thumb", "tiles"} and all(p.is_file() for p in good.paths.values())
    assert good.info.pyramid is not None and (good.info.pyramid.width, good.info.pyramid.height) == (900, 600)
    assert cache.path("tolbukhin", "tiles") == good.paths["tiles"]
    assert (
        results["broken"].reason == "the file is not a picture the kiosk can read (it looks like a text file)"
    )
    assert cache.stats.made == 2 and cache.stats.rejected == 1

    assert cache.path("tolbukhin", "screen") == good.paths["screen"]
    assert cache.path("tolbukhin", "thumb") == good.paths["thumb"]
    assert cache.path("broken", "screen") is None
    assert cache.path("nobody", "screen") is None
    assert cache.path("tolbukhin", "poster") is None
    assert cache.reason("broken") == results["broken"].reason
    assert not [p for p in (tmp_path / "cache").iterdir() if p.name.endswith(".tmp")]


def test_second_prepare_over_unchanged_content_does_no_image_work(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    cache.prepare(content.items())
    files = {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("*.jpg")}
    submitted = len(sandbox.submitted)

    again = cache.prepare(content.items())
    assert len(sandbox.submitted) == submitted
    assert all(r.reused for r in again.values())
    assert cache.stats.made == 2 and cache.stats.reused == 2 and cache.stats.known_rejected == 1
    assert again["broken"].reason is not None
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("*.jpg")} == files


def test_restart_reuses_files_and_remembers_rejections_without_starting_a_process(
    tmp_path: Path, content: dict[str, Path]
) -> None:
    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as first:
        first.prepare(content.items())

    with DerivativeCache(tmp_path / "cache", SIZES, workers=1) as restarted:
        # Before prepare(), keys known from the index already resolve.
        assert restarted.path("bridge", "thumb") is not None
        results = restarted.prepare(content.items())
        assert restarted.stats.made == 0
        assert restarted.stats.reused == 2 and restarted.stats.known_rejected == 1
        assert (
            results["broken"].reason
            == "the file is not a picture the kiosk can read (it looks like a text file)"
        )
        assert results["bridge"].info is not None and results["bridge"].info.format == "PNG"
        assert restarted._sandbox is None, "no decode worker was started"


def test_changed_source_is_rebuilt_and_prune_removes_the_old_version(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    before = cache.prepare(content.items())["tolbukhin"].paths["screen"]

    src = content["tolbukhin"]
    stat = src.stat()
    save(photo((1200, 600)), src, "JPEG")
    os.utime(src, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    after = cache.prepare(content.items())

    assert cache.stats.made == 3
    assert after["tolbukhin"].info is not None and after["tolbukhin"].info.sizes["screen"] == (400, 200)
    new = after["tolbukhin"].paths["screen"]
    assert new != before and before.exists()
    assert cache.path("tolbukhin", "screen") == new

    removed = cache.prune(content.keys())
    assert removed == 3  # the old screen, thumb and tiles
    assert not before.exists() and new.exists()


def test_touch_alone_reads_the_file_again_but_does_no_image_work(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    cache.prepare(content.items())
    hashed = cache.stats.hashed
    src = content["bridge"]
    os.utime(src, ns=(src.stat().st_atime_ns, src.stat().st_mtime_ns + 5))
    assert cache.prepare(content.items())["bridge"].reused
    assert cache.stats.made == 2 and cache.stats.hashed == hashed + 1


def test_fixed_bad_file_is_retried(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    cache.prepare(content.items())
    save(photo((300, 300)), content["broken"], "JPEG")
    assert cache.prepare(content.items())["broken"].ok
    assert cache.stats.made == 3


def test_prune_drops_keys_no_longer_in_the_content(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    cache.prepare(content.items())
    (tmp_path / "cache" / "curator-readme.txt").write_text("not ours")
    assert cache.prune(["bridge"]) == 3  # tolbukhin's screen, thumb and tiles
    assert cache.path("tolbukhin", "screen") is None
    assert cache.path("bridge", "screen") is not None
    assert "curator-readme.txt" in derivative_files(tmp_path / "cache")
    index = json.loads((tmp_path / "cache" / INDEX_NAME).read_text())
    assert set(index["keys"]) == {"bridge"}


def test_same_file_under_two_keys_is_decoded_once(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    results = cache.prepare([("a", content["bridge"]), ("b", content["bridge"])])
    assert len(sandbox.submitted) == 1
    assert results["a"].paths == results["b"].paths


def test_missing_source_is_reported_and_not_remembered(tmp_path: Path, sandbox: CountingSandbox) -> None:
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    result = cache.prepare([("ghost", tmp_path / "nope.jpg")])["ghost"]
    assert result.reason == "the file is missing"
    assert json.loads((tmp_path / "cache" / INDEX_NAME).read_text())["entries"] == {}


def test_corrupt_index_only_costs_the_memory_of_rejections(
    tmp_path: Path, sandbox: CountingSandbox, content: dict[str, Path]
) -> None:
    DerivativeCache(tmp_path / "cache", SIZES, sandbox).prepare(content.items())
    (tmp_path / "cache" / INDEX_NAME).write_text("{ half a json")
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    submitted = len(sandbox.submitted)
    cache.prepare(content.items())
    assert cache.stats.reused == 2 and cache.stats.made == 0
    assert sandbox.submitted[submitted:] == [content["broken"]]


def test_transient_failure_is_retried_next_time(tmp_path: Path) -> None:
    src = save(photo((300, 200)), tmp_path / "transient.jpg", "JPEG")
    with DecodeSandbox(1, job=misbehaving_job) as sandbox:
        cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
        assert cache.prepare([("t", src)])["t"].reason == "the cache folder is full"
        cache.prepare([("t", src)])
        assert cache.stats.rejected == 2 and cache.stats.known_rejected == 0


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
def test_crash_while_writing_leaves_no_derivative_and_prune_clears_the_temp_file(tmp_path: Path) -> None:
    src = save(photo((300, 200)), tmp_path / "half-written.jpg", "JPEG")
    with DecodeSandbox(1, job=misbehaving_job) as sandbox:
        cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
        assert cache.prepare([("h", src)])["h"].reason == CRASH_MESSAGE
        names = derivative_files(tmp_path / "cache")
        assert names and all(n.startswith(".") and n.endswith(".tmp") for n in names)
        assert cache.path("h", "screen") is None
        cache.prune(["h"])  # the key is kept, but its leftover temp file is not
        assert derivative_files(tmp_path / "cache") == set()


def test_path_is_safe_to_call_from_other_threads_during_prepare(
    tmp_path: Path, sandbox: CountingSandbox
) -> None:
    sources = [(f"k{i}", save(photo((500, 400)), tmp_path / f"p{i}.jpg", "JPEG")) for i in range(12)]
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    stop = threading.Event()
    errors: list[BaseException] = []
    answers: list[Path | None] = []

    def reader() -> None:
        try:
            while not stop.is_set():
                for key, _ in sources:
                    path = cache.path(key, "thumb")
                    answers.append(path)
                    if path is not None:
                        assert path.stat().st_size > 0
                time.sleep(0.001)  # like an image provider: busy, but not spinning on the GIL
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    results: dict[str, Prepared] = cache.prepare(sources)
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert all(r.ok for r in results.values())
    assert all(cache.path(key, "thumb") is not None for key, _ in sources)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a named pipe (os.mkfifo)")
def test_quitting_during_prepare_is_not_remembered_as_a_bad_picture(tmp_path: Path) -> None:
    src = save(photo((300, 200)), tmp_path / "hang.jpg", "JPEG")
    running = tmp_path / "hang.jpg.running"
    os.mkfifo(running)  # the job writes to it once it runs in the worker (image_sandbox_hooks)
    sandbox = DecodeSandbox(1, timeout=60.0, job=misbehaving_job)
    cache = DerivativeCache(tmp_path / "cache", SIZES, sandbox)
    results: dict[str, Prepared] = {}
    preparing = threading.Thread(target=lambda: results.update(cache.prepare([("h", src)])))
    preparing.start()
    with running.open("rb") as signal_pipe:  # blocks until the worker is inside the job
        assert signal_pipe.read(1) == b"1"
    sandbox.close()
    preparing.join(timeout=120)  # a bound for a broken close(), not a wait for anything
    assert not preparing.is_alive()
    assert results["h"].reason == SHUTDOWN_MESSAGE
    assert json.loads((tmp_path / "cache" / INDEX_NAME).read_text())["entries"] == {}


def test_a_kiosk_with_every_picture_prepared_does_not_import_the_sandbox() -> None:
    """multiprocessing and the decode sandbox cost start-up time; they load with the first picture
    that needs work, not with the cache (issue 18)."""
    code = (
        "import sys, kiosk.images, kiosk.ui.image_service; "
        "print(sorted(m for m in sys.modules if m.startswith(('multiprocessing', 'kiosk.images.sandbox'))))"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
