"""The interface in the visitor's language: shipped translation, English underneath, museum's
wording on top, and the right file for every script variant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.content.languages import INTERFACE_LANGUAGES, file_name
from kiosk.content.loader import load
from kiosk.testing.driver import texts
from kiosk.ui import context
from kiosk.ui.bootstrap import Kiosk
from kiosk.ui.translations import I18N_DIR, Translations, available, load_translator
from tests.exhibits import build_mini
from tests.ui.conftest import close, start

GERMAN = (
    '"Touch to begin" = "Bildschirm berühren"\n'
    '"%n place(s) on the map" = { one = "%n Ort auf der Karte", other = "%n Orte auf der Karte" }\n'
    '"Home" = "<b>Start</b>"\n'  # refused by the check: plain text only
)


def tr(context_name: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context_name, text, None, n)


def folder_with(tmp_path: Path, languages: str, wording: dict[str, str]) -> Path:
    root = build_mini(tmp_path / "mini")
    manifest = root / "exhibit.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('languages = ["en", "sr"]', f"languages = {languages}"),
        encoding="utf-8",
    )
    (root / "interface").mkdir()
    for lang, text in wording.items():
        (root / "interface" / f"{lang}.toml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def translations(qapp: QGuiApplication, tmp_path: Path) -> Iterator[Translations]:
    # Finnish: a language an exhibit may offer that has no interface translation at all.
    root = folder_with(tmp_path, '["en", "sr", "de", "sr-Latn", "fi"]', {"de": GERMAN})
    exhibit = load(root).exhibit
    assert exhibit is not None
    t = Translations(exhibit.languages, context.AppContext(exhibit, root))
    yield t
    t.switch("en")


def test_every_interface_language_has_its_files() -> None:
    names = available()
    assert names == sorted(file_name(tag) for tag in INTERFACE_LANGUAGES)
    assert (I18N_DIR / "kiosk_sr_Latn.ts").read_text(encoding="utf-8").count('language="sr_Latn"') == 1
    assert 'language="zh_Hans"' in (I18N_DIR / "kiosk_zh_Hans.ts").read_text(encoding="utf-8")


def test_a_script_variant_loads_its_own_file_never_another_scripts(qapp: QGuiApplication) -> None:
    serbian = load_translator("sr")
    assert serbian is not None and serbian.translate("NavBar", "Home") == "Почетак"
    latin = load_translator("sr-Latn-ME")
    assert latin is not None and latin.filePath().endswith("kiosk_sr_Latn.qm")
    chinese = load_translator("zh")
    assert chinese is not None and chinese.filePath().endswith("kiosk_zh_Hans.qm")
    assert load_translator("zh-TW") is None  # Traditional is not served by Simplified
    assert load_translator("fo") is None


def test_counts_read_naturally_even_without_a_translation(translations: Translations) -> None:
    translations.switch("fi")  # no interface translation: English, with English plurals
    assert tr("HomeScreen", "%n chapter(s) to read", 3) == "3 chapters to read"
    assert tr("HomeScreen", "%n chapter(s) to read", 1) == "1 chapter to read"
    translations.switch("sr")
    assert [tr("HomeScreen", "%n chapter(s) to read", n) for n in (1, 3, 5)] == [
        "1 поглавље за читање",
        "3 поглавља за читање",
        "5 поглавља за читање",
    ]


def test_the_museums_wording_comes_first_and_only_in_its_language(translations: Translations) -> None:
    translations.switch("de")
    assert tr("AttractScreen", "Touch to begin") == "Bildschirm berühren"
    assert tr("HomeScreen", "%n place(s) on the map", 1) == "1 Ort auf der Karte"
    assert tr("HomeScreen", "%n place(s) on the map", 4) == "4 Orte auf der Karte"
    assert tr("NavBar", "Home") == "Start"  # the refused markup never reaches a label: the shipped text does
    assert tr("NavBar", "Back") == "Zurück"  # no museum wording: the shipped translation
    translations.switch("sr")
    assert tr("AttractScreen", "Touch to begin") != "Bildschirm berühren"
    assert "Bildschirm berühren" in translations.property("invitations")


def test_a_new_content_folder_brings_its_own_wording(translations: Translations, tmp_path: Path) -> None:
    translations.switch("de")
    other = folder_with(tmp_path / "next", '["de", "en"]', {"de": '"Touch to begin" = "Tippen Sie hier"\n'})
    exhibit = load(other).exhibit
    assert exhibit is not None
    ctx = translations._context
    assert ctx is not None
    ctx.set_language("de")
    ctx.set_exhibit(exhibit, other)
    assert tr("AttractScreen", "Touch to begin") == "Tippen Sie hier"
    assert translations.property("invitations") == ["Tippen Sie hier", "Touch to begin"]


@pytest.fixture
def german_kiosk(qapp: QGuiApplication, tmp_path: Path) -> Iterator[Kiosk]:
    root = folder_with(tmp_path, '["de", "en"]', {"de": GERMAN})
    k = start(root, tmp_path / "cache")
    yield k
    close(k)


def test_the_running_kiosk_shows_the_museums_words_and_natural_counts(
    german_kiosk: Kiosk, qtbot: QtBot
) -> None:
    window = german_kiosk.window
    assert any("Bildschirm berühren" in t for t in texts(window))  # the attract screen
    german_kiosk.navigator.go("home")
    qtbot.waitUntil(lambda: "3 Kapitel zum Lesen" in texts(window))
    shown = texts(window)
    assert not [t for t in shown if "(s)" in t], shown  # never "3 chapter(s)"
    assert "3 Kapitel zum Lesen" in shown  # the shipped German, with its plurals
    places = len(german_kiosk.context.exhibit.places)
    assert f"{places} {'Ort' if places == 1 else 'Orte'} auf der Karte" in shown
