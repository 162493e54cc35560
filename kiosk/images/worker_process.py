"""The parent's handle on one decode worker process: start it, wait for it to be ready, send it one
picture at a time with a deadline, and stop or kill it. The child's side is ``worker.py``; the pool
that feeds workers and replaces the ones it loses is ``sandbox.py``."""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from typing import Final

from kiosk.images.spec import Limits
from kiosk.images.worker import BUSY, READY, DecodeJob, Reply, Request, worker_main

_STOP_GRACE: Final = 2.0


class WorkerLostError(Exception):
    """The child process died or stopped answering."""


class WorkerProcess:
    """One child process and the parent's end of its pipe."""

    def __init__(
        self,
        ctx: multiprocessing.context.SpawnContext,
        job: DecodeJob,
        limits: Limits,
        memory_limit: int | None,
        niceness: int,
        name: str,
    ) -> None:
        self._conn, child_conn = ctx.Pipe(duplex=True)
        self._proc = ctx.Process(
            target=worker_main,
            args=(child_conn, job, limits, memory_limit, niceness),
            name=name,
            daemon=True,
        )
        self._proc.start()
        # Only the child may hold its end: then the child's death reads as EOF here.
        child_conn.close()
        self._ready = False

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    def wait_ready(self, timeout: float) -> None:
        if self._ready:
            return
        try:
            if not self._conn.poll(timeout):
                raise WorkerLostError(f"worker did not start within {timeout:g} s")
            message = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerLostError(f"worker died while starting (exit code {self._exitcode()})") from exc
        if message != READY:
            raise WorkerLostError(f"worker said {message!r} instead of {READY!r}")
        self._ready = True

    def run(self, request: Request, timeout: float, ceiling: float) -> Reply | None:
        """Send one request; the reply, or None when the worker fell silent for ``timeout``
        seconds or worked past ``ceiling`` (then it is killed)."""
        started = time.monotonic()
        try:
            self._conn.send(request)
            while True:
                if not self._conn.poll(timeout):
                    self.kill()
                    return None
                message = self._conn.recv()
                if message != BUSY:
                    reply: Reply = message
                    return reply
                if time.monotonic() - started > ceiling:
                    self.kill()
                    return None
        except (EOFError, OSError) as exc:
            raise WorkerLostError(f"exit code {self._exitcode()}") from exc

    def _exitcode(self) -> int | None:
        self._proc.join(_STOP_GRACE)
        return self._proc.exitcode

    def alive(self) -> bool:
        return self._ready and self._proc.is_alive()

    def terminate_now(self) -> None:
        """Kill the process without touching the pipe (safe while another thread reads it)."""
        if self._proc.is_alive():
            self._proc.kill()

    def kill(self) -> None:
        self._proc.kill()
        self._proc.join(_STOP_GRACE)
        self._conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._conn.send(None)
        self._proc.join(_STOP_GRACE)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(_STOP_GRACE)
        self._conn.close()
