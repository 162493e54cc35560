"""Whether what a screen shows fits: labels cut short or cut off, labels and buttons on top of each
other. Measured on the running item tree (geometry, not pixels), for the tests that run every
interface language at the largest text size (tests/ui/test_labels_fit.py).

A text is looked at where a visitor could see it: a part scrolled out of a list or page is not
cut (scrolling brings it back), a part outside a clipping item that does not scroll, or outside
the window, is. An *interface label* (a string of the interface, in any of its translations) must
never be shortened with "…"; an exhibit's own text may be, where the design says so (a summary
of two lines in a list).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.content.bidi import plain
from kiosk.ui.settle import loading_images

CATALOGUE = Path(__file__).resolve().parents[1] / "ui" / "i18n" / "catalogue.json"
SLACK = 1.0  # pixels of rounding allowed at every edge
COUNTS = (0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 111)  # one of each plural category


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def painted_rect(text: QQuickItem) -> QRectF:
    """Where a text item's letters are (its box may be wider or narrower than its words)."""
    return text.mapRectToScene(text.boundingRect())


def is_text(item: QQuickItem) -> bool:
    return item.inherits("QQuickText")


def is_button(item: QQuickItem) -> bool:
    return item.inherits("QQuickAbstractButton")


def subtree(root: QQuickItem, skip: set[int] | None = None) -> Iterator[QQuickItem]:
    """The visible items under ``root`` (with it), leaving out those under the items in ``skip``
    (given by ``id()``)."""
    stack = [root]
    while stack:
        item = stack.pop()
        if not item.isVisible() or (skip and id(item) in skip):
            continue
        yield item
        stack.extend(item.childItems())


def inside(inner: QRectF, outer: QRectF) -> bool:
    return (
        inner.left() >= outer.left() - SLACK
        and inner.right() <= outer.right() + SLACK
        and inner.top() >= outer.top() - SLACK
        and inner.bottom() <= outer.bottom() + SLACK
    )


def meets(a: QRectF, b: QRectF) -> bool:
    """Whether two rectangles overlap by more than the slack in both directions."""
    both = a.intersected(b)
    return both.width() > 2 * SLACK and both.height() > 2 * SLACK


def _key(text: str) -> str:
    """A text as compared with the interface's strings: without direction marks, case or accents
    (a heading in capitals reads "ΦΩΤΟΓΡΑΦΙΕΣ" for "Φωτογραφίες")."""
    folded = unicodedata.normalize("NFD", plain(text).casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


class InterfaceLabels:
    """The interface's strings in the language Qt translates into now, as patterns a label on
    screen is matched against (``%1`` stands for any value, a count for any number)."""

    def __init__(self, catalogue: Path = CATALOGUE) -> None:
        messages = json.loads(catalogue.read_text(encoding="utf-8"))["messages"]
        forms: set[str] = set()
        for m in messages:
            if m["numerus"]:
                for n in COUNTS:
                    text = QCoreApplication.translate(m["context"], m["source"], None, n)
                    forms.add(_key(text).replace(str(n), "\0"))
            else:
                forms.add(_key(QCoreApplication.translate(m["context"], m["source"])))
        patterns = []
        for form in forms:
            # A format that is nearly all values ("%1 de %2") would match any text on screen.
            if len(re.sub(r"%\d|\0|\W", "", form)) < 4 and "%" in form:
                continue
            if not form:
                continue
            escaped = re.escape(form).replace("\0", r"[\d\s.,]+")
            patterns.append(re.sub(r"%\d", ".+", escaped))
        self._pattern = re.compile("|".join(f"(?:{p})" for p in sorted(patterns)), re.S)

    def __contains__(self, text: str) -> bool:
        return self._pattern.fullmatch(_key(text)) is not None


@dataclass(frozen=True)
class Seen:
    """An item as a visitor sees it: where, and in what it scrolls."""

    item: QQuickItem
    rect: QRectF  # its letters (a text) or its box (a button), in the scene
    view: QRectF  # the part of the scene it can be seen in (its scrolling area, or the window)
    area: str  # "the screen", or the scrolling area it is in
    scroll_x: bool  # whether that area scrolls sideways (what lies beyond it is scrolled away)
    scroll_y: bool  # whether it scrolls up and down
    clip: QRectF | None  # the clipping items between it and its scrolling area, which do not scroll

    @property
    def shown(self) -> QRectF:
        return self.rect.intersected(self.view)

    def label(self) -> str:
        text = self.item.property("text")
        name = self.item.metaObject().className().split("_QML")[0]
        return f"{name} {plain(str(text))!r}" if text else name


def _seen(item: QQuickItem, window_rect: QRectF, rect: QRectF) -> Seen:
    clip: QRectF | None = None
    probe = item.parentItem()
    while probe is not None:
        if probe.inherits("QQuickFlickable"):
            # An axis scrolls only where there is more content than room (a list of buttons in a
            # row scrolls sideways; a button too tall for it is cut, not scrolled).
            sx = float(probe.property("contentWidth")) > probe.width() + SLACK
            sy = float(probe.property("contentHeight")) > probe.height() + SLACK
            view = scene_rect(probe).intersected(window_rect)
            return Seen(item, rect, view, "the area it scrolls in", sx, sy, clip)
        if probe.clip():
            box = scene_rect(probe)
            clip = box if clip is None else clip.intersected(box)
        probe = probe.parentItem()
    return Seen(item, rect, window_rect, "the screen", False, False, clip)


def _cut(s: Seen) -> list[str]:
    """A label or button that a clipping item or the edge of its area cuts (where it cannot scroll)."""
    if s.clip is not None and not inside(s.rect, s.clip):
        return [f"{s.label()} is cut off by the item that holds it"]
    r, v = s.rect, s.view
    off_x = r.left() < v.left() - SLACK or r.right() > v.right() + SLACK
    off_y = r.top() < v.top() - SLACK or r.bottom() > v.bottom() + SLACK
    if (off_x and not s.scroll_x) or (off_y and not s.scroll_y):
        return [f"{s.label()} runs out of {s.area}"]
    return []


def _is_ancestor(a: QQuickItem, b: QQuickItem) -> bool:
    probe = b.parentItem()
    while probe is not None:
        if probe is a:
            return True
        probe = probe.parentItem()
    return False


def problems(
    root: QQuickItem, window_rect: QRectF, interface: InterfaceLabels, skip: Iterable[QQuickItem] = ()
) -> list[str]:
    """Every label under ``root`` that is cut short, cut off or runs out of its box or off the
    screen, and every two labels or buttons on top of each other. What lies under ``skip`` is left
    alone (a map's own names: the map's label engine places them, and tests them)."""
    found: list[str] = []
    seen: list[Seen] = []
    for item in subtree(root, set(map(id, skip))):
        if is_text(item) and plain(str(item.property("text") or "")).strip():
            s = _seen(item, window_rect, painted_rect(item))
            if not meets(s.rect, s.view) and not s.rect.isEmpty():
                continue  # scrolled out of view
            found.extend(_text_problems(s, interface))
        elif is_button(item):
            s = _seen(item, window_rect, scene_rect(item))
            if not meets(s.rect, s.view):
                continue
            found.extend(_cut(s))
        else:
            continue
        seen.append(s)
    found.extend(_overlaps(seen))
    return found


def _text_problems(s: Seen, interface: InterfaceLabels) -> list[str]:
    item, out = s.item, []
    width, height = item.width(), item.height()
    content_w = float(item.property("contentWidth") or 0)
    content_h = float(item.property("contentHeight") or 0)
    if width > 0 and content_w > width + SLACK:
        out.append(f"{s.label()} is {content_w:.0f} px wide in a box of {width:.0f}")
    if height > 0 and content_h > height + SLACK:
        out.append(f"{s.label()} is {content_h:.0f} px tall in a box of {height:.0f}")
    if item.property("truncated") and str(item.property("text")) and str(item.property("text")) in interface:
        out.append(f"{s.label()} is cut short")
    return out + _cut(s)


def _overlaps(seen: list[Seen]) -> list[str]:
    out = []
    ordered = sorted(seen, key=lambda s: s.shown.top())
    for i, a in enumerate(ordered):
        ra = a.shown
        for b in ordered[i + 1 :]:
            rb = b.shown
            if rb.top() >= ra.bottom() - SLACK:
                break
            if meets(ra, rb) and not _is_ancestor(a.item, b.item) and not _is_ancestor(b.item, a.item):
                if _scrolls_out_from_under_corner(a, b) or _scrolls_out_from_under_corner(b, a):
                    continue
                out.append(f"{a.label()} and {b.label()} overlap")
    return out


def _in_speech_corner(item: QQuickItem) -> bool:
    probe: QQuickItem | None = item
    while probe is not None:
        if probe.objectName() == "speechCorner":
            return True
        probe = probe.parentItem()
    return False


def _scrolls_out_from_under_corner(corner: Seen, other: Seen) -> bool:
    """Speech mode's marked corner lies over every screen's lower-left corner; what scrolls up and
    down under it is moved out from under it by the visitor (fixed controls must keep clear)."""
    if not _in_speech_corner(corner.item):
        return False
    probe = other.item.parentItem()
    while probe is not None:  # any area around it that scrolls up and down (a row of chips in a panel)
        scrolls = float(probe.property("contentHeight") or 0) > probe.height() + SLACK
        if probe.inherits("QQuickFlickable") and scrolls:
            return True
        probe = probe.parentItem()
    return False


# --- driving a kiosk through its screens ---------------------------------------------------------
def items_of(root: QQuickItem) -> Iterator[QQuickItem]:
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.childItems())


def find(root: QQuickItem, qml_type: str, **props: object) -> list[QQuickItem]:
    """The visible items of a QML type (``KButton``, ``EventCard``) under ``root`` whose
    properties have the given values, in tree order."""
    return [
        i
        for i in items_of(root)
        if i.isVisible()
        and i.metaObject().className().split("_QML")[0] == qml_type
        and all(i.property(k) == v for k, v in props.items())
    ]


def draw(window: QQuickWindow, timeout_s: float = 30.0) -> None:
    """Lay the window out as it will be shown: its images decoded (they size what holds them),
    then a frame drawn, which runs every pending layout pass. Waits on conditions, not on time
    (the timeout only ends a wait that would never end)."""
    end = time.monotonic() + timeout_s
    while loading_images(window.contentItem()) and time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    QCoreApplication.processEvents()
    window.grabWindow()  # polishes the items (Rows, Columns, lists) and draws
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.grabWindow()  # a second pass for what the first one resized
