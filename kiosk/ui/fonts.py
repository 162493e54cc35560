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
DEFERRED_MS = 1000
_LOADED = "kioskFontFiles"  # an application property: files are registered once per application


def bundled_dir() -> Path:
    return resources.qml_dir() / "Kiosk" / "fonts"


def extra_dir() -> Path:
    """Where a technician drops extra font files (an optional pack)."""
    return state_dir() / "fonts"


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
    later = [] if languages is None or any(_is_cjk(lang) for lang in languages) else _cjk(files)
    bundled = _register([f for f in files if f not in later])
    added = _register(font_files(folder))
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
    timer = QTimer(app)  # a QTimer object: QTimer.singleShot(callable) trips a PySide bug
    timer.setSingleShot(True)
    timer.setInterval(DEFERRED_MS)

    def register() -> None:
        _register(files)
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
    """Substitutes for the Theme's families, the bundled script families first, then the pack's."""
    extra = pack or []
    cjk = CJK_FAMILIES
    sans_scripts = [sans for sans, _serif in SCRIPT_FAMILIES]
    serif_scripts = [serif for _sans, serif in SCRIPT_FAMILIES]
    _substitute(SANS, [*sans_scripts, *cjk, *extra])
    _substitute(SERIF, [*serif_scripts, *cjk, SANS, *extra])
    for family in cjk:
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
    # One CJK face serves both: the kiosk ships no serif CJK (its italic would not stay upright).
    family = f"Noto Sans CJK {region}"
    return Families(family, family)
