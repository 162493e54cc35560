"""Which photos can be explored in deep zoom, and how: ``DeepZoom.describe(photoId, DeepZoom.revision)``.

One object for the whole kiosk (as Screens: nothing is instantiated from QML per photo). The
viewer asks for a photo's pyramid; the answer is empty until its tiles exist (a large scan may
still be being prepared), and ``revision`` changes each time a round of preparing ends, so the
viewer's binding asks again and deep zoom switches on by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Qt, QUrl, Signal, Slot

from kiosk.images.spec import TILES
from kiosk.ui.image_service import ImageService

__all__ = ["DeepZoom"]


class DeepZoom(QObject):
    revisionChanged = Signal()
    _preparedElsewhere = Signal()  # emitted by the preparing thread; handled in the GUI thread

    def __init__(self, images: ImageService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images = images
        self._revision = 0
        self._preparedElsewhere.connect(self._bump, Qt.ConnectionType.QueuedConnection)
        images.on_prepared(self._preparedElsewhere.emit)

    def _bump(self) -> None:
        self._revision += 1
        self.revisionChanged.emit()

    @Property(int, notify=revisionChanged)
    def revision(self) -> int:
        return self._revision

    @Slot(str, int, result=dict)
    def describe(self, photoId: str, revision: int) -> dict[str, Any]:
        """The photo's tile pyramid for the viewer, or {} when it has none (yet)."""
        found = self._images.pyramid(photoId) if photoId else None
        if found is None:
            return {}
        folder, pyramid = found
        return {
            # Plain files in the app's cache, opened by Qt's own reader: "<source>/<level>/<col>_<row>.jpg".
            "source": QUrl.fromLocalFile(str(folder / f"{TILES}_files")).toString(),
            "width": pyramid.width,
            "height": pyramid.height,
            "tileSize": pyramid.tile_size,
            "overlap": pyramid.overlap,
            "levels": pyramid.levels,
        }
