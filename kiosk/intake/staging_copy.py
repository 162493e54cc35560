"""Copying a curator's folder into the content store: what is copied, what is left behind, and when
the copy waits for the folder to settle.

Regular files and folders are copied; links and special files are left out with a warning; a
folder that a copy or sync is still writing into is not copied at all. An unchanged file shares
the current version's data (a hard link) instead of being copied again. Pure Python: no Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
from pathlib import Path
from typing import Final

from kiosk.atomic import fsync_directory
from kiosk.content.folder_walk import copies_in_progress, hidden, walk
from kiosk.content.problems import Problem, error, warning

FREE_SPACE_MARGIN: Final = 64 * 1024 * 1024


def folder_fingerprint(source: Path) -> str:
    """A hash of every entry's relative path, kind, size and mtime: equal twice = stopped changing.

    Hidden files count too (a sync tool's temporary files show that it is still writing).
    A folder that does not exist has a fingerprint of its own.
    """
    digest = hashlib.sha256()
    root = Path(source)
    if not root.is_dir():
        digest.update(b"absent")
        return digest.hexdigest()
    for rel, entry in walk(root.resolve(), include_hidden=True):
        digest.update(json.dumps([rel, *entry]).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
    return digest.hexdigest()


def copy_folder(
    source: Path, target: Path, *, reuse: Path | None, now_ns: int, problems: list[Problem]
) -> bool:
    """Copy regular files and folders of ``source`` into ``target``; refuse links and special files.

    ``reuse``: the current version's folder, whose unchanged files are linked instead of copied.
    ``now_ns``: the time, for telling a copy in progress from one abandoned long ago. Returns False
    when there is nothing to load (the reason is in ``problems``).
    """
    if not source.is_dir():
        problems.append(error(".", f"The content folder {source} does not exist (or is not a folder)."))
        return False
    root = source.resolve()  # the folder itself may be a link (an atomic release switch)
    entries = list(walk(root, include_hidden=True))
    busy, abandoned = copies_in_progress(entries, now_ns)
    for rel in abandoned:
        problems.append(
            warning(
                rel,
                "This looks like a temporary file left behind by a copy or sync that was interrupted "
                "(nothing has written to it for half an hour). It is not shown; delete it.",
            )
        )
    if busy:
        problems.append(
            error(
                busy[0],
                "A copy or sync still seems to be writing into the folder (this is one of its "
                "temporary files). The folder is checked again once it has finished.",
            )
        )
        return False
    needed = sum(entry[1] for _, entry in entries if entry[0] == "file")
    free = shutil.disk_usage(target.parent).free
    if needed + FREE_SPACE_MARGIN > free:
        problems.append(
            error(
                ".",
                f"There is not enough disk space on the kiosk to copy the folder "
                f"({needed // 2**20} MB needed, {free // 2**20} MB free).",
            )
        )
        return False
    for rel, (kind, size, mtime_ns) in entries:
        if hidden(rel):
            continue
        dest = target.joinpath(*rel.split("/"))
        if kind == "dir":
            dest.mkdir(parents=True, exist_ok=True)
        elif kind == "file":
            if not _copy_file(root, reuse, rel, size, mtime_ns, dest, problems):
                return False
        elif kind == "link":
            problems.append(
                warning(
                    rel,
                    "This is a shortcut (symbolic link); the kiosk does not follow links out of the "
                    "content folder, so it is left out. Copy the real file in instead.",
                )
            )
        elif kind == "unreadable":
            problems.append(error(rel, "This could not be read (check its permissions). It is tried again."))
            return False
        else:
            problems.append(warning(rel, "This is not a regular file or folder; it is left out."))
    fsync_directory(target)
    return True


def _copy_file(
    root: Path,
    reuse: Path | None,
    rel: str,
    size: int,
    mtime_ns: int,
    dest: Path,
    problems: list[Problem],
) -> bool:
    src = root.joinpath(*rel.split("/"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    if reuse is not None:
        # Versions are never changed once made: an unchanged file can share the current copy's
        # data (a hard link) instead of being copied again.
        old = reuse.joinpath(*rel.split("/"))
        try:
            info = old.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_size == size and info.st_mtime_ns == mtime_ns:
                os.link(old, dest)
                return True
        except OSError:
            pass  # not there, or links not supported here: copy
    try:
        # O_NOFOLLOW: a file swapped for a link since the walk is not followed out of the folder.
        fd = os.open(src, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise OSError("it is not a regular file any more")
            with dest.open("xb") as out:
                shutil.copyfileobj(fh, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
        os.utime(dest, ns=(mtime_ns, mtime_ns))
    except OSError as exc:
        problems.append(
            error(rel, f"This file could not be copied ({exc.strerror or exc}). It is tried again.")
        )
        return False
    return True


def remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
