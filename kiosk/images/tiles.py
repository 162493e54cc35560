"""Reading deep-zoom tiles back out of the archives pyramid.py wrote. Pure Python: no Qt, no libvips.

The image provider's threads call :meth:`TileArchives.tile` concurrently. ``zipfile`` serialises
reads on an archive's shared file handle, and the tiles are stored uncompressed, so a read is a
seek and a copy of some 30-100 KB. Only a few archives are kept open (the photo on screen and its
neighbours); one whose reference is dropped closes when the last reader is done with it.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Final

from kiosk.images.spec import TILES, Pyramid, tile_name

DIGEST: Final = re.compile(r"^[0-9a-f]{32}$")
KEEP_OPEN: Final = 4


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


class TileArchives:
    """The few archives in use, opened on demand; thread-safe."""

    def __init__(self, keep_open: int = KEEP_OPEN) -> None:
        self._keep = keep_open
        self._open: OrderedDict[Path, TileArchive] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, path: Path) -> TileArchive | None:
        """The archive at ``path``, or None when it is missing or unreadable."""
        with self._lock:
            archive = self._open.get(path)
            if archive is not None:
                self._open.move_to_end(path)
                return archive
        try:
            archive = TileArchive(path)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, ET.ParseError):
            return None
        with self._lock:
            self._open[path] = archive
            while len(self._open) > self._keep:
                self._open.popitem(last=False)  # closed by the garbage collector once unused
        return archive

    def tile(self, path: Path, level: int, col: int, row: int) -> bytes | None:
        archive = self.get(path)
        if archive is None:
            return None
        try:
            return archive.tile(level, col, row)
        except (OSError, ValueError, zipfile.BadZipFile):
            return None

    def clear(self) -> None:
        with self._lock:
            self._open.clear()


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
