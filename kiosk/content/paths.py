"""Keeping every file the kiosk reads inside the content folder.

Curators type paths; a path must never reach outside the folder, whether by ``..``, an absolute
path, a URL or a symbolic link that points elsewhere.
"""

from __future__ import annotations

import os
import re
import time
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


def missing_file_hint(root: Path, rel: str, *, ignore: Container[str] = ()) -> str:
    """'Did you mean photos/tank-03.jpg?' for a file that is not there, or "".

    Looks in the file's folder first (a near name, or the same name in other upper/lower case),
    then anywhere in the content folder for the same name (a file put in the wrong folder).
    ``ignore`` lists paths (relative, with /) that must not be suggested, e.g. files that
    already belong to something else.
    """
    try:
        return _hint(root, rel.strip().replace("\\", "/"), ignore)
    except (OSError, ValueError):
        return ""


def _hint(root: Path, text: str, ignore: Container[str]) -> str:
    want = PurePosixPath(text)
    folder = root.joinpath(*want.parent.parts)
    if folder.is_dir() and not folder.is_symlink():
        names = [p.name for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
        names = [n for n in names if str(want.parent / n) not in ignore]
        same = [n for n in names if n.casefold() == want.name.casefold()]
        if same:
            return f" Did you mean {want.parent / same[0]}? Upper and lower case letters must match exactly."
        close = get_close_matches(want.name, names, n=1, cutoff=0.6)
        if close:
            return f" Did you mean {want.parent / close[0]}?"
    elsewhere = [f for f in _all_files(root) if PurePosixPath(f).name.casefold() == want.name.casefold()]
    elsewhere = [f for f in elsewhere if f not in ignore]
    if elsewhere:
        best = get_close_matches(text, elsewhere, n=1, cutoff=0.0)
        return f" Did you mean {best[0] if best else elsewhere[0]}?"
    return ""


_LISTINGS: dict[Path, tuple[float, list[str]]] = {}
_LISTING_TTL = 2.0  # seconds: one load asks for many hints; a listing is reused within it


def _all_files(root: Path) -> list[str]:
    """Regular files under ``root`` as relative paths with /, not following links, hidden ones skipped."""
    now = time.monotonic()
    cached = _LISTINGS.get(root)
    if cached is not None and now - cached[0] < _LISTING_TTL:
        return cached[1]
    found = _list_files(root)
    _LISTINGS.clear()  # one folder at a time: never grows
    _LISTINGS[root] = (now, found)
    return found


def _list_files(root: Path) -> list[str]:
    found: list[str] = []
    for folder, dirs, files in os.walk(root):  # os.walk does not follow symbolic links by default
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        for name in sorted(files):
            if name.startswith(".") or (base / name).is_symlink():
                continue
            found.append((base / name).relative_to(root).as_posix())
            if len(found) >= _MAX_FILES_SEARCHED:
                return found
    return found
