"""Walking a content folder, and telling whether a copy or a sync is still writing into it.

Copy tools leave their work in progress under names of their own until each file is complete:

- Syncthing: ``.syncthing.NAME.tmp`` (``~syncthing~NAME.tmp`` on Windows);
- rsync: ``.NAME.XXXXXX`` beside the file (six random letters and digits), and partly sent files in
  a ``--partial-dir`` (``.rsync-partial`` by convention) or, with ``--delay-updates``, ``.~tmp~``;
- browsers and office programs: ``NAME.part``, ``NAME.crdownload``, ``.~lock.NAME#``, ``~$NAME``.

While one of those is being written to, the folder is not complete. One that nothing has written to
for :data:`ABANDONED_S` was left by a copy that was interrupted (a killed rsync leaves its temporary
file behind): it no longer holds the folder back, and is reported so that someone deletes it.

Pure Python: no Qt.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Final

ABANDONED_S: Final = 30 * 60
_IN_PROGRESS: Final = re.compile(
    r"^(\.syncthing\..*\.tmp|~syncthing~.*\.tmp|.*\.part|.*\.crdownload|\.~lock\..*#|~\$.*"
    r"|\..+\.[A-Za-z0-9]{6})$",
    re.IGNORECASE,
)
PARTIAL_DIRS: Final = frozenset({".rsync-partial", ".~tmp~"})
# Never copied: system clutter and hidden files (.git, .DS_Store, Syncthing's .stfolder).
SKIPPED_NAMES: Final = frozenset({"thumbs.db", "desktop.ini"})
# What the folder's own files are never taken for, although they match the rsync pattern.
_NOT_TEMPORARY: Final = frozenset({".stfolder", ".stignore", ".stversions", ".DS_Store"})

Entry = tuple[str, int, int]  # (kind, size, mtime_ns); kind: dir, file, link, other, unreadable


def walk(root: Path, *, include_hidden: bool) -> Iterator[tuple[str, Entry]]:
    """(relative path, (kind, size, mtime_ns)) for everything under root, never following links.

    Sorted, so equal folders give equal sequences.
    """
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        folder = root.joinpath(*rel_dir.split("/")) if rel_dir else root
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            yield rel_dir or ".", ("unreadable", 0, 0)
            continue
        subdirs = []
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            if not include_hidden and hidden(rel):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                yield rel, ("unreadable", 0, 0)
                continue
            if stat.S_ISLNK(info.st_mode):
                yield rel, ("link", 0, info.st_mtime_ns)
            elif stat.S_ISDIR(info.st_mode):
                yield rel, ("dir", 0, 0)
                subdirs.append(rel)
            elif stat.S_ISREG(info.st_mode):
                yield rel, ("file", info.st_size, info.st_mtime_ns)
            else:
                yield rel, ("other", 0, 0)
        stack.extend(reversed(subdirs))


def hidden(rel: str) -> bool:
    return any(part.startswith(".") or part.casefold() in SKIPPED_NAMES for part in rel.split("/"))


def temporary(rel: str) -> bool:
    """A copy tool's file in progress (or its partial-file folder)."""
    parts = rel.split("/")
    if any(part in PARTIAL_DIRS for part in parts):
        return True
    name = parts[-1]
    return name not in _NOT_TEMPORARY and bool(_IN_PROGRESS.match(name))


def copies_in_progress(entries: list[tuple[str, Entry]], now_ns: int) -> tuple[list[str], list[str]]:
    """(temporary files still being written, temporary files abandoned) among walked entries."""
    busy: list[str] = []
    abandoned: list[str] = []
    for rel, (kind, _size, mtime_ns) in entries:
        if kind != "file" or not temporary(rel):
            continue
        (abandoned if now_ns - mtime_ns > ABANDONED_S * 1_000_000_000 else busy).append(rel)
    return busy, abandoned
