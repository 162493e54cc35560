"""A language no installed font can write is reported where a technician looks (the log and
``kiosk status``), and the Theme falls back to system fonts when the bundled CJK collection is
absent, as it is in the frozen bundle (the CJK font pack is optional)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from kiosk.ui import fonts
from kiosk.ui.font_coverage import CJK_WRITING_SYSTEMS, FontNotices, script_gaps

ROOT = Path(__file__).resolve().parents[2]
DEBIAN_CJK = Path("/usr/share/fonts/opentype/noto")  # fonts-noto-cjk
WS = QFontDatabase.WritingSystem


def no_cjk(system: QFontDatabase.WritingSystem) -> bool:
    return system not in CJK_WRITING_SYSTEMS


def test_each_writing_system_a_language_needs_and_no_font_covers_is_named_once() -> None:
    gaps = script_gaps(["en", "ja", "ar", "ko", "zh-TW", "zh-HK", "sr"], covered=no_cjk)
    assert [gap.writing_system for gap in gaps] == [WS.Japanese, WS.Korean, WS.TraditionalChinese]
    assert gaps[0].message == "Japanese text needs a CJK font: install the CJK font pack (docs/install.md)"
    assert gaps[2].message.startswith("Chinese (Traditional")  # zh-TW, the first to need it
    assert script_gaps(["en", "de", "ar"], covered=no_cjk) == []


def test_a_script_the_kiosk_does_not_ship_points_at_the_fonts_folder() -> None:
    (gap,) = script_gaps(["en", "th"], covered=lambda system: system is not WS.Thai)
    assert gap.message.startswith("Thai text needs a font for the Thai script")
    assert "fonts folder (docs/install.md)" in gap.message


class Recorded(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_notices_are_worked_out_and_logged_once_per_set_of_languages() -> None:
    languages = ["en", "ja"]
    asked: list[QFontDatabase.WritingSystem] = []

    def covered(system: QFontDatabase.WritingSystem) -> bool:
        asked.append(system)
        return no_cjk(system)

    notices = FontNotices(lambda: languages, covered)
    # A handler on the module's logger, enabled: tests/test_layers.py runs import-linter in this
    # process, whose logging.config call disables every logger that exists by then.
    logger, recorded = logging.getLogger("kiosk.ui.font_coverage"), Recorded()
    level, disabled = logger.level, logger.disabled
    logger.addHandler(recorded)
    logger.setLevel(logging.WARNING)
    logger.disabled = False
    try:
        first = notices()
        assert notices() == first
    finally:
        logger.removeHandler(recorded)
        logger.setLevel(level)
        logger.disabled = disabled
    assert first == ("Japanese text needs a CJK font: install the CJK font pack (docs/install.md)",)
    assert len(asked) == 2
    assert recorded.lines == [f"fonts: {first[0]}"]
    languages = ["en", "de"]  # the exhibit was swapped
    assert notices() == ()


PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from kiosk.ui import fonts, font_coverage
bundled, pack, out = (Path(a) for a in sys.argv[1:4])
fonts.bundled_dir = lambda: bundled  # the fonts folder as the frozen bundle has it
app = QGuiApplication([])
fonts.load_fonts(extra=pack, languages=["en", "ja", "ar"])
out.write_text(json.dumps({
    "gaps": [gap.message for gap in font_coverage.script_gaps(["en", "ja", "ar", "ko"])],
    "ja": fonts.families_for("ja").sans,
    "ar": fonts.families_for("ar").sans,
}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig hides the system fonts")
@pytest.mark.parametrize("setup", ["bare", "pack", "debian"])
def test_without_the_bundled_cjk_collection(tmp_path: Path, setup: str) -> None:
    """bare: no CJK font anywhere; pack: the CJK font pack in the kiosk's fonts folder; debian:
    Debian's fonts-noto-cjk as the only system fonts."""
    if setup == "debian" and not (DEBIAN_CJK / "NotoSansCJK-Regular.ttc").is_file():
        pytest.skip("fonts-noto-cjk is not installed")
    bundled = tmp_path / "bundled"
    shutil.copytree(fonts.bundled_dir(), bundled, ignore=shutil.ignore_patterns("NotoSansCJK*"))
    pack = tmp_path / "state-fonts"
    pack.mkdir()
    if setup == "pack":  # what a technician does with the pack
        shutil.copy(fonts.bundled_dir() / "NotoSansCJK-Regular.ttc", pack)
    system = f"<dir>{DEBIAN_CJK}</dir>" if setup == "debian" else ""
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig>{system}<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = tmp_path / "out.json"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(bundled), str(pack), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["ar"] == "Noto Sans"
    if setup in {"pack", "debian"}:
        assert found == {"gaps": [], "ja": "Noto Sans CJK JP", "ar": "Noto Sans"}
    else:
        assert found["gaps"] == [
            "Japanese text needs a CJK font: install the CJK font pack (docs/install.md)",
            "Korean text needs a CJK font: install the CJK font pack (docs/install.md)",
        ]
        assert found["ja"] == "Noto Sans"  # Qt's own fallback; the gap is reported
