"""Keeping every file the kiosk reads inside the content folder.

Curators type paths; a path must never reach outside the folder, whether by ``..``, an absolute
path, a URL or a symbolic link that points elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class ContentPathError(ValueError):
    pass


def safe_content_file(root: Path, rel: str) -> Path:
    """Resolve ``rel`` inside ``root`` or say, in plain words, why it may not be used."""
    text = rel.strip().replace("\\", "/")
    if not text:
        raise ContentPathError("the file name is empty.")
    if _URL.match(text) and not re.match(r"^[A-Za-z]:/", text):
        raise ContentPathError(
            f"'{rel}' is a web address. Copy the file into the content folder and give its name instead."
        )
    if text.startswith("/") or re.match(r"^[A-Za-z]:/", text):
        raise ContentPathError(
            f"'{rel}' is a full path. Give the file's name inside the content folder, e.g. photos/name.jpg."
        )
    if ".." in PurePosixPath(text).parts:
        raise ContentPathError(f"'{rel}' points outside the content folder. Keep files inside it.")
    base = root.resolve()
    path = base.joinpath(*PurePosixPath(text).parts)
    # A symbolic link may point anywhere; refuse any link on the way rather than trusting its target.
    probe = base
    for part in PurePosixPath(text).parts:
        probe = probe / part
        if probe.is_symlink():
            raise ContentPathError(
                f"'{rel}' is a shortcut (symbolic link). Copy the real file into the content folder."
            )
    if not path.resolve().is_relative_to(base):
        raise ContentPathError(f"'{rel}' points outside the content folder. Keep files inside it.")
    return path


def missing_file_hint(root: Path, rel: str) -> str:
    """'Did you mean photos/tank-03.jpg?' for a file that is not there."""
    from difflib import get_close_matches

    folder = (root / rel).parent
    if not folder.is_dir():
        return ""
    names = [p.name for p in folder.iterdir() if p.is_file()]
    close = get_close_matches(Path(rel).name, names, n=1, cutoff=0.6)
    if not close:
        return ""
    return f" Did you mean {PurePosixPath(rel).parent / close[0]}?"
