"""Interface words the Python side puts on screen, translated through Qt's tooling.

Each call is written out literally so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def interface_words() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "side:soviet": tr("Words", "Soviet"),
        "side:german": tr("Words", "German"),
        "side:bulgarian": tr("Words", "Bulgarian"),
        "side:yugoslav": tr("Words", "Yugoslav Partisans"),
        "side:other": tr("Words", "Others"),
        "pp.": tr("Words", "pp."),
    }
