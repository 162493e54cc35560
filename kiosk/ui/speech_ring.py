"""Where a reading item is on screen: to draw the focus ring around it, to find what is under a
finger, to bring an item into view and to press a button for the visitor.

An item is found by its tag (``objectName: "speech:<key>"``, set by the shared components:
link chips, list rows, timeline cards, text blocks), else by what the screen shows for it: a
control whose accessible name is the item's label, else a text that reads the same (a text inside
a control or a tagged item belongs to that, not to a reading item of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Q_ARG, QMetaObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.speech.reading import ReadingItem, Role, plain
from kiosk.speech.texts import speech_text
from kiosk.ui.speech_live import shown, walk

TAG = "speech:"
_CONTROLS = ("QQuickAbstractButton", "QQuickSlider", "QQuickMouseArea")
_LIST_VIEWS = ("QQuickListView", "QQuickGridView")
_CONTAIN = 4  # ListView.Contain / GridView.Contain: move the view only as far as needed


def accessible_name(item: QQuickItem) -> str:
    face = QAccessible.queryAccessibleInterface(item)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def is_text(item: QQuickItem) -> bool:
    return item.metaObject().className().startswith("QQuickText")


def is_control(item: QQuickItem) -> bool:
    return any(item.inherits(name) for name in _CONTROLS)


def text_of(item: QQuickItem) -> str:
    return plain(str(item.property("text") or "")).removeprefix("•").strip()


def _owned(item: QQuickItem, stop: QQuickItem) -> bool:
    """Whether a text belongs to a control or a tagged item around it (which is read instead)."""
    probe = item.parentItem()
    while probe is not None and probe is not stop:
        if probe.objectName().startswith(TAG) or (is_control(probe) and accessible_name(probe)):
            return True
        probe = probe.parentItem()
    return False


@dataclass
class Scan:
    """One pass over the items showing: tagged ones, named controls, texts that are not a control's."""

    tags: dict[str, list[QQuickItem]]
    named: list[tuple[QQuickItem, str]]
    texts: list[tuple[QQuickItem, str]]

    @classmethod
    def of(cls, window: QQuickWindow, point: QPointF | None = None) -> Scan:
        """The items showing; with ``point``, only those under it (a touch needs no others, and
        asking every item for its accessible name is most of a scan's time)."""
        tags: dict[str, list[QQuickItem]] = {}
        named: list[tuple[QQuickItem, str]] = []
        texts: list[tuple[QQuickItem, str]] = []
        root = window.contentItem()
        for item in walk(root):
            if point is not None and not Screen.scene_rect(item).contains(point):
                continue
            if not shown(item):
                continue
            name = item.objectName()
            if name.startswith(TAG):
                tags.setdefault(name.removeprefix(TAG), []).append(item)
            if is_text(item):
                if not _owned(item, root):
                    texts.append((item, speech_text(text_of(item)).casefold()))
            else:
                label = accessible_name(item)
                if label:
                    named.append((item, speech_text(label).casefold()))
        return cls(tags, named, texts)


class Screen:
    """The items of a window, for one reading order."""

    def __init__(self, window: QQuickWindow) -> None:
        self.window = window

    def locate(self, reading: ReadingItem, scan: Scan | None = None) -> QQuickItem | None:
        """The item on screen that shows ``reading``, or None (e.g. a summary of the map's key)."""
        scan = scan or Scan.of(self.window)
        tagged = scan.tags.get(reading.key)
        if tagged:
            return self._best(tagged)
        if not reading.label:
            return None
        label = speech_text(reading.label).casefold()
        named = [item for item, name in scan.named if name == label]
        if named and reading.role not in (Role.HEADING, Role.TEXT):
            return self._best(named)
        texts = [item for item, text in scan.texts if text == label]
        if texts:
            return self._best(texts)
        return self._best(named) if named else None

    def _best(self, candidates: Sequence[QQuickItem]) -> QQuickItem:
        """The first one in view, else the first."""
        return next((c for c in candidates if self.in_view(c)), candidates[0])

    def in_view(self, item: QQuickItem) -> bool:
        rect = self.scene_rect(item)
        probe = item.parentItem()
        while probe is not None:
            if probe.clip() and not self.scene_rect(probe).intersects(rect):
                return False
            probe = probe.parentItem()
        bounds = QRectF(0, 0, self.window.width(), self.window.height())
        return bounds.intersects(rect)

    @staticmethod
    def scene_rect(item: QQuickItem) -> QRectF:
        return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))

    def at(self, point: QPointF, order: Sequence[ReadingItem]) -> ReadingItem | None:
        """The reading item under a point of the window: the smallest one found there."""
        scan = Scan.of(self.window, point)
        best: tuple[float, ReadingItem] | None = None
        for reading in order:
            found = self.locate(reading, scan)
            if found is None or not self.in_view(found):
                continue
            rect = self.scene_rect(found)
            if rect.contains(point):
                area = rect.width() * rect.height()
                if best is None or area < best[0]:
                    best = (area, reading)
        return best[1] if best is not None else None

    def bring_into_view(self, reading: ReadingItem) -> QQuickItem | None:
        """Scroll the lists around an item so that it shows; None when it is not on this screen."""
        item = self.locate(reading)
        if item is None and reading.index >= 0:
            views = (i for i in walk(self.window.contentItem()) if any(i.inherits(v) for v in _LIST_VIEWS))
            view = next((v for v in views if shown(v)), None)
            if view is not None:
                QMetaObject.invokeMethod(
                    view,
                    "positionViewAtIndex",
                    Qt.ConnectionType.DirectConnection,
                    Q_ARG(int, reading.index),
                    Q_ARG(int, _CONTAIN),
                )
                item = self.locate(reading)
        if item is not None and not self.in_view(item):
            _scroll_to(item)
        return item

    def press(self, reading: ReadingItem) -> bool:
        """Press the control that shows ``reading``, as a finger would; False when there is none."""
        item = self.bring_into_view(reading)
        while item is not None and not is_control(item):
            item = item.parentItem()
        if item is None or not shiboken6.isValid(item):
            return False
        return bool(QMetaObject.invokeMethod(item, "clicked", Qt.ConnectionType.DirectConnection))


def _scroll_to(item: QQuickItem) -> None:
    """Move each scrolling area around ``item`` just far enough to show it."""
    probe = item.parentItem()
    while probe is not None:
        if probe.inherits("QQuickFlickable"):
            content = probe.property("contentItem")
            if isinstance(content, QQuickItem):
                rect = item.mapRectToItem(content, QRectF(0, 0, item.width(), item.height()))
                for axis, start, size, view in (
                    ("contentY", rect.top(), rect.height(), probe.height()),
                    ("contentX", rect.left(), rect.width(), probe.width()),
                ):
                    now = float(probe.property(axis))
                    if start < now or start + size > now + view:
                        extent = "contentHeight" if axis == "contentY" else "contentWidth"
                        limit = max(0.0, float(probe.property(extent)) - view)
                        target = start - view * 0.2 if size < view * 0.6 else start
                        probe.setProperty(axis, max(0.0, min(limit, target)))
        probe = probe.parentItem()
