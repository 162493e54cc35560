"""Deep-zoom tiles: reading the archives pyramid.py wrote, and unpacking them for Qt. Pure Python:
no Qt, no libvips.

The archive (one uncompressed zip per picture) is what the derivative cache makes and checks. The
kiosk shows tiles from an unpacked copy, ``<cache>/unpacked/<digest>/``, as plain files that Qt's
image reader opens itself: no Python code runs on Qt's reader thread (a Python image provider
there deadlocked against the GUI thread holding the GIL; docs/performance.md). A copy is unpacked
into a temporary folder and renamed, so a folder under its final name is complete.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from kiosk.images.spec import TILES, Pyramid, tile_name

DIGEST: Final = re.compile(r"^[0-9a-f]{32}$")
UNPACKED: Final = "unpacked"
_TILE_NAME: Final = re.compile(rf"^{TILES}_files/[0-9]{{1,2}}/[0-9]{{1,6}}_[0-9]{{1,6}}\.jpg$")

log = logging.getLogger(__name__)


class TileArchive:
    """One picture's pyramid: its descriptor and its tiles."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip = zipfile.ZipFile(path)
        self.pyramid = _descriptor(self._zip.read(f"{TILES}.dzi"))

    def tile(self, level: int, col: int, row: int) -> bytes | None:
        try:
            return self._zip.read(tile_name(level, col, row))
        except KeyError:
            return None

    def close(self) -> None:
        self._zip.close()


def unpacked_dir(cache_dir: Path, digest: str) -> Path | None:
    """Where the unpacked tiles of a derivative set live; None for anything that is not a digest."""
    return cache_dir / UNPACKED / digest if DIGEST.match(digest) else None


def unpack(archive: Path, dest: Path) -> Pyramid | None:
    """The pyramid of ``archive``, unpacked into ``dest`` if it is not already; None if unreadable.

    Only the descriptor and tile names pyramid.py writes are taken out of the archive."""
    found = read_unpacked(dest)
    if found is not None:
        return found
    temp = dest.with_name(f".{dest.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(temp, ignore_errors=True)
        with zipfile.ZipFile(archive) as zf:
            names = [n for n in zf.namelist() if n == f"{TILES}.dzi" or _TILE_NAME.match(n)]
            if f"{TILES}.dzi" not in names:
                return None
            zf.extractall(temp, members=names)
        pyramid = read_unpacked(temp)
        if pyramid is None:
            return None
        try:
            temp.rename(dest)
        except OSError:  # another unpacking won the race: its folder is as good
            if read_unpacked(dest) is None:
                raise
        return pyramid
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        log.warning("deep-zoom tiles %s could not be unpacked: %s", archive.name, exc)
        return None
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def read_unpacked(folder: Path) -> Pyramid | None:
    """The descriptor of an unpacked pyramid, or None when there is none."""
    try:
        return _descriptor((folder / f"{TILES}.dzi").read_bytes())
    except (OSError, KeyError, ValueError, StopIteration, ET.ParseError):
        return None


def prune_unpacked(cache_dir: Path, keep: Iterable[str]) -> int:
    """Remove unpacked pyramids (and debris of interrupted unpacking) not in ``keep``."""
    root = cache_dir / UNPACKED
    wanted = set(keep)
    removed = 0
    try:
        folders = list(root.iterdir())
    except OSError:
        return 0
    for folder in folders:
        if folder.name in wanted or not (DIGEST.match(folder.name) or folder.name.endswith(".tmp")):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def archive_path(cache_dir: Path, digest: str) -> Path | None:
    """Where the tiles of a derivative set live; None for anything that is not a digest."""
    return cache_dir / f"{digest}.{TILES}.zip" if DIGEST.match(digest) else None


def digest_of(path: Path) -> str:
    return path.name.split(".", 1)[0]


def _descriptor(xml: bytes) -> Pyramid:
    root = ET.fromstring(xml)
    size = next(child for child in root if child.tag.endswith("Size"))
    return Pyramid(
        width=int(size.attrib["Width"]),
        height=int(size.attrib["Height"]),
        tile_size=int(root.attrib["TileSize"]),
        overlap=int(root.attrib["Overlap"]),
    )
