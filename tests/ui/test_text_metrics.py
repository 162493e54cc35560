"""The map's labels are placed in the core with text measured here: the measure must be the size
QML really draws each name at, or names would overlap on the screen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFont
from PySide6.QtQuick import QQuickItem

from kiosk.map.labels import LabelStyles, TextStyle
from kiosk.testing.driver import items
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.settle import settle
from kiosk.ui.text_metrics import FontMeasure


def drawn_style(text: QQuickItem) -> TextStyle:
    font: QFont = text.property("font")
    return TextStyle(
        size=font.pixelSize(),
        bold=font.weight() >= QFont.Weight.Bold,
        italic=font.italic(),
        serif="Serif" in font.family(),
        spacing=font.letterSpacing(),
    )


def same_type(a: TextStyle, b: TextStyle) -> bool:
    """The same type; Qt keeps letter spacing to 1/64 of a pixel."""
    return replace(a, spacing=0) == replace(b, spacing=0) and abs(a.spacing - b.spacing) < 1 / 64


def map_texts(kiosk: Kiosk) -> list[QQuickItem]:
    canvas = next(i for i in items(kiosk.window) if i.objectName() == "mapCanvas")
    flick = next(c for c in canvas.childItems() if c.inherits("QQuickFlickable"))
    found = []
    stack = list(flick.childItems())
    while stack:
        item = stack.pop()
        stack.extend(item.childItems())
        if item.inherits("QQuickText") and item.isVisible() and item.property("text"):
            found.append(item)
    return found


@pytest.mark.parametrize(
    ("route", "language", "text_step"),
    [("map", "en", 0), ("place/kalemegdan", "en", 0), ("map", "sr", 3), ("place/zemun", "sr", 0)],
)
def test_the_measure_is_the_size_qml_draws(kiosk: Kiosk, route: str, language: str, text_step: int) -> None:
    kiosk.navigator.begin()
    kiosk.session.setLanguage(language)
    kiosk.session.textStep = text_step
    kiosk.navigator.go(route)
    settle(kiosk.window)
    view = kiosk.models.mapView("campaign" if route == "map" else "place")
    measure = FontMeasure(view.property("sansFamily"), view.property("serifFamily"))
    styles = LabelStyles(view.property("textSize"))
    texts = map_texts(kiosk)
    assert len(texts) >= 4
    if language == "sr":
        assert any("\u0400" <= ch <= "\u04ff" for t in texts for ch in t.property("text"))  # Cyrillic
    for text in texts:
        name = text.property("text")
        drawn = (text.property("implicitWidth"), text.property("implicitHeight"))
        style = drawn_style(text)
        assert measure(name, style) == pytest.approx(drawn, abs=0.01), (name, style)
        # The core measured each kind of name in the type QML draws it in; a place's name at its
        # widest (bold), since a chosen place is named in bold.
        core = [styles.water, styles.city, styles.area, styles.place]
        if style.bold or style.serif or style.spacing:
            assert any(same_type(style, c) for c in core), (name, style)
        else:
            assert style == TextStyle(styles.place.size), (name, style)
            assert measure(name, styles.place)[0] >= drawn[0]
