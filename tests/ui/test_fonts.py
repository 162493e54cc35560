"""Every shipped script is drawn by the kiosk's own fonts, in every style, never as empty boxes.

The drawing checks run in a separate process whose font configuration holds no system fonts (or
only DejaVu, whose oblique face lacks Arabic: the cause of italic Arabic turning into boxes), so
they test what a bare kiosk machine shows, not this machine's fonts. Glyphs are checked by index
(0 is the missing-glyph box) and by drawing italic against upright. The probe also renders a QML
scene of every script in every style to build/test-screens/fonts-<setup>.png for a person to see.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.ui import fonts

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("font_probe.py")
SHOTS = ROOT / "build" / "test-screens"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
BUNDLED_FAMILIES = {
    "Noto Sans",
    "Noto Serif",
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Noto Sans Hebrew",
    "Noto Serif Hebrew",
    *(f"Noto Sans CJK {r}" for r in ("JP", "KR", "SC", "TC", "HK")),
}
NO_ITALIC = {"arabic", "hebrew", "han-sc", "japanese", "korean"}

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig isolates fonts")


def probe(tmp_path: Path, setup: str) -> list[dict[str, object]]:
    config = tmp_path / "fonts.conf"
    dirs = f"<dir>{DEJAVU}</dir>" if setup == "dejavu" else ""
    config.write_text(
        f'<?xml version="1.0"?><fontconfig>{dirs}<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "probe.json"
    SHOTS.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, str(PROBE), str(out), str(SHOTS / f"fonts-{setup}.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "QFont" not in result.stderr and "qt." not in result.stderr, result.stderr
    rows: list[dict[str, object]] = json.loads(out.read_text(encoding="utf-8"))
    return rows


@pytest.fixture(params=["bare", "dejavu"])
def drawn(request: pytest.FixtureRequest, tmp_path: Path) -> list[dict[str, object]]:
    if request.param == "dejavu" and not DEJAVU.is_dir():
        pytest.skip("fonts-dejavu-core is not installed")
    return probe(tmp_path, str(request.param))


def test_no_script_turns_into_boxes_in_any_style(drawn: list[dict[str, object]]) -> None:
    boxes = [r for r in drawn if r["boxes"]]
    assert boxes == []
    assert len(drawn) == 5 * 4 * 8


def test_every_script_is_drawn_with_the_bundled_fonts(drawn: list[dict[str, object]]) -> None:
    foreign = [r for r in drawn if not set(r["drawn_with"]) <= BUNDLED_FAMILIES]  # type: ignore[arg-type]
    assert foreign == []


def test_scripts_without_italics_stay_upright_and_the_others_slant(drawn: list[dict[str, object]]) -> None:
    for row in drawn:
        if row["style"] not in {"italic", "bold-italic"}:
            continue
        if row["script"] in NO_ITALIC:
            assert row["same_as_upright"], row
        elif row["family"] in {fonts.SANS, fonts.SERIF}:
            assert not row["same_as_upright"], row


@pytest.fixture
def registered(qapp: QGuiApplication, tmp_path: Path) -> Iterator[list[str]]:
    yield fonts.load_fonts(extra=tmp_path / "no-pack")


def test_the_bundled_families_and_their_styles(registered: list[str]) -> None:
    assert set(registered) == BUNDLED_FAMILIES
    for family in ("Noto Sans", "Noto Serif"):
        assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(QFontDatabase.styles(family))
    for family in ("Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Serif Hebrew"):
        assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(QFontDatabase.styles(family)), family
    assert {"Regular", "Italic"} <= set(QFontDatabase.styles("Noto Sans CJK JP"))


def test_fonts_are_registered_once_per_application(registered: list[str], tmp_path: Path) -> None:
    before = len(QFontDatabase.families())
    assert fonts.load_fonts(extra=tmp_path / "no-pack") == registered
    assert len(QFontDatabase.families()) == before


def test_each_script_has_a_family_to_fall_back_to(registered: list[str]) -> None:
    def substitutes(family: str) -> list[str]:
        return [f.casefold() for f in QFont.substitutes(family)]  # Qt keeps them in lower case

    assert substitutes(fonts.SANS)[:3] == ["noto sans arabic", "noto sans hebrew", "noto sans cjk sc"]
    assert substitutes(fonts.SERIF)[:2] == ["noto naskh arabic", "noto serif hebrew"]
    assert "noto sans arabic" in substitutes("Noto Sans CJK JP")


@pytest.mark.parametrize(
    ("language", "sans"),
    [
        ("en", "Noto Sans"),
        ("ar", "Noto Sans"),
        ("sr-Latn", "Noto Sans"),
        ("ja", "Noto Sans CJK JP"),
        ("ko", "Noto Sans CJK KR"),
        ("zh-Hans", "Noto Sans CJK SC"),
        ("zh", "Noto Sans CJK SC"),
        ("zh-TW", "Noto Sans CJK TC"),
        ("zh-HK", "Noto Sans CJK HK"),
    ],
)
def test_the_theme_families_follow_the_language(registered: list[str], language: str, sans: str) -> None:
    assert fonts.families_for(language).sans == sans
    assert fonts.families_for(language).serif == ("Noto Serif" if sans == "Noto Sans" else sans)


@pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").is_file(), reason="fonts-dejavu-core is not installed")
def test_a_technician_can_add_fonts_for_another_script(qapp: QGuiApplication, tmp_path: Path) -> None:
    pack = tmp_path / "fonts"
    pack.mkdir()
    shutil.copy(DEJAVU / "DejaVuSans.ttf", pack / "Extra.ttf")
    (pack / "notes.txt").write_text("not a font", encoding="utf-8")
    families = fonts.load_fonts(extra=pack)
    try:
        assert "DejaVu Sans" in families
        assert QFont.substitutes(fonts.SANS)[-1].casefold() == "dejavu sans"  # after the bundled ones
    finally:
        fonts.register_fallbacks([])


def test_cjk_waits_for_the_first_frame_unless_the_exhibit_needs_it(
    qapp: QGuiApplication, qtbot: QtBot
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    cjk = str(fonts.bundled_dir() / "NotoSansCJK-Regular.ttc")
    app.setProperty("kioskFontFiles", {})  # as a fresh application would start
    fonts.load_fonts(extra=Path("/nonexistent"), languages=["en", "sr"])
    assert cjk not in (app.property("kioskFontFiles") or {})
    qtbot.waitUntil(lambda: cjk in (app.property("kioskFontFiles") or {}), timeout=5000)
    app.setProperty("kioskFontFiles", {})
    fonts.load_fonts(extra=Path("/nonexistent"), languages=["en", "ja"])
    assert cjk in app.property("kioskFontFiles")
