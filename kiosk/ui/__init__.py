"""The Qt bridge: view models, list models and services QML uses (docs/architecture.md)."""

import PySide6

from kiosk import heap

# Before any of the bridge's modules (and what they import) is read: PySide6 would otherwise keep
# the source of every one of them in memory for good (kiosk/heap.py, about 10 MiB).
heap.forget_module_sources()
del PySide6
