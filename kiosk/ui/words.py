"""Interface words the Python side puts on screen, translated through Qt's tooling.

Each call is written out in full so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def interface_words() -> dict[str, str]:
    return {
        # Pages of a source: "pp. 1-10", "S. 1-10", "1-10. o.", "第1-10页".
        "pp. %1": QCoreApplication.translate("Words", "pp. %1"),
    }
