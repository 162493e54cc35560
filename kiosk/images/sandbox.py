"""Decode curator files in separate processes, so a bad file costs one image, never the kiosk.

Image decoders are C code fed untrusted input. A segfault, an endless loop or a runaway
allocation in a worker rejects that picture and the worker is replaced; the parent (the
Qt application) never notices beyond a failed Future.

Design notes:

- "spawn" start method: forking a process that runs Qt threads can deadlock the child on
  a lock some other thread held at fork time. Spawn starts a fresh interpreter instead.
  A frozen (PyInstaller) build must call ``multiprocessing.freeze_support()`` first thing
  in ``main``, and the entry module must not start Qt at import time (spawned children
  re-import ``__main__``).
- A plain ProcessPoolExecutor is not enough: one dead worker breaks the whole pool, and it
  cannot kill a worker stuck on one task. Here each worker has a parent-side thread that
  feeds it one request at a time over a pipe and waits with a deadline.
- Memory is capped with RLIMIT_AS in the child (Linux/macOS; Windows has no rlimits, so only
  the timeout applies there).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final

from kiosk.images.errors import ImageRejected
from kiosk.images.spec import DEFAULT_LIMITS, DEFAULT_SIZES, ImageInfo, Limits
from kiosk.images.worker import DecodeJob, default_job
from kiosk.images.worker_process import WorkerLostError, WorkerProcess

DEFAULT_TIMEOUT: Final = 30.0  # of silence: a worker that reports progress may take longer
# However busy it says it is: a gigapixel scan takes about two minutes on one core here.
DEFAULT_CEILING: Final = 3600.0
DEFAULT_MEMORY_LIMIT: Final = 1536 * 1024 * 1024
# Lower priority than the UI thread, so a batch of 24 MP decodes never stutters an animation.
DEFAULT_NICENESS: Final = 5
CRASH_MESSAGE: Final = "the image could not be decoded (the decoder stopped unexpectedly)"
SHUTDOWN_MESSAGE: Final = "the kiosk stopped before the picture was prepared"
_START_TIMEOUT: Final = 60.0  # a cold start on a slow kiosk disk can take seconds

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SandboxStats:
    workers_started: int
    workers_replaced: int  # after a crash, a timeout or running out of memory


@dataclass
class _Task:
    src: Path
    out: dict[str, Path]
    sizes: dict[str, tuple[int, int]]
    future: Future[ImageInfo]


class DecodeSandbox:
    """A pool of decode worker processes with a per-image time limit and memory limit.

    ``job`` must be a module-level function (it is pickled by name into each child); it
    exists so tests can inject crashes and hangs, and defaults to ``make_derivatives``.
    Futures complete on the pool's own threads: a Qt caller should hop back to the GUI
    thread (a queued signal) before touching widgets.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        ceiling: float = DEFAULT_CEILING,
        memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
        limits: Limits = DEFAULT_LIMITS,
        niceness: int = DEFAULT_NICENESS,
        job: DecodeJob = default_job,
    ) -> None:
        count = workers if workers is not None else (os.cpu_count() or 1)
        if count < 1:
            raise ValueError("a sandbox needs at least one worker")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self._ctx = multiprocessing.get_context("spawn")
        self._timeout = timeout
        self._ceiling = max(ceiling, timeout)
        self._memory_limit = memory_limit
        self._limits = limits
        self._niceness = niceness
        self._job = job
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._aborting = False
        self._started = 0
        self._replaced = 0
        self._slots = [_Slot(self, i) for i in range(count)]
        self._threads = [
            threading.Thread(target=slot.serve, name=f"decode-sandbox-{i}", daemon=True)
            for i, slot in enumerate(self._slots)
        ]
        for thread in self._threads:
            thread.start()

    @property
    def workers(self) -> int:
        return len(self._slots)

    @property
    def timeout(self) -> float:
        return self._timeout

    @property
    def ceiling(self) -> float:
        return self._ceiling

    @property
    def limits(self) -> Limits:
        return self._limits

    @property
    def stats(self) -> SandboxStats:
        with self._lock:
            return SandboxStats(self._started, self._replaced)

    def start(self) -> None:
        """Start every worker now and wait until all are ready (optional: they start lazily).

        Useful at application start, so the first pictures do not pay interpreter start-up.
        """
        try:
            for slot in self._slots:
                slot.launch()
            for slot in self._slots:
                slot.ensure_ready()
        except (WorkerLostError, OSError) as exc:
            raise RuntimeError(f"the decode workers could not be started: {exc}") from exc

    def submit(
        self,
        src: Path,
        out: Mapping[str, Path],
        sizes: Mapping[str, tuple[int, int]] = DEFAULT_SIZES,
    ) -> Future[ImageInfo]:
        """Queue one picture. The Future fails with ImageRejected for every kind of failure."""
        future: Future[ImageInfo] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the decode sandbox is closed")
            self._tasks.put(_Task(Path(src), dict(out), dict(sizes), future))
        return future

    def close(self, *, cancel_pending: bool = True, wait: bool = True) -> None:
        """Stop the workers.

        By default queued pictures are cancelled and pictures being decoded are abandoned
        (their workers killed, their Futures failed with a non-permanent ImageRejected), so
        quitting the kiosk never waits for a slow or hung decode. With
        ``cancel_pending=False`` everything submitted is finished first. ``wait`` blocks
        until the worker processes are gone.
        """
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._aborting = cancel_pending
            if cancel_pending:
                while True:
                    try:
                        task = self._tasks.get_nowait()
                    except queue.Empty:
                        break
                    if task is not None:
                        task.future.cancel()
            for _ in self._slots:
                self._tasks.put(None)
        if cancel_pending:
            for slot in self._slots:
                slot.abort()
        if wait:
            for thread in self._threads:
                if thread is not threading.current_thread():  # close() from a Future callback
                    thread.join()

    def __enter__(self) -> DecodeSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Called by slots.
    def _new_worker(self, index: int) -> WorkerProcess:
        worker = WorkerProcess(
            self._ctx, self._job, self._limits, self._memory_limit, self._niceness, f"decode-worker-{index}"
        )
        with self._lock:
            self._started += 1
        return worker

    @property
    def _shutting_down(self) -> bool:
        return self._aborting

    def _count_replacement(self) -> None:
        with self._lock:
            self._replaced += 1


class _Slot:
    """One parent-side thread's worker: started lazily, replaced whenever it is lost."""

    def __init__(self, pool: DecodeSandbox, index: int) -> None:
        self._pool = pool
        self._index = index
        self._lock = threading.Lock()
        self._worker: WorkerProcess | None = None

    def launch(self) -> None:
        with self._lock:
            if self._worker is None:
                self._worker = self._pool._new_worker(self._index)

    def ensure_ready(self) -> WorkerProcess:
        with self._lock:
            if self._worker is None:
                self._worker = self._pool._new_worker(self._index)
            worker = self._worker
            try:
                worker.wait_ready(_START_TIMEOUT)
            except WorkerLostError:
                worker.kill()
                self._worker = None
                raise
            return worker

    def serve(self) -> None:
        tasks = self._pool._tasks
        while True:
            task = tasks.get()
            if task is None:
                break
            if not task.future.set_running_or_notify_cancel():
                continue
            try:
                info = self._run(task)
            except ImageRejected as exc:
                task.future.set_exception(exc)
            except BaseException as exc:  # never let a slot thread die with a Future pending
                _log.exception("decode sandbox slot %d failed", self._index)
                task.future.set_exception(
                    ImageRejected(f"the image could not be decoded ({exc})", permanent=False)
                )
            else:
                task.future.set_result(info)
        with self._lock:
            if self._worker is not None:
                self._worker.stop()
                self._worker = None

    def _run(self, task: _Task) -> ImageInfo:
        try:
            worker = self.ensure_ready()
            if not worker.alive():  # died while idle (killed from outside): not this picture's fault
                self._replace()
                worker = self.ensure_ready()
        except (WorkerLostError, OSError) as exc:
            _log.error("decode worker could not be started: %s", exc)
            raise ImageRejected("the picture decoder could not be started", permanent=False) from exc

        timeout = self._pool.timeout
        try:
            reply = worker.run((task.src, task.out, task.sizes), timeout, self._pool.ceiling)
        except WorkerLostError as exc:
            self._replace()
            if self._pool._shutting_down:  # killed by close(), not by the picture
                raise ImageRejected(SHUTDOWN_MESSAGE, permanent=False) from None
            _log.warning("decode worker %s died on %s (%s)", worker.pid, task.src, exc)
            raise ImageRejected(CRASH_MESSAGE) from None
        if reply is None:
            _log.warning("decode worker %s timed out on %s", worker.pid, task.src)
            self._replace()
            raise ImageRejected(
                f"the image took longer than {timeout:g} seconds to decode without making progress "
                f"(or longer than {self._pool.ceiling:g} seconds in all); it may be damaged or far too large"
            )
        if reply[0] == "ok":
            return reply[1]
        _, reason, permanent, worker_exits = reply
        if worker_exits:
            self._replace()  # it exits by itself after a MemoryError
        raise ImageRejected(reason, permanent=permanent)

    def abort(self) -> None:
        """Kill the worker now, from another thread; the slot's own thread sees it die."""
        worker = self._worker  # no lock: the slot thread may hold it while the worker runs
        if worker is not None:
            worker.terminate_now()

    def _replace(self) -> None:
        # The next task starts a fresh worker; starting it now would spend a process on a
        # pool that may be about to close.
        with self._lock:
            if self._worker is not None:
                self._worker.kill()
                self._worker = None
        self._pool._count_replacement()
