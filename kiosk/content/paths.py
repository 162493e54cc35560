"""Keeping every file the kiosk reads inside the content folder.

Curators type paths; a path must never reach outside the folder, whether by ``..``, an absolute
path, a URL or a symbolic link that points elsewhere.
"""

from __future__ import annotations

import os
import re
from collections.abc import Container
from difflib import get_close_matches
from pathlib import Path, PurePosixPath

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class ContentPathError(ValueError):
    pass


def _shown(rel: str, limit: int = 80) -> str:
    """A curator's path as it appears in a message: control characters visible, never too long."""
    text = rel.encode("unicode_escape").decode("ascii") if _CONTROL.search(rel) else rel
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_content_file(root: Path, rel: str) -> Path:
    """Resolve ``rel`` inside ``root`` or say, in plain words, why it may not be used."""
    text = rel.strip().replace("\\", "/")
    shown = _shown(rel)
    if not text:
        raise ContentPathError("the file name is empty.")
    if _CONTROL.search(text):
        raise ContentPathError(
            f"'{shown}' contains an invisible control character. Type the file name again."
        )
    if _URL.match(text) and not re.match(r"^[A-Za-z]:/", text):
        raise ContentPathError(
            f"'{shown}' is a web address. Copy the file into the content folder and give its name instead."
        )
    if text.startswith("/") or re.match(r"^[A-Za-z]:/", text):
        raise ContentPathError(
            f"'{shown}' is a full path. Give the file's name inside the content folder, e.g. photos/name.jpg."
        )
    parts = PurePosixPath(text).parts
    if ".." in parts:
        raise ContentPathError(f"'{shown}' points outside the content folder. Keep files inside it.")
    try:
        base = root.resolve()
        path = base.joinpath(*parts)
        # A symbolic link may point anywhere; refuse any link on the way (a folder or the file
        # itself) rather than trusting its target.
        probe = base
        for index, part in enumerate(parts):
            probe = probe / part
            if probe.is_symlink():
                raise ContentPathError(_link_message(shown, "/".join(parts[: index + 1]), text))
        inside = path.resolve().is_relative_to(base)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ContentPathError(f"'{shown}' cannot be used as a file name ({reason}).") from None
    if not inside:
        raise ContentPathError(f"'{shown}' points outside the content folder. Keep files inside it.")
    return path


def _link_message(shown: str, link: str, text: str) -> str:
    if link == text:
        return f"'{shown}' is a shortcut (symbolic link). Copy the real file into the content folder."
    return (
        f"'{shown}' goes through a shortcut (symbolic link): the folder {_shown(link)} is one. "
        "Copy the real folder into the content folder."
    )


_MAX_FILES_SEARCHED = 20_000
# "Did you mean" by spelling compares a name with every name in its folder: worth it for the first
# few missing files of a load, not for thousands (5,000 people without a translation would make
# 25 million comparisons). Later missing files still get the exact-name suggestions, which cost
# one look-up each.
MAX_SPELLING_HINTS = 25


class FileIndex:
    """One listing of a content folder, shared by every hint of one load.

    Each folder is listed once, and the whole tree once, however many files are missing: a hint per
    missing file used to list and stat the folder again, so validating 2,000 people without their
    Serbian texts made 8.5 million ``stat`` calls. Make a new index for each load (the folder may
    change between loads).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._folders: dict[str, tuple[list[str], dict[str, list[str]]]] = {}
        self._by_name: dict[str, list[str]] | None = None
        self.spelling_hints_left = MAX_SPELLING_HINTS

    def folder(self, rel: str) -> tuple[list[str], dict[str, list[str]]]:
        """(names of the regular files in folder ``rel``, the same by case-folded name)."""
        listed = self._folders.get(rel)
        if listed is None:
            names = _files_in(self.root.joinpath(*PurePosixPath(rel).parts) if rel else self.root)
            folded: dict[str, list[str]] = {}
            for name in names:
                folded.setdefault(name.casefold(), []).append(name)
            listed = self._folders[rel] = (names, folded)
        return listed

    def anywhere(self, name: str) -> list[str]:
        """Every file in the content folder called ``name`` (in any case), as relative paths."""
        if self._by_name is None:
            self._by_name = {}
            for rel in _list_files(self.root):
                self._by_name.setdefault(PurePosixPath(rel).name.casefold(), []).append(rel)
        return self._by_name.get(name.casefold(), [])


def _files_in(folder: Path) -> list[str]:
    if not folder.is_dir() or folder.is_symlink():
        return []
    with os.scandir(folder) as entries:
        # DirEntry answers from the listing itself: no stat per file.
        return sorted(e.name for e in entries if e.is_file(follow_symlinks=False))


def missing_file_hint(
    root: Path, rel: str, *, ignore: Container[str] = (), index: FileIndex | None = None
) -> str:
    """'Did you mean photos/tank-03.jpg?' for a file that is not there, or "".

    Looks in the file's folder first (a near name, or the same name in other upper/lower case),
    then anywhere in the content folder for the same name (a file put in the wrong folder).
    ``ignore`` lists paths (relative, with /) that must not be suggested, e.g. files that
    already belong to something else. Pass the same ``index`` for every hint of one load.
    """
    try:
        return _hint(index or FileIndex(root), rel.strip().replace("\\", "/"), ignore)
    except (OSError, ValueError):
        return ""


def _hint(index: FileIndex, text: str, ignore: Container[str]) -> str:
    want = PurePosixPath(text)
    parent = "" if str(want.parent) == "." else str(want.parent)
    names, folded = index.folder(parent)

    def shown(name: str) -> str:
        return f"{parent}/{name}" if parent else name

    same = [n for n in folded.get(want.name.casefold(), []) if shown(n) not in ignore]
    if same:
        return f" Did you mean {shown(same[0])}? Upper and lower case letters must match exactly."
    if names and index.spelling_hints_left > 0:
        index.spelling_hints_left -= 1
        close = get_close_matches(want.name, [n for n in names if shown(n) not in ignore], n=1, cutoff=0.6)
        if close:
            return f" Did you mean {shown(close[0])}?"
    elsewhere = [f for f in index.anywhere(want.name) if f not in ignore]
    if elsewhere:
        best = get_close_matches(text, elsewhere, n=1, cutoff=0.0)
        return f" Did you mean {best[0] if best else elsewhere[0]}?"
    return ""


def _list_files(root: Path) -> list[str]:
    """Regular files under ``root`` as relative paths with /, not following links, hidden ones skipped."""
    found: list[str] = []
    folders = [""]
    while folders:
        rel = folders.pop()
        try:
            with os.scandir(root.joinpath(*rel.split("/")) if rel else root) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue
        # DirEntry knows its kind from the listing: no stat per file.
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_dir(follow_symlinks=False):
                folders.append(path)
            elif entry.is_file(follow_symlinks=False):
                found.append(path)
                if len(found) >= _MAX_FILES_SEARCHED:
                    return found
    return found
