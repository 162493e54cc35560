"""The checked content, kept so that the next start reads it instead of checking it again.

Loading a folder validates every item against the content schema; that costs the kiosk a third of
its start-up (building pydantic's validators, then running them). A folder that has not changed
since it was last loaded gives the same result, so :func:`load_cached` keeps that result (the
exhibit, its problems and where each item is written) in a file named by a key that changes with:

- the folder's content: every file's path and size, and the bytes of every small file (the text
  files, where a same-size edit with a preserved mtime would otherwise go unseen); large files
  (photos) by size, modification time and inode;
- the format and this program: the content format, this module's cache version, the source of
  the modules that build the result (the model, the loader; a frozen bundle's executable instead),
  Python's and pydantic's versions. A cache written by another version is never read, whatever its name says.

Any doubt means loading the folder afresh: a missing, damaged or unreadable cache file, or a folder
that cannot be listed. The file is the kiosk's own (in its state or cache folder, never in the
curator's folder) and is written atomically, so a power cut leaves the old one or the new one.
Only results with an exhibit are kept; a folder with errors is always checked again. Pure Python:
no Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kiosk.atomic import atomic_write_bytes

if TYPE_CHECKING:  # the loader, and pydantic with it, load only when a folder is checked
    from kiosk.content.loader import LoadResult

log = logging.getLogger(__name__)

CACHE_VERSION: Final = 1  # raise when the cached form changes in a way the key does not see
HASHED_BYTES: Final = 256 * 1024  # files up to this size are keyed by their content
KEEP: Final = 4  # cached results kept in a folder (several content folders may share it)
PREFIX: Final = "content-"
SUFFIX: Final = ".pickle"


def _program_fingerprint() -> bytes:
    """What in this program decides the cached form: versions, and the code that builds it."""
    import pydantic
    import pydantic_core

    from kiosk.content import loader, model

    versions = (CACHE_VERSION, model.FORMAT, sys.version, pydantic.VERSION, pydantic_core.__version__)
    digest = hashlib.sha256("|".join(map(str, versions)).encode())
    for module in (model, loader, sys.modules[__name__]):
        source = getattr(module, "__file__", None)
        try:
            digest.update(Path(source).read_bytes() if source else b"")
        except OSError:
            digest.update(str(source).encode())
    if getattr(sys, "frozen", False):  # a bundle's modules have no source: the program itself, then
        info = Path(sys.executable).stat()
        digest.update(f"{sys.executable}|{info.st_size}|{info.st_mtime_ns}".encode())
    return digest.digest()


def content_key(root: Path) -> str | None:
    """A key for ``root``'s content and this program, or None when the folder cannot be read."""
    digest = hashlib.sha256(_program_fingerprint())
    try:
        for rel, info, path in _files(root):
            digest.update(f"\0{rel}\0{info.st_size}".encode())
            if info.st_size <= HASHED_BYTES:
                digest.update(path.read_bytes())
            else:
                digest.update(f"\0{info.st_mtime_ns}\0{info.st_ino}".encode())
    except OSError:
        return None
    return digest.hexdigest()


def _files(root: Path) -> list[tuple[str, os.stat_result, Path]]:
    """Every file under ``root`` (symbolic links as themselves), sorted by relative path."""
    found: list[tuple[str, os.stat_result, Path]] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                info = entry.stat(follow_symlinks=False)
                path = Path(entry.path)
                if stat.S_ISDIR(info.st_mode):
                    pending.append(path)
                else:
                    found.append((path.relative_to(root).as_posix(), info, path))
    found.sort(key=lambda row: row[0])
    return found


def load_cached(root: Path, cache_dir: Path | None) -> LoadResult:
    """``load(root)``, from ``cache_dir`` when this exact content was loaded before by this program."""
    from kiosk.content.loader import LoadResult, load

    key = content_key(root) if cache_dir is not None else None
    if cache_dir is None or key is None:
        return load(root)
    target = cache_dir / f"{PREFIX}{key}{SUFFIX}"
    with contextlib.suppress(OSError):
        try:
            kept = pickle.loads(target.read_bytes())
        except OSError:
            raise
        except Exception as exc:  # a damaged file: load afresh, and write it again below
            log.warning("content cache %s unreadable (%s); checking the folder again", target.name, exc)
        else:
            if isinstance(kept, LoadResult) and kept.exhibit is not None:
                with contextlib.suppress(OSError):
                    os.utime(target)  # most recently used
                return kept
    result = load(root)
    if result.exhibit is not None:
        _store(cache_dir, target, result)
    return result


def _store(cache_dir: Path, target: Path, result: LoadResult) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        kept = sorted(cache_dir.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # a full or read-only disk costs the next start its speed, nothing else
        log.warning("content cache not written to %s: %s", cache_dir, exc)
