"""Save the whole X screen ($DISPLAY) as a PNG: ``python grab_screen.py OUT.png``.

The packaging test's screenshot tool (ImageMagick's ``import`` is not on every CI machine): the
root window grabbed through Qt's xcb platform, from the test environment's PySide6.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    ok = screen is not None and screen.grabWindow(0).save(sys.argv[1], "PNG")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
