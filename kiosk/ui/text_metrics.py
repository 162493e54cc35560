"""Text measured as Qt Quick draws it, for the map's label placement in the core: the same fonts
(the families the view hands in, Theme's), the same size, weight, slant and letter spacing, and
the same text layout (a ``Text`` is as wide as its line's natural width, as high as the line
rounded up to whole pixels)."""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QTextLayout

from kiosk.map.labels import TextStyle


class FontMeasure:
    """``measure(text, style) -> (width, height)``, the size a QML ``Text`` with that style takes."""

    def __init__(self, sans: str = "", serif: str = "") -> None:
        self.sans = sans
        self.serif = serif
        self._fonts: dict[TextStyle, QFont] = {}

    def use(self, sans: str, serif: str) -> bool:
        """Measure with these families from now on; True when they changed."""
        if (sans, serif) == (self.sans, self.serif):
            return False
        self.sans, self.serif = sans, serif
        self._fonts.clear()
        return True

    def font(self, style: TextStyle) -> QFont:
        font = self._fonts.get(style)
        if font is None:
            font = self._fonts[style] = QFont(self.serif if style.serif else self.sans)
            font.setPixelSize(style.size)
            font.setWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
            font.setItalic(style.italic)
            if style.spacing:
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, style.spacing)
        return font

    def __call__(self, text: str, style: TextStyle) -> tuple[float, float]:
        # Not QFontMetricsF.horizontalAdvance: a line's natural width also counts a last letter
        # leaning out of its advance (an italic "a"), as Qt Quick does.
        layout = QTextLayout(text, self.font(style))
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e6)
        layout.endLayout()
        return line.naturalTextWidth(), float(math.ceil(line.height()))
