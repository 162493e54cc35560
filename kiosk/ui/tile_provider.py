"""Serves ``image://tiles/<tile set>/<level>/<col>_<row>``: one deep-zoom tile of a photo.

The tile set is the digest of the photo's derivatives (see ImageService.pyramid), so a URL names
exactly one content and Qt's image cache can never show a tile of a replaced photo. Tiles come
from the archives the app made; the request never reaches a curator's file.

Never an empty frame: a tile that cannot be read (the content was swapped under the view) comes
back transparent, so the coarser level underneath keeps showing that part of the picture.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

TileReader = Callable[[str, int, int, int], bytes | None]
_BLANK_SIDE = 512


class TileImageProvider(QQuickImageProvider):
    def __init__(self, read: TileReader) -> None:
        super().__init__(
            QQuickImageProvider.ImageType.Image, QQuickImageProvider.Flag.ForceAsynchronousImageLoading
        )
        self._read = read

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:
        image = QImage()
        parsed = parse_tile_id(id)
        if parsed is not None:
            data = self._read(*parsed)
            if data is not None:
                image = QImage.fromData(data)
        if image.isNull():
            log.info("deep-zoom tile %s is not available", id)
            image = QImage(_BLANK_SIDE, _BLANK_SIDE, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image


def parse_tile_id(tile_id: str) -> tuple[str, int, int, int] | None:
    """(tile set, level, col, row) from ``<tile set>/<level>/<col>_<row>``, or None."""
    parts = tile_id.split("/")
    if len(parts) != 3:
        return None
    col, _, row = parts[2].partition("_")
    try:
        level, c, r = int(parts[1]), int(col), int(row)
    except ValueError:
        return None
    if min(level, c, r) < 0:
        return None
    return parts[0], level, c, r
