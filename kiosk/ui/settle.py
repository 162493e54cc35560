"""Waiting until a screen has finished drawing: images decoded, transitions over."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtQuick import QQuickItem, QQuickWindow


def loading_images(root: QQuickItem) -> int:
    """Images still on their way. PySide cannot read an Image's ``status`` enum, so this reads
    ``progress``: a picture's URL is only handed out once its file exists, so below 1 means loading."""
    pending = 0
    stack = [root]
    while stack:
        item = stack.pop()
        if not isinstance(item, QQuickItem):  # a stale wrapper of an object deleted meanwhile
            continue
        if (
            item.isVisible()
            and item.inherits("QQuickImage")  # no metaObject() wrappers: they can outlive their objects
            and item.property("source").toString()
            and item.property("progress") < 1.0
        ):
            pending += 1
        stack.extend(item.childItems())
    return pending


def settle(window: QQuickWindow, minimum_s: float = 0.3, timeout_s: float = 20.0) -> bool:
    """Process events until no image is loading and at least ``minimum_s`` has passed."""
    start = time.monotonic()
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        elapsed = time.monotonic() - start
        if elapsed >= minimum_s and loading_images(window.contentItem()) == 0:
            QCoreApplication.processEvents()
            return True
        if elapsed > timeout_s:
            return False
        time.sleep(0.01)
