"""The decode sandbox: real worker processes that crash, hang and run out of memory."""

from __future__ import annotations

import os
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest
from image_fixtures import photo, save
from image_sandbox_hooks import misbehaving_job
from PIL import Image

from kiosk.images import DecodeSandbox, ImageInfo, ImageRejected
from kiosk.images.sandbox import CRASH_MESSAGE, SHUTDOWN_MESSAGE

SIZES = {"screen": (320, 320), "thumb": (64, 64)}


def outputs(tmp_path: Path, name: str) -> dict[str, Path]:
    return {variant: tmp_path / f"{name}.{variant}.jpg" for variant in SIZES}


def good_picture(tmp_path: Path, name: str = "good.jpg") -> Path:
    return save(photo((800, 600)), tmp_path / name, "JPEG")


def reason_of(future: Future[ImageInfo]) -> str:
    with pytest.raises(ImageRejected) as caught:
        future.result(timeout=60)
    return caught.value.reason


def test_sandbox_makes_derivatives_and_rejects_bad_files(tmp_path: Path) -> None:
    good = good_picture(tmp_path)
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture\n")
    with DecodeSandbox(2) as sandbox:
        ok = sandbox.submit(good, outputs(tmp_path, "good"), SIZES)
        bad = sandbox.submit(text, outputs(tmp_path, "notes"), SIZES)
        assert ok.result(timeout=60).sizes == {"screen": (320, 240), "thumb": (64, 48)}
        assert reason_of(bad) == "the file is not a picture the kiosk can read (it looks like a text file)"
    with Image.open(tmp_path / "good.screen.jpg") as im:
        assert im.size == (320, 240)


def test_many_pictures_in_parallel(tmp_path: Path) -> None:
    sources = [good_picture(tmp_path, f"p{i}.jpg") for i in range(8)]
    with DecodeSandbox(2) as sandbox:
        sandbox.start()
        futures = [sandbox.submit(src, outputs(tmp_path, src.stem), SIZES) for src in sources]
        assert all(f.result(timeout=60).sizes["screen"] == (320, 240) for f in futures)
        assert sandbox.stats.workers_started == 2


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
def test_segfault_rejects_that_picture_and_the_worker_is_replaced(tmp_path: Path) -> None:
    crash = good_picture(tmp_path, "segfault.jpg")
    good = good_picture(tmp_path)
    with DecodeSandbox(1, job=misbehaving_job) as sandbox:
        crashed = sandbox.submit(crash, outputs(tmp_path, "segfault"), SIZES)
        after = sandbox.submit(good, outputs(tmp_path, "good"), SIZES)
        assert reason_of(crashed) == CRASH_MESSAGE
        assert after.result(timeout=60).format == "JPEG"
        assert sandbox.stats.workers_replaced == 1
        assert sandbox.stats.workers_started == 2


def test_worker_that_exits_is_replaced(tmp_path: Path) -> None:
    with DecodeSandbox(1, job=misbehaving_job) as sandbox:
        gone = sandbox.submit(good_picture(tmp_path, "exit.jpg"), outputs(tmp_path, "exit"), SIZES)
        assert reason_of(gone) == CRASH_MESSAGE
        ok = sandbox.submit(good_picture(tmp_path), outputs(tmp_path, "good"), SIZES)
        assert ok.result(timeout=60).format == "JPEG"


def test_hang_hits_the_timeout_and_the_worker_is_replaced(tmp_path: Path) -> None:
    hang = good_picture(tmp_path, "hang.jpg")
    with DecodeSandbox(1, timeout=1.0, job=misbehaving_job) as sandbox:
        sandbox.start()
        stuck = sandbox.submit(hang, outputs(tmp_path, "hang"), SIZES)
        # The reason shows the timeout ended it (the job itself sleeps for an hour).
        assert reason_of(stuck).startswith("the image took longer than 1 seconds to decode")
        ok = sandbox.submit(good_picture(tmp_path), outputs(tmp_path, "good"), SIZES)
        assert ok.result(timeout=60).format == "JPEG"
        assert sandbox.stats.workers_replaced == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_memory_limit_turns_a_runaway_allocation_into_a_rejection(tmp_path: Path) -> None:
    with DecodeSandbox(1, memory_limit=1024**3, job=misbehaving_job) as sandbox:
        hog = sandbox.submit(good_picture(tmp_path, "hog.jpg"), outputs(tmp_path, "hog"), SIZES)
        assert reason_of(hog) == "the image needs more memory to decode than the kiosk allows"
        ok = sandbox.submit(good_picture(tmp_path), outputs(tmp_path, "good"), SIZES)
        assert ok.result(timeout=60).format == "JPEG"
        assert sandbox.stats.workers_replaced == 1


def test_transient_failures_are_marked_as_such(tmp_path: Path) -> None:
    with DecodeSandbox(1, job=misbehaving_job) as sandbox:
        future = sandbox.submit(good_picture(tmp_path, "transient.jpg"), outputs(tmp_path, "t"), SIZES)
        with pytest.raises(ImageRejected) as caught:
            future.result(timeout=60)
    assert not caught.value.permanent


@pytest.mark.skipif(sys.platform == "win32", reason="needs a named pipe (os.mkfifo)")
def test_close_cancels_queued_pictures_and_abandons_running_ones(tmp_path: Path) -> None:
    hang = good_picture(tmp_path, "hang.jpg")
    good = good_picture(tmp_path)
    running = tmp_path / "hang.jpg.running"
    os.mkfifo(running)  # the hang job writes to it once it runs in the worker (image_sandbox_hooks)
    sandbox = DecodeSandbox(1, timeout=60.0, job=misbehaving_job)
    sandbox.start()
    stuck = sandbox.submit(hang, outputs(tmp_path, "hang"), SIZES)
    with running.open("rb") as signal_pipe:  # blocks until the worker is inside the job
        assert signal_pipe.read(1) == b"1"
    queued = [sandbox.submit(good, outputs(tmp_path, f"q{i}"), SIZES) for i in range(3)]
    sandbox.close()  # had it waited for the 60 s timeout, the reason below would say so
    assert all(f.cancelled() for f in queued)
    with pytest.raises(ImageRejected) as caught:
        stuck.result(timeout=10)
    assert caught.value.reason == SHUTDOWN_MESSAGE
    assert not caught.value.permanent, "a picture interrupted by quitting is not a bad picture"
    with pytest.raises(RuntimeError, match="closed"):
        sandbox.submit(good, outputs(tmp_path, "late"), SIZES)


def test_close_can_finish_everything_first(tmp_path: Path) -> None:
    sandbox = DecodeSandbox(1)
    futures = [
        sandbox.submit(good_picture(tmp_path, f"p{i}.jpg"), outputs(tmp_path, f"p{i}"), SIZES)
        for i in range(3)
    ]
    sandbox.close(cancel_pending=False)
    assert all(f.result(timeout=0).format == "JPEG" for f in futures)


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")
def test_worker_killed_while_idle_does_not_cost_the_next_picture(tmp_path: Path) -> None:
    import os
    import signal

    with DecodeSandbox(1) as sandbox:
        sandbox.start()
        worker = sandbox._slots[0]._worker
        assert worker is not None and worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
        worker._proc.join(timeout=60)  # until it is gone (a bound, not a wait for time to pass)
        assert worker._proc.exitcode == -signal.SIGKILL
        ok = sandbox.submit(good_picture(tmp_path), outputs(tmp_path, "good"), SIZES)
        assert ok.result(timeout=60).format == "JPEG"


def test_rejections_keep_their_permanence_across_processes() -> None:
    import pickle

    again = pickle.loads(pickle.dumps(ImageRejected("disk full", permanent=False)))
    assert (again.reason, again.permanent) == ("disk full", False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_default_memory_limit_fits_the_largest_accepted_picture(tmp_path: Path) -> None:
    # Semi-transparent RGBA just under 60 MP is the costliest accepted case (alpha is
    # premultiplied for the resize, then split off and composited).
    src = save(
        Image.new("RGBA", (7800, 7600), (10, 200, 30, 128)), tmp_path / "wall.png", "PNG", compress_level=1
    )
    with DecodeSandbox(1) as sandbox:
        info = sandbox.submit(src, outputs(tmp_path, "wall"), SIZES).result(timeout=120)
    assert info.had_alpha and info.sizes["screen"] == (320, 312)


def test_a_long_picture_that_reports_progress_is_not_cut_off(tmp_path: Path) -> None:
    # A gigapixel scan takes minutes: the deadline is for silence, not for the whole picture.
    slow = good_picture(tmp_path, "slow-but-busy.jpg")
    with DecodeSandbox(1, timeout=3.0, job=misbehaving_job) as sandbox:
        info = sandbox.submit(slow, outputs(tmp_path, "slow"), SIZES).result(timeout=60)
        assert info.width > 0 and sandbox.stats.workers_replaced == 0
