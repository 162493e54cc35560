"""Fonts for the drawings: the kiosk's own (Noto Sans, Noto Serif) when present, else DejaVu from the
system, else Pillow's built-in font. The kiosk's fonts win, so that the graphics match its type."""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path

from PIL import ImageFont

REPO = Path(__file__).resolve().parents[3]
KIOSK_FONTS = REPO / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts"
SYSTEM_FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
]

# (family, weight) -> file-name fragments to look for, best first.
_WANTED = {
    ("serif", "bold"): ["NotoSerif-Bold", "NotoSerif-SemiBold", "DejaVuSerif-Bold"],
    ("serif", "regular"): ["NotoSerif-Regular", "DejaVuSerif.ttf", "DejaVuSerif-Book"],
    ("serif", "italic"): ["NotoSerif-Italic", "DejaVuSerif-Italic", "NotoSerif-Regular", "DejaVuSerif.ttf"],
    ("sans", "bold"): ["NotoSans-Bold", "NotoSans-SemiBold", "DejaVuSans-Bold.ttf"],
    ("sans", "regular"): ["NotoSans-Regular", "DejaVuSans.ttf"],
    ("sans", "italic"): ["NotoSans-Italic", "DejaVuSans-Oblique.ttf", "NotoSans-Regular", "DejaVuSans.ttf"],
    ("sans", "condensed"): ["NotoSans_Condensed-Regular", "NotoSansCondensed-Regular",
                            "DejaVuSansCondensed.ttf", "NotoSans-Regular", "DejaVuSans.ttf"],
}  # fmt: skip
# Variable fonts (e.g. "NotoSans[wdth,wght].ttf") and the named instance each weight wants.
_VARIABLE = {"serif": "NotoSerif[", "sans": "NotoSans["}
_INSTANCE = {"bold": "Bold", "regular": "Regular", "italic": "Regular", "condensed": "Condensed Regular"}


@cache
def _font_files() -> tuple[Path, ...]:
    found: list[Path] = []
    for folder in [KIOSK_FONTS, *SYSTEM_FONT_DIRS]:
        if folder.is_dir():
            found += sorted(p for p in folder.rglob("*") if p.suffix.lower() in {".ttf", ".otf"})
    return tuple(found)


@cache
def font_path(family: str, weight: str = "regular") -> tuple[Path | None, str | None]:
    """The file for (family, weight) and, for a variable font, the instance to use.

    The kiosk's own fonts win over the system's, so that the graphics match the kiosk's type."""
    files = _font_files()
    kiosk = [p for p in files if p.is_relative_to(KIOSK_FONTS)]
    system = [p for p in files if not p.is_relative_to(KIOSK_FONTS)]
    for group in (kiosk, system):
        for fragment in _WANTED[(family, weight)]:
            for path in group:
                if fragment in path.name and "[" not in path.name:
                    return path, None
        if group is kiosk:
            # A variable Noto font in the kiosk folder beats a static system font.
            for path in kiosk:
                if path.name.startswith(_VARIABLE[family]) and "Italic" not in path.name:
                    return path, _INSTANCE[weight]
    return None, None


@cache
def find_font(family: str, weight: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font of roughly the asked kind and pixel size, whatever this machine has."""
    path, instance = font_path(family, weight)
    if path is not None:
        try:
            font = ImageFont.truetype(str(path), size)
            if instance:
                with contextlib.suppress(OSError, ValueError):
                    font.set_variation_by_name(instance)
            return font
        except OSError:
            pass
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def font_report() -> str:
    lines = []
    for key in sorted(_WANTED):
        path, instance = font_path(*key)
        where = str(path) if path else "Pillow default"
        lines.append(f"  {key[0]}/{key[1]}: {where}{' (' + instance + ')' if instance else ''}")
    return "\n".join(lines)
