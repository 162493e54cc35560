"""Lay out and draw a line of every shipped script with the kiosk's fonts, in its own process.

Run by tests/ui/test_fonts.py with ``FONTCONFIG_FILE`` pointing at a font configuration that holds
no system fonts, or only DejaVu (whose oblique face has no Arabic: the trap that turned italic
Arabic into boxes), so that what is checked is what the kiosk's own fonts do on a bare machine.

    python tests/ui/font_probe.py OUT.json [SCENE.png]

Writes, for every (family, style, script): the families Qt drew the glyphs with, whether any glyph
is the missing-glyph box (glyph index 0), and whether the italic drawing equals the upright one.
With SCENE.png it also renders a small QML scene of the same lines for a person to look at.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QPointF, QUrl
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QTextLayout
from PySide6.QtQuick import QQuickView

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.ui.fonts import SANS, SERIF, families_for, load_fonts  # noqa: E402

SAMPLES = {
    "latin": "Ærzte, Čačak, Şişli, Łódź",
    "cyrillic": "Београд, Україна, България",
    "greek": "Ελληνικά Μουσεία",
    "arabic": "متحف بلغراد ١٩٤٤",
    "hebrew": "מוזיאון העיר",
    "han-sc": "北京博物馆",
    "japanese": "東京の美術館です",
    "korean": "서울 역사 박물관",
}
STYLES = {  # (bold, italic)
    "regular": (False, False),
    "bold": (True, False),
    "italic": (False, True),
    "bold-italic": (True, True),
}


def font(family: str, bold: bool, italic: bool) -> QFont:
    f = QFont(family)
    f.setPixelSize(32)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def layout(text: str, f: QFont) -> QTextLayout:
    lay = QTextLayout(text, f)
    lay.beginLayout()
    lay.createLine()
    lay.endLayout()
    return lay


def draw(text: str, f: QFont) -> QImage:
    image = QImage(900, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    layout(text, f).draw(painter, QPointF(4, 8))
    painter.end()
    return image


def probe(families: list[str]) -> list[dict[str, object]]:
    results = []
    for family in families:
        for style, (bold, italic) in STYLES.items():
            for script, text in SAMPLES.items():
                f = font(family, bold, italic)
                runs = layout(text, f).glyphRuns()
                drawn = draw(text, f)
                upright = draw(text, font(family, bold, False))
                results.append(
                    {
                        "family": family,
                        "style": style,
                        "script": script,
                        "drawn_with": sorted({r.rawFont().familyName() for r in runs}),
                        "boxes": sum(list(r.glyphIndexes()).count(0) for r in runs),
                        "same_as_upright": drawn == upright,
                    }
                )
    return results


SHORT = "Ab Čš · Бг Ђђ · Ελλάδα · متحف · מוזיאון · 中文 · 日本語 · 한국어"


def scene(png: Path) -> None:
    rows = [
        {"family": fam, "bold": b, "italic": i, "text": f"{label} {name}:  {SHORT}"}
        for fam, label in ((SERIF, "Serif"), (SANS, "Sans"), (families_for("ja").sans, "CJK (ja)"))
        for name, (b, i) in STYLES.items()
    ]
    qml = png.with_suffix(".qml")
    qml.write_text(
        "import QtQuick\n"
        'Rectangle { width: 1500; height: 1000; color: "#15120e"\n'
        " Column { x: 24; y: 20; spacing: 12\n"
        f"  Repeater {{ model: {json.dumps(rows, ensure_ascii=False)}\n"
        '   delegate: Text { required property var modelData; color: "#f2ebdf"; font.pixelSize: 34\n'
        "    font.family: modelData.family; font.bold: modelData.bold; font.italic: modelData.italic\n"
        "    text: modelData.text } } } }\n",
        encoding="utf-8",
    )
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(qml)))
    view.show()
    for _ in range(5):
        QGuiApplication.processEvents()
    view.grabWindow().save(str(png))
    qml.unlink()


def main() -> int:
    app = QGuiApplication(sys.argv)
    load_fonts(extra=Path(os.environ.get("KIOSK_PROBE_EXTRA_FONTS", "/nonexistent")))
    families = [SANS, SERIF, families_for("ja").sans, families_for("ko").sans, families_for("zh-Hans").sans]
    Path(sys.argv[1]).write_text(json.dumps(probe(families), ensure_ascii=False, indent=1), encoding="utf-8")
    if len(sys.argv) > 2:
        scene(Path(sys.argv[2]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
