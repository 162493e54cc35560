"""Writes that survive a power cut at any moment: the one file-system helper of the kiosk.

A reader (or the kiosk after a reboot) sees either the old file or the new one, never
a truncated mix: the data goes to a temporary file in the same directory, is fsynced,
renamed over the target with ``os.replace`` (atomic on POSIX and on NTFS), and then the
directory is fsynced so that the rename itself is on disk. Kiosks are often switched off at
the wall: without the fsyncs a power cut could leave a zero-length file under the final name
(ext4 and NTFS both allow that), and a cache would trust it forever.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

StrPath = str | os.PathLike[str]

TEMP_SUFFIX = ".tmp"
_TEMP_PATTERN = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")


def temp_path_for(target: Path) -> Path:
    """A hidden sibling name, unique, that :func:`remove_stale_temp_files` recognises."""
    # Dot-prefixed so that globbing collectors (node_exporter reads only *.prom) and
    # humans listing the folder skip it.
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_directory(directory: StrPath) -> None:
    """Flush a directory entry change (a rename) to disk where the OS allows it."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(directory, flags)
    except OSError:
        # Windows cannot open a directory; NTFS journals the rename itself.
        return
    try:
        os.fsync(fd)
    except OSError:
        # Some filesystems (and all of Windows) refuse fsync on a directory.
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: StrPath, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new contents into; it replaces ``path`` atomically and durably
    when the block ends, and is removed if the block fails.

    ``mode`` sets the file's permissions (for example ``0o600`` for secrets). Without
    it an existing file keeps its permissions and a new one gets the usual
    ``0o666 & ~umask``.
    """
    target = Path(path)
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = None
    temp = temp_path_for(target)
    # os.open with O_EXCL rather than tempfile.mkstemp: mkstemp forces 0o600, which
    # would make e.g. the Prometheus textfile unreadable to node_exporter.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            temp.chmod(mode)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_directory(target.parent)


def atomic_write_bytes(path: StrPath, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically and durably (see :func:`atomic_write`)."""
    with atomic_write(path, mode=mode) as handle:
        handle.write(data)


def atomic_write_text(path: StrPath, text: str, *, mode: int | None = None) -> None:
    """Like :func:`atomic_write_bytes` for UTF-8 text (newlines are written as given)."""
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def atomic_write_json(path: StrPath, obj: Any, *, mode: int | None = None) -> None:
    """Write ``obj`` as indented, key-sorted UTF-8 JSON (diff-friendly for humans)."""
    text = json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write_text(path, text, mode=mode)


def remove_stale_temp_files(directory: StrPath) -> list[Path]:
    """Delete temporary files left behind by a write that a power cut interrupted.

    Call once at start-up, before anything else writes into ``directory``. Returns
    what was removed.
    """
    removed: list[Path] = []
    for candidate in Path(directory).iterdir():
        if _TEMP_PATTERN.match(candidate.name) and candidate.is_file():
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed
