"""Log files with a hard disk budget, and a tail for the admin view.

A kiosk runs for years on a small SD card, so the logs must never fill it: at most
``backups + 1`` files of at most ``max_bytes`` each (25 MiB by default), whatever is
logged. stderr gets the same records, which systemd's journal keeps (with its own
size limits) when the kiosk runs as a service.

Only the kiosk app itself should call :func:`setup_logging`: the rotating handler is not
safe with two processes writing the same files, so CLI commands log to stderr only.

A full or read-only disk never stops the kiosk and never floods stderr with "--- Logging error
---" tracebacks: if the file cannot be opened, or a write fails, the file is left alone (stderr,
and so the journal, still gets every record) and tried again a minute later.
:attr:`LoggingSetup.file_problem` says why the file is not being written, for the health file.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.atomic import StrPath

LOG_NAME = "kiosk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_BACKUPS = 4
_BACKUP = re.compile(re.escape(LOG_NAME) + r"\.(\d+)$")
_OURS = "_kiosk_ops_logs"  # attribute marking handlers this module installed
RETRY_S = 60.0  # after a failed write, the file is tried again this much later
_log = logging.getLogger(__name__)


class _TruncatingFormatter(logging.Formatter):
    """Caps one record's text: a giant traceback or repr must not blow the budget."""

    def __init__(self, limit_chars: int) -> None:
        super().__init__(FORMAT)
        self._limit = limit_chars

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if len(text) > self._limit:
            marker = f" … [{len(text) - self._limit} characters cut]"
            text = text[: max(0, self._limit - len(marker))] + marker
        return text


class _LastError(logging.Handler):
    """Remembers when the last ERROR happened, for the health metrics."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.at: float | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.at = record.created


class _FileHandler(logging.handlers.RotatingFileHandler):
    """The rotating log file, stepping aside while the disk refuses writes (full, read-only)."""

    def __init__(self, path: Path, max_bytes: int, backups: int, clock: Callable[[], float]) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)
        self._clock = clock
        self.problem: str | None = None
        self._failed_at = 0.0
        self.skipped = 0
        try:  # opened now, as a plain handler would be, but a disk that refuses is only noted
            self.stream = self._open()
        except OSError as exc:
            self._failed(exc)

    def emit(self, record: logging.LogRecord) -> None:
        if self.problem is not None:
            if self._clock() - self._failed_at < RETRY_S:
                self.skipped += 1
                return
            self.problem = None
            if self.skipped:
                note = logging.makeLogRecord(
                    {
                        "name": __name__,
                        "levelno": logging.WARNING,
                        "levelname": "WARNING",
                        "msg": f"{self.skipped} record(s) went only to stderr (the journal) while the "
                        "log file could not be written",
                    }
                )
                self.skipped = 0
                super().emit(note)
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self.skipped += 1
        self._failed(error)

    def _failed(self, error: OSError) -> None:
        first = self.problem is None
        self.problem = f"the log file cannot be written ({error.strerror or error}); logging to stderr only"
        self._failed_at = self._clock()
        stream, self.stream = self.stream, None
        if stream is not None:
            # Closing flushes, which fails again; the file is closed all the same. The unwritten
            # buffer is lost with the file, and stderr has those records.
            with contextlib.suppress(OSError):
                stream.close()
        if first:
            _log.error("%s: %s", self.baseFilename, self.problem)


@dataclass
class LoggingSetup:
    log_file: Path
    budget_bytes: int
    _handlers: list[logging.Handler] = field(default_factory=list)
    _last_error: _LastError = field(default_factory=_LastError)
    _file: _FileHandler | None = None

    @property
    def last_error_at(self) -> float | None:
        """Unix time of the last ERROR (or worse) record since setup, if any."""
        return self._last_error.at

    @property
    def file_problem(self) -> str | None:
        """Why the log file is not being written just now (full or read-only disk), or None."""
        return self._file.problem if self._file is not None else None

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self._handlers:
            root.removeHandler(handler)
            handler.close()
        self._handlers.clear()


def _limits(max_bytes: int) -> tuple[int, int]:
    """Per-record character cap and the size at which the handler rotates.

    RotatingFileHandler compares the file size in bytes plus the new record's length
    in *characters*, so one record may add up to 3 bytes per character more than it
    allowed for (UTF-8). Rotating early by that much keeps every file <= max_bytes.
    """
    cap = max(256, max_bytes // 64)
    if 4 * cap > max_bytes:
        raise ValueError("max_bytes is too small for a log file (at least 16 KiB)")
    return cap, max_bytes - 3 * cap


def setup_logging(
    log_dir: StrPath,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backups: int = DEFAULT_BACKUPS,
    *,
    level: int = logging.INFO,
    stderr: bool = True,
    clock: Callable[[], float] = time.monotonic,
) -> LoggingSetup:
    """Send the root logger to ``log_dir/kiosk.log`` (rotated) and to stderr.

    Calling it again replaces what an earlier call installed. Files beyond ``backups``
    left by an earlier, larger setting are deleted so the budget holds. Never raises because
    of the disk (see the module docstring).
    """
    directory = Path(log_dir)
    cap, rotate_at = _limits(max_bytes)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _remove_excess_backups(directory, backups)
    except OSError as exc:
        _log.warning("could not tidy the log folder %s: %s", directory, exc.strerror or exc)

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()

    formatter = _TruncatingFormatter(cap)
    setup = LoggingSetup(log_file=directory / LOG_NAME, budget_bytes=max_bytes * (backups + 1))
    file_handler = _FileHandler(setup.log_file, rotate_at, backups, clock)
    setup._file = file_handler
    handlers: list[logging.Handler] = [file_handler, setup._last_error]
    if stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    setup._handlers = handlers
    root.setLevel(level)
    return setup


def _remove_excess_backups(directory: Path, backups: int) -> None:
    for path in directory.iterdir():
        match = _BACKUP.match(path.name)
        if match and int(match.group(1)) > backups:
            path.unlink(missing_ok=True)


def log_files(log_dir: StrPath) -> list[Path]:
    """The log files, newest first (kiosk.log, kiosk.log.1, ...)."""
    directory = Path(log_dir)
    backups = sorted(
        (int(m.group(1)), p) for p in directory.glob(LOG_NAME + ".*") if (m := _BACKUP.match(p.name))
    )
    current = directory / LOG_NAME
    return ([current] if current.exists() else []) + [p for _, p in backups]


def tail(log_dir: StrPath, lines: int = 200) -> list[str]:
    """The last ``lines`` log lines, oldest first, reading back into rotated files."""
    if lines <= 0:
        return []
    collected: list[str] = []
    for path in log_files(log_dir):
        try:
            chunk = _tail_file(path, lines - len(collected))
        except OSError:
            continue  # rotated away between listing and reading
        collected = chunk + collected
        if len(collected) >= lines:
            break
    return collected[-lines:]


def _tail_file(path: Path, wanted: int, block: int = 64 * 1024) -> list[str]:
    # Read backwards in blocks: the admin view must not load 5 MiB for 200 lines.
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        position = handle.tell()
        data = b""
        while position > 0 and data.count(b"\n") <= wanted:
            step = min(block, position)
            position -= step
            handle.seek(position)
            data = handle.read(step) + data
    text = data.decode("utf-8", errors="replace")
    result = text.splitlines()
    if position > 0 and result:
        result = result[1:]  # the first line is probably cut in the middle
    return result[-wanted:] if wanted else []
