"""The first frame: a picture of the attract screen, shown before the kiosk is built, then handed
over to the live attract screen (kiosk/ui/first_frame.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.screens.routes import Route
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.first_frame import (
    FILE_NAME,
    PICTURE_NAME,
    VERSION,
    FirstFrameKeeper,
    HandOver,
    read_start,
    show_first_frame,
)


def picture(folder: Path, colour: str = "#336699") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(folder / PICTURE_NAME))
    (folder / FILE_NAME).write_text(json.dumps({"version": VERSION, "screen": 1}))
    return folder / FILE_NAME


def test_what_the_first_frame_shows_is_read_back(tmp_path: Path) -> None:
    start = picture(tmp_path)
    assert read_start(start) == {"screen": 1, "picture": tmp_path / PICTURE_NAME}


def test_a_missing_damaged_or_older_file_shows_a_black_first_frame(tmp_path: Path) -> None:
    assert read_start(tmp_path / FILE_NAME) == {}
    (tmp_path / FILE_NAME).write_text("{not json")
    assert read_start(tmp_path / FILE_NAME) == {}
    (tmp_path / FILE_NAME).write_text(json.dumps({"version": VERSION + 1, "screen": 0}))
    assert read_start(tmp_path / FILE_NAME) == {}


def test_the_file_cannot_point_the_first_frame_at_another_picture(tmp_path: Path) -> None:
    elsewhere = tmp_path / "curator.jpg"
    (tmp_path / FILE_NAME).write_text(
        json.dumps({"version": VERSION, "screen": "two", "picture": str(elsewhere)})
    )
    assert read_start(tmp_path / FILE_NAME) == {"screen": None, "picture": tmp_path / PICTURE_NAME}


def test_the_picture_is_drawn_before_anything_else_is_built(qapp: object, tmp_path: Path) -> None:
    first = show_first_frame(picture(tmp_path), None, True, (320, 180))
    try:
        assert first.drawn and first.isVisible()
        assert first.screen_index == 1  # the screen the kiosk filled last time
    finally:
        first.forget()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_live_attract_screen_takes_over_and_a_touch_on_the_picture_begins_the_visit(
    kiosk: Kiosk, tmp_path: Path, qtbot: QtBot
) -> None:
    first = show_first_frame(picture(tmp_path / "state"), None, True, (320, 180))
    first.touched = True  # as a visitor's touch on the picture leaves it
    hand_over = HandOver(first, kiosk.window, kiosk.navigator.begin)
    with qtbot.waitSignal(hand_over.finished):
        kiosk.window.update()
    assert hand_over.done and kiosk.navigator.current.screen == "home"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)  # closed and deleted: its memory goes back


def test_the_picture_is_taken_on_the_attract_screen_never_during_a_visit(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    start = tmp_path / "state" / FILE_NAME
    keeper = FirstFrameKeeper(start, 2, kiosk.window, kiosk.navigator, kiosk.context)
    kiosk.navigator.show(Route.parse("home"))
    assert not keeper.capture() and not start.exists()
    kiosk.navigator.toAttract()
    assert keeper.capture()
    taken = QImage(str(start.with_name(PICTURE_NAME)))
    assert (taken.width(), taken.height()) == (kiosk.window.width(), kiosk.window.height())
    assert read_start(start)["screen"] == 2


def test_the_first_frame_needs_neither_qml_nor_the_kiosk() -> None:
    """What kiosk/cli.py imports before the picture is on screen."""
    code = (
        "import sys, kiosk.cli, kiosk.ops.paths, kiosk.ui.first_frame; "
        "print(sorted(m for m in sys.modules if m.startswith(('kiosk.ui.bootstrap', 'kiosk.content', "
        "'pydantic', 'PySide6.QtQml', 'PySide6.QtQuick', 'babel', 'PIL'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
