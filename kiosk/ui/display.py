"""Facts about the physical screen that the views need: rotation and physical size."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.ui.bridge import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "Display"]

MM_PER_INCH = 25.4


@QmlElement
@QmlSingleton
class Display(QObject):
    """Rotation is applied in QML (so touch input rotates with the picture).

    ``pixelsPerMm`` comes from the configured screen diagonal, not from the OS, which often does
    not know the size of a touch monitor; touch targets are sized from it.
    """

    changed = Signal()
    _instance: Display | None = None

    def __init__(
        self, rotation: int = 0, diagonal_inches: float = 32.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rotation = rotation
        self._diagonal = diagonal_inches
        self._pixels_per_mm = 1920 / (diagonal_inches * MM_PER_INCH * 16 / float(337**0.5))

    @staticmethod
    def create(_engine: object) -> Display:
        if Display._instance is None:
            Display._instance = Display()
        return Display._instance

    def configure(self, width_px: int, height_px: int) -> None:
        """Pixel density for the configured diagonal and the real pixel size of the screen."""
        long_px, short_px = max(width_px, height_px), min(width_px, height_px)
        diagonal_px = float((long_px**2 + short_px**2) ** 0.5)
        self._pixels_per_mm = float(diagonal_px / (self._diagonal * MM_PER_INCH))
        self.changed.emit()

    def _get_rotation(self) -> int:
        return self._rotation

    rotation = Property(int, _get_rotation, notify=changed)

    def _get_pixels_per_mm(self) -> float:
        return self._pixels_per_mm

    pixelsPerMm = Property(float, _get_pixels_per_mm, notify=changed)

    def _get_min_touch(self) -> int:
        """15 mm on this screen, and never under 44 px."""
        return int(max(44, round(15 * self._pixels_per_mm)))

    minTouch = Property(int, _get_min_touch, notify=changed)
