"""Runs inside the frozen kiosk before its entry point: keep Qt to the bundle's own files.

PyInstaller's PySide6 hook already points QT_PLUGIN_PATH and QML2_IMPORT_PATH at the bundle. A
kiosk PC that also carries a system Qt (a KDE desktop, a distribution's Qt tools) may export
more Qt search paths; modules of another Qt version found there would be loaded into this one
and fail or crash. The trimmed bundle also lacks the platform themes such a desktop may ask for.
"""

import os

for _name in ("QML_IMPORT_PATH", "QT_QPA_PLATFORMTHEME", "QT_STYLE_OVERRIDE"):
    os.environ.pop(_name, None)
del _name
