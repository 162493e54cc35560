"""The kiosk's own fonts, registered so that Qt finds a face for every script the interface ships.

The bundled fonts (``qml/Kiosk/fonts``, built by ``tools/fonts.py``, OFL) cover Latin, Cyrillic and
Greek (Noto Sans, Noto Serif), Arabic (Noto Sans Arabic, Noto Naskh Arabic), Hebrew (Noto Sans
Hebrew, Noto Serif Hebrew) and Chinese, Japanese and Korean (Noto Sans CJK, Regular). The views ask
for two families only, ``Theme.sans`` and ``Theme.serif``; a letter those lack is found through the
substitutes registered here, ahead of whatever the operating system would pick. That order matters:
on a machine whose only Arabic font is DejaVu Sans, whose oblique face has no Arabic, Qt drew italic
Arabic as empty boxes. The Arabic, Hebrew and CJK families carry upright faces under their italic
names (see tools/fonts.py), so italic text in those scripts is drawn upright, never as boxes.

A technician may add fonts without rebuilding: every font file in ``<state dir>/fonts``
(``/var/lib/exhibit-kiosk/fonts`` under systemd) is registered too, e.g. the Bold or Serif Noto CJK
fonts, or a font for a script the kiosk does not ship (README.md in the fonts folder).

Chinese characters are drawn in the regional forms of the visitor's language: Japanese with the JP
face, Korean KR, Traditional Chinese TC (HK for Hong Kong), anything else SC.

The frozen bundle leaves the CJK collection out (it is the optional CJK font pack, docs/install.md);
the source tree keeps it. Without it the kiosk uses the pack from the fonts folder, Debian's
``fonts-noto-cjk`` (the same family names), or the CJK faces Windows and macOS ship (SYSTEM_CJK);
with none of those, kiosk/ui/font_coverage.py says so in the log and in ``kiosk status``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase

from kiosk import resources
from kiosk.content import cldr
from kiosk.ops.paths import state_dir

log = logging.getLogger(__name__)

SANS = "Noto Sans"
SERIF = "Noto Serif"
FONT_PATTERNS = ("*.ttf", "*.otf", "*.ttc", "*.otc")
# Per script, the sans and serif family to try when the Theme's family lacks a letter.
SCRIPT_FAMILIES = [
    ("Noto Sans Arabic", "Noto Naskh Arabic"),
    ("Noto Sans Hebrew", "Noto Serif Hebrew"),
]
CJK_REGIONS = {"Jpan": "JP", "Kore": "KR", "Hant": "TC", "Hans": "SC"}
CJK_FAMILIES = [f"Noto Sans CJK {region}" for region in ("SC", "JP", "KR", "TC", "HK")]
# Per region, the CJK faces of macOS (Hiragino, PingFang, Apple SD Gothic Neo), Windows (Yu Gothic,
# Meiryo, Microsoft YaHei and JhengHei, Malgun Gothic) and Adobe's Source Han Sans (Noto CJK under
# another name), for a kiosk without the Noto CJK collection.
SYSTEM_CJK = {
    "JP": ("Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", "Meiryo"),
    "KR": ("Apple SD Gothic Neo", "Malgun Gothic"),
    "SC": ("PingFang SC", "Microsoft YaHei UI", "Microsoft YaHei"),
    "TC": ("PingFang TC", "Microsoft JhengHei UI", "Microsoft JhengHei"),
    "HK": ("PingFang HK", "Microsoft JhengHei UI", "Microsoft JhengHei"),
}
SOURCE_HAN = {region: f"Source Han Sans {region}" for region in SYSTEM_CJK}
DEFERRED_MS = 1000
_LOADED = "kioskFontFiles"  # an application property: files are registered once per application
_PENDING = "kioskFontFilesLater"  # files whose registration waits for the first frame


def bundled_dir() -> Path:
    return resources.qml_dir() / "Kiosk" / "fonts"


def extra_dir() -> Path:
    """Where a technician drops extra font files (an optional pack)."""
    return state_dir() / "fonts"


def cjk_files() -> list[Path]:
    """The Noto CJK collections this application registered or will register a second after
    start-up: the source tree's, or the optional pack's from the fonts folder."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    names = [*dict(app.property(_LOADED) or {}), *(app.property(_PENDING) or [])]
    return _cjk([Path(name) for name in dict.fromkeys(names)])


def font_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted({p for pattern in FONT_PATTERNS for p in folder.glob(pattern) if p.is_file()})


def load_fonts(extra: Path | None = None, languages: Sequence[str] | None = None) -> list[str]:
    """Register the bundled fonts and any in ``extra`` (default :func:`extra_dir`), then tell Qt
    which family to try for each script. Returns the families registered.

    Registering the CJK collection costs 15-50 ms, so when none of the exhibit's ``languages`` is
    Chinese, Japanese or Korean it is registered a second after start-up instead, once the first
    frame is on screen (a CJK name in such an exhibit is rare, and no screen but the attract one
    exists by then). ``languages=None`` registers everything at once.
    """
    folder = extra if extra is not None else extra_dir()
    files = font_files(bundled_dir())
    extra_files = font_files(folder)
    needs_cjk = languages is None or any(_is_cjk(lang) for lang in languages)
    later = [] if needs_cjk else _cjk(files + extra_files)  # the pack's collection waits as well
    bundled = _register([f for f in files if f not in later])
    added = _register([f for f in extra_files if f not in later])
    pack = [f for f in added if f not in bundled and f not in CJK_FAMILIES]
    if added:
        log.info("fonts added from %s: %s", folder, ", ".join(added))
    register_fallbacks(pack)
    if later:
        _register_later(later)
    return list(dict.fromkeys([*bundled, *added]))


def _cjk(files: list[Path]) -> list[Path]:
    return [f for f in files if f.name.startswith("NotoSansCJK")]


def _is_cjk(language: str) -> bool:
    return cldr.maximize(language).script in CJK_REGIONS


def _register_later(files: list[Path]) -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    app.setProperty(_PENDING, [str(f) for f in files])
    timer = QTimer(app)  # a QTimer object: QTimer.singleShot(callable) trips a PySide bug
    timer.setSingleShot(True)
    timer.setInterval(DEFERRED_MS)

    def register() -> None:
        _register(files)
        app.setProperty(_PENDING, [])
        timer.deleteLater()

    timer.timeout.connect(register)
    timer.start()


def _register(paths: list[Path]) -> list[str]:
    """Each file's families; a file is registered once per application (the kiosk may be built
    again in the same process, as the tests and a content swap do)."""
    app = QCoreApplication.instance()
    loaded: dict[str, list[str]] = dict(app.property(_LOADED) or {}) if app is not None else {}
    families: list[str] = []
    for path in paths:
        key = str(path)
        if key not in loaded:
            font_id = QFontDatabase.addApplicationFont(key)
            if font_id < 0:
                log.warning("could not load the font %s", path)
                continue
            loaded[key] = list(QFontDatabase.applicationFontFamilies(font_id))
        families += loaded[key]
    if app is not None:
        app.setProperty(_LOADED, loaded)
    return list(dict.fromkeys(families))


def register_fallbacks(pack: list[str] | None = None) -> None:
    """Substitutes for the Theme's families, the bundled script families first, then the pack's.
    The system CJK faces come after Noto CJK: Qt skips a family that is not installed."""
    extra = pack or []
    cjk = [*CJK_FAMILIES, *dict.fromkeys(f for region in SYSTEM_CJK.values() for f in region)]
    sans_scripts = [sans for sans, _serif in SCRIPT_FAMILIES]
    serif_scripts = [serif for _sans, serif in SCRIPT_FAMILIES]
    _substitute(SANS, [*sans_scripts, *cjk, *extra])
    _substitute(SERIF, [*serif_scripts, *cjk, SANS, *extra])
    for family in CJK_FAMILIES:
        _substitute(family, [SANS, *sans_scripts, *extra])


def _substitute(family: str, fallbacks: list[str]) -> None:
    QFont.removeSubstitutions(family)
    QFont.insertSubstitutions(family, [f for f in dict.fromkeys(fallbacks) if f != family])


@dataclass(frozen=True)
class Families:
    sans: str
    serif: str


def families_for(language: str) -> Families:
    """The Theme's families for an interface language: Noto Sans and Noto Serif, or for Chinese,
    Japanese and Korean the CJK face of the language's region (Latin letters included), so that
    Chinese characters take the forms its readers expect. Latin letters the CJK face lacks (Č, ł)
    come from Noto Sans; in italic those slant while the CJK face's own stay upright."""
    if not language:
        return Families(SANS, SERIF)
    subtags = cldr.maximize(language)
    region = CJK_REGIONS.get(subtags.script)
    if region is None:
        return Families(SANS, SERIF)
    if region == "TC" and subtags.territory in {"HK", "MO"}:
        region = "HK"
    family = cjk_family(region)
    if family is None:  # no CJK font at all: Qt's own fallback, and font_coverage reports it
        return Families(SANS, SERIF)
    # One CJK face serves both: the kiosk ships no serif CJK (its italic would not stay upright).
    return Families(family, family)


def cjk_family(region: str) -> str | None:
    """The CJK family for a region: Noto Sans CJK (bundled, the pack, or Debian's fonts-noto-cjk),
    else Source Han Sans, else the operating system's face; None when there is none."""
    noto = f"Noto Sans CJK {region}"
    if cjk_files() or QFontDatabase.hasFamily(noto):
        return noto
    for family in (SOURCE_HAN[region], *SYSTEM_CJK[region]):
        if QFontDatabase.hasFamily(family):
            return family
    return None
