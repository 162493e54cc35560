"""A kiosk runs for months; every Python slot call must leave reference counts as it found them.

PySide6 6.12.0 released ``None`` once too often on each call of a Python slot. On Python 3.11,
where None is not immortal, that aborted the interpreter after a few thousand calls
("none_dealloc"). This runs far more calls than that in a subprocess, so an upgrade that brings
the bug back fails here instead of on an exhibit floor.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

app = QCoreApplication(sys.argv)

class Counter(QObject):
    poke = Signal()

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.timer = QTimer(self, interval=0)
        self.timer.timeout.connect(self.tick)
        self.poke.connect(self.tick)
        self.timer.start()

    @Slot()
    def tick(self):
        self.calls += 1

counter = Counter()
while counter.calls < 60000:
    QCoreApplication.processEvents()
    counter.poke.emit()
print("calls", counter.calls)
"""


def test_python_slots_do_not_leak_or_over_release_references() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "calls" in result.stdout
