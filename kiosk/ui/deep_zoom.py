"""Which photos can be explored in deep zoom, and how: ``DeepZoom.describe(photoId, DeepZoom.revision)``.

One object for the whole kiosk (as Screens: nothing is instantiated from QML per photo). The
viewer asks for a photo's pyramid; the answer is empty until its tiles exist (a large scan may
still be being prepared), and ``revision`` changes each time a round of preparing ends, so the
viewer's binding asks again and deep zoom switches on by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from kiosk.ui.image_service import ImageService

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "DeepZoom"]


@QmlElement
@QmlSingleton
class DeepZoom(QObject):
    revisionChanged = Signal()
    _preparedElsewhere = Signal()  # emitted by the preparing thread; handled in the GUI thread
    _instance: DeepZoom | None = None

    def __init__(self, images: ImageService | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images = images
        self._revision = 0
        self._preparedElsewhere.connect(self._bump, Qt.ConnectionType.QueuedConnection)
        if images is not None:
            images.on_prepared(self._preparedElsewhere.emit)

    @staticmethod
    def create(_engine: object) -> DeepZoom:
        if DeepZoom._instance is None:
            DeepZoom._instance = DeepZoom()
        return DeepZoom._instance

    def _bump(self) -> None:
        self._revision += 1
        self.revisionChanged.emit()

    def _get_revision(self) -> int:
        return self._revision

    revision = Property(int, _get_revision, notify=revisionChanged)

    @Slot(str, int, result=dict)
    def describe(self, photoId: str, revision: int) -> dict[str, Any]:
        """The photo's tile pyramid for the viewer, or {} when it has none (yet)."""
        found = self._images.pyramid(photoId) if self._images is not None and photoId else None
        if found is None:
            return {}
        tile_set, pyramid = found
        return {
            "source": f"image://tiles/{tile_set}",
            "width": pyramid.width,
            "height": pyramid.height,
            "tileSize": pyramid.tile_size,
            "overlap": pyramid.overlap,
            "levels": pyramid.levels,
        }
