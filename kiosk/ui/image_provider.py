"""Serves ``image://derived/<photo id>/<thumb|screen>`` from the app's own derivative copies.

QML never reads a curator's file: only the JPEGs the derivative pipeline wrote. Requests run on
Qt's image-loading threads, so waiting here for a derivative still being made never blocks the UI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

Resolver = Callable[[str, str], Path | None]


class DerivedImageProvider(QQuickImageProvider):
    def __init__(self, resolve: Resolver) -> None:
        super().__init__(
            QQuickImageProvider.ImageType.Image, QQuickImageProvider.Flag.ForceAsynchronousImageLoading
        )
        self._resolve = resolve

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:
        parts = id.split("/")  # <content revision>/<photo id>/<variant>
        photo_id, variant = (parts[-2], parts[-1]) if len(parts) >= 2 else (parts[0], "screen")
        path = self._resolve(photo_id, variant)
        image = QImage(str(path)) if path is not None else QImage()
        if image.isNull():
            image = unavailable_plate(requestedSize)
        if requestedSize.isValid() and (
            image.width() > requestedSize.width() > 0 or image.height() > requestedSize.height() > 0
        ):
            bound = QSize(
                requestedSize.width() if requestedSize.width() > 0 else image.width(),
                requestedSize.height() if requestedSize.height() > 0 else image.height(),
            )
            image = image.scaled(
                bound, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image


def unavailable_plate(requested: QSize) -> QImage:
    """A quiet, neutral plate: the picture could not be prepared (the log says why)."""
    width = requested.width() if requested.width() > 0 else 480
    image = QImage(width, width * 2 // 3, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e271f"))
    painter = QPainter(image)
    painter.setPen(QColor("#6b5f50"))
    painter.drawRect(image.rect().adjusted(8, 8, -9, -9))
    painter.end()
    return image
