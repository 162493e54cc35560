"""Interface words the Python side puts on screen, translated through Qt's tooling.

Each call is written out in full so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def interface_words() -> dict[str, str]:
    return {
        "pp.": QCoreApplication.translate("Words", "pp."),
    }
