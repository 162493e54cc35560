"""Facts about the physical screen that the views need: rotation and physical size."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject

__all__ = ["Display"]

MM_PER_INCH = 25.4


class Display(QObject):
    """Rotation is applied in QML (so touch input rotates with the picture).

    ``pixelsPerMm`` comes from the configured screen diagonal, not from the OS, which often does
    not know the size of a touch monitor; touch targets are sized from it.
    """

    def __init__(
        self, rotation: int = 0, diagonal_inches: float = 32.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rotation = rotation
        self._pixels_per_mm = 1920 / (diagonal_inches * MM_PER_INCH * 16 / float(337**0.5))

    @Property(int, constant=True)
    def rotation(self) -> int:
        return self._rotation

    @Property(float, constant=True)
    def pixelsPerMm(self) -> float:
        return self._pixels_per_mm

    @Property(int, constant=True)
    def minTouch(self) -> int:
        """15 mm on this screen, and never under 44 px."""
        return int(max(44, round(15 * self._pixels_per_mm)))
