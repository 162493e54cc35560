"""``kiosk upgrade DIR``: a content folder in format 1 turned into format 2, in place, atomically,
keeping the old folder beside it. Pure Python: no Qt.

The new folder is made beside the old one (photos and other files hard-linked where the disk
allows, text files copied and converted), loaded as the kiosk would load it, and only then swapped
in with two renames: the old folder becomes ``<name>.format-1`` (or ``.format-1-2``, ...) and the
new one takes its name. Until the swap nothing of the curator's folder has changed; if the new
folder does not load, it is deleted and the old one stays as it was.
"""

from __future__ import annotations

import os
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content import model as m
from kiosk.content.upgrade.convert import FORCES, convert

TEXT_SUFFIXES = frozenset({".toml", ".md", ".txt", ".json", ".geojson"})


class UpgradeError(Exception):
    """Why the folder was not upgraded, in words for a curator. Nothing was changed."""


@dataclass
class Upgrade:
    folder: Path
    backup: Path | None  # None: nothing needed doing
    changes: dict[str, list[str]] = field(default_factory=dict)  # file -> sentences
    removed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what `kiosk validate` says of the result


def upgrade(folder: Path) -> Upgrade:
    folder = Path(folder)
    manifest = folder / "exhibit.toml"
    if not manifest.is_file():
        raise UpgradeError(f"{folder} has no exhibit.toml: it is not a content folder.")
    try:
        version = tomllib.loads(manifest.read_text(encoding="utf-8")).get("format", 1)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UpgradeError(f"exhibit.toml cannot be read ({exc}). Fix it first, then upgrade.") from None
    if version == m.FORMAT:
        return Upgrade(folder, None)
    if version != 1:
        raise UpgradeError(f"exhibit.toml says format = {version!r}; this kiosk upgrades format 1 only.")

    texts = {}
    for rel in ("exhibit.toml", *_TABLE_FILES):
        path = folder / rel
        if path.is_file():
            texts[rel] = path.read_text(encoding="utf-8")
    try:
        result = convert(texts)
    except tomllib.TOMLDecodeError as exc:
        raise UpgradeError(f"A file of the folder cannot be read as TOML ({exc}). Fix it first.") from None

    staging = folder.with_name(f".{folder.name}.upgrading")
    if staging.exists():
        shutil.rmtree(staging)
    try:
        _copy(folder, staging)
        for rel, text in result.texts.items():
            (staging / rel).parent.mkdir(parents=True, exist_ok=True)
            (staging / rel).write_text(text, encoding="utf-8")
        for rel in result.removed:
            (staging / rel).unlink(missing_ok=True)
        removed_schema = _schemas(staging)
        problems = _check(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if problems is None:
        shutil.rmtree(staging, ignore_errors=True)
        raise UpgradeError(
            "The converted folder would not load; nothing was changed. Run 'kiosk validate' on the "
            "folder and fix its errors, then upgrade again."
        )
    backup = _free_name(folder.with_name(f"{folder.name}.format-1"))
    folder.replace(backup)
    try:
        staging.replace(folder)
    except OSError:
        backup.replace(folder)
        raise
    done = Upgrade(folder, backup, result.changes, result.removed + removed_schema, problems)
    return done


_TABLE_FILES = (
    "text/chapters.toml",
    "text/people.toml",
    "text/photos.toml",
    "text/events.toml",
    "text/places.toml",
    FORCES,
    "text/routes.toml",
)


def _copy(source: Path, target: Path) -> None:
    """A copy of the folder: text files copied, everything else hard-linked where possible."""

    def link_or_copy(src: str, dst: str) -> str:
        if Path(src).suffix.lower() not in TEXT_SUFFIXES:
            try:
                os.link(src, dst)
                return dst
            except OSError:
                pass
        return str(shutil.copy2(src, dst))

    shutil.copytree(source, target, symlinks=True, copy_function=link_or_copy)


def _schemas(root: Path) -> list[str]:
    """The editor schemas of a folder that has them (``kiosk new`` writes them), rewritten."""
    folder = root / "schema"
    if not folder.is_dir():
        return []
    from kiosk.content.schema import write_schemas

    write_schemas(folder)
    old = folder / "forces.json"
    if old.exists():
        old.unlink()
        return ["schema/forces.json"]
    return []


def _check(root: Path) -> list[str] | None:
    """What the loader says of the converted folder; None when it does not load at all."""
    from kiosk.content.checks import content_warnings
    from kiosk.content.loader import load

    loaded = load(root)
    if loaded.exhibit is None:
        return None
    return [str(p) for p in loaded.problems + content_warnings(loaded, root)]


def _free_name(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate, n = path.with_name(f"{path.name}-{n}"), n + 1
    return candidate
