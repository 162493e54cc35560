"""Swapping the content folder under a running kiosk: good, half-copied, broken, good again."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.intake.staging import ContentStore, prepare_in
from kiosk.testing.driver import texts
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.content_watcher import ContentWatcher
from kiosk.ui.settle import settle
from tests.exhibits import build_mini
from tests.ui.conftest import close, start


@pytest.fixture
def setup(qapp: QGuiApplication, tmp_path: Path) -> Iterator[tuple[Kiosk, ContentWatcher, Path]]:
    source = build_mini(tmp_path / "curator-folder")
    store = ContentStore(tmp_path / "state" / "content")
    first = store.stage(source)
    assert first.ok, first.problems
    shown = store.promote(first)
    kiosk = start(shown, tmp_path / "cache")
    watcher = ContentWatcher(
        kiosk, store, source, prepare_in(kiosk.images.cache), settle_ms=50, poll_ms=600000
    )
    yield kiosk, watcher, source
    close(kiosk)


def check(kiosk: Kiosk, watcher: ContentWatcher, qtbot: Any) -> Any:
    with qtbot.waitSignal(watcher.staged, timeout=60000) as blocker:
        watcher.check_now()
    return blocker.args[0]


def home_title(kiosk: Kiosk) -> str:
    previous = kiosk.navigator.route
    kiosk.navigator.go("home")
    settle(kiosk.window)
    title = next(t for t in texts(kiosk.window) if t.startswith("Mini exhibit"))
    if previous != "home":
        kiosk.navigator.go(previous)
    return title


def retitle(source: Path, title: str) -> None:
    manifest = source / "exhibit.toml"
    text = manifest.read_text(encoding="utf-8")
    start = text.index("title = ")
    end = text.index("\n", start)
    manifest.write_text(text[:start] + f'title = {{ en = "{title}" }}' + text[end:], encoding="utf-8")


def test_good_half_copied_broken_good(setup: tuple[Kiosk, ContentWatcher, Path], qtbot: Any) -> None:
    kiosk, watcher, source = setup
    kiosk.navigator.begin()
    assert home_title(kiosk) == "Mini exhibit"

    # Half-copied: the manifest arrived, a photo it names has not, and a copy is still in flight.
    retitle(source, "Mini exhibit, half copied")
    photos = source / "text" / "photos.toml"
    photos.write_text(
        photos.read_text(encoding="utf-8")
        + '\n[[photo]]\nid = "late"\nfile = "photos/late.jpg"\ntitle = "Late"\ncaption = "x"\ncredit = "x"\n',
        encoding="utf-8",
    )
    (source / "photos" / "late.jpg.part").write_bytes(b"\xff\xd8\xff")
    result = check(kiosk, watcher, qtbot)
    assert not result.ok
    kiosk.navigator.toAttract()
    kiosk.navigator.begin()
    assert home_title(kiosk) == "Mini exhibit"

    # Broken: the manifest is not valid TOML.
    (source / "photos" / "late.jpg.part").unlink()
    (source / "exhibit.toml").write_text('format = 1\ntitle = { en = "oops"\n', encoding="utf-8")
    result = check(kiosk, watcher, qtbot)
    assert not result.ok
    kiosk.navigator.toAttract()
    kiosk.navigator.begin()
    assert home_title(kiosk) == "Mini exhibit"
    assert any("not valid TOML" in line for line in watcher.status().problems)

    # Good again, while a visitor is mid-visit: nothing changes under them.
    shutil.rmtree(source)
    build_mini(source)
    retitle(source, "Mini exhibit, second edition")
    kiosk.navigator.go("chapter/first")
    result = check(kiosk, watcher, qtbot)
    assert result.ok
    assert home_title(kiosk) == "Mini exhibit"
    assert kiosk.navigator.route == "chapter/first"

    # At the next return to the attract screen, the new content is switched in.
    with qtbot.waitSignal(watcher.swapped, timeout=5000):
        kiosk.navigator.toAttract()
    kiosk.navigator.begin()
    assert home_title(kiosk) == "Mini exhibit, second edition"


def test_rollback_returns_to_the_previous_content(
    setup: tuple[Kiosk, ContentWatcher, Path], qtbot: Any
) -> None:
    kiosk, watcher, source = setup
    retitle(source, "Mini exhibit, revised")
    assert check(kiosk, watcher, qtbot).ok
    kiosk.navigator.toAttract()
    kiosk.navigator.begin()
    assert home_title(kiosk) == "Mini exhibit, revised"
    assert watcher.rollback().startswith("Went back")
    assert home_title(kiosk) == "Mini exhibit"
