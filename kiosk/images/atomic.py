"""Write-then-rename, so a reader never sees half a file.

Kiosks are often switched off at the wall: the data is fsynced before the rename, or a
power cut could leave a zero-length file under the final name (ext4 and NTFS both allow
that) and the cache would trust it forever.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".tmp"


def temp_path_for(path: Path) -> Path:
    """A sibling name unique to this process and thread, hidden, and recognisable by prune()."""
    return path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}{TEMP_SUFFIX}")


@contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    tmp = temp_path_for(path)
    try:
        with tmp.open("wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_write(path) as fh:
        fh.write(data)
