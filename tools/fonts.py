"""Build the kiosk's bundled fonts (``kiosk/ui/qml/Kiosk/fonts``) from the Noto releases.

    python tools/fonts.py                   # from Debian's fonts-noto-core and fonts-noto-cjk
    python tools/fonts.py --source DIR      # from a folder holding the same file names
    python tools/fonts.py --check           # exit 1 when the folder differs from what this makes
    python tools/fonts.py --optional DIR    # the optional CJK bold pack, for <state dir>/fonts

One family per script the interface ships: Latin, Cyrillic and Greek (Noto Sans, Noto Serif), Arabic
(Noto Sans Arabic, Noto Naskh Arabic), Hebrew (Noto Sans Hebrew, Noto Serif Hebrew), and Chinese,
Japanese and Korean (Noto Sans CJK, Regular weight; bold is drawn by Qt, and the Bold and Serif CJK
fonts are an optional pack a technician can add, see README.md there).

Arabic, Hebrew and CJK have no italic. Asked for italic (the kiosk uses it for photo titles and
native names), Qt would slant the upright letters or, when a system font's italic face lacks the
script, show empty boxes. So each of these families is packed as a font collection whose italic
faces are its upright faces under an italic name: the glyphs are shared, the file grows by a few
hundred bytes, and italic Arabic, Hebrew and CJK text is drawn upright. Glyph data is unchanged
(SIL Open Font License 1.1; none of these fonts has a Reserved Font Name other than Noto CJK's
"Source", which no name here uses). Needs fontTools (``pip install -e .[dev]``).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts"
DEBIAN = [Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto")]


@dataclass(frozen=True)
class Pack:
    output: str
    sources: tuple[str, ...]  # file names: upright faces (regular, bold) or faces with real italics
    upright_italics: bool  # add italic faces that reuse the upright glyphs
    drop: tuple[str, ...] = ()  # families left out of a collection


PACKS = [
    *(
        Pack(f"{family}-{style}.ttf", (f"{family}-{style}.ttf",), upright_italics=False)
        for family in ("NotoSans", "NotoSerif")
        for style in ("Regular", "Bold", "Italic", "BoldItalic")
    ),
    Pack("NotoSansArabic.ttc", ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"), True),
    Pack("NotoNaskhArabic.ttc", ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"), True),
    Pack("NotoSansHebrew.ttc", ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"), True),
    Pack("NotoSerifHebrew.ttc", ("NotoSerifHebrew-Regular.ttf", "NotoSerifHebrew-Bold.ttf"), True),
    Pack("NotoSansCJK-Regular.ttc", ("NotoSansCJK-Regular.ttc",), True, drop=("Mono",)),
]
# Not bundled (19.5 MB more): a technician copies it into <state dir>/fonts for real bold CJK.
OPTIONAL = [Pack("NotoSansCJK-Bold.ttc", ("NotoSansCJK-Bold.ttc",), True, drop=("Mono",))]


def find(name: str, sources: list[Path]) -> Path:
    for folder in sources:
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(
        f"{name} not found in {', '.join(map(str, sources))} (apt-get install fonts-noto-core fonts-noto-cjk)"
    )


def load(path: Path, number: int) -> TTFont:
    # The timestamp is kept so that the same sources always make the same files (--check).
    return TTFont(str(path), fontNumber=number, lazy=True, recalcTimestamp=False)


def face_numbers(path: Path, drop: tuple[str, ...]) -> list[int]:
    count = len(TTCollection(str(path), lazy=True).fonts) if path.suffix == ".ttc" else 1
    return [
        n for n in range(count) if not any(word in load(path, n)["name"].getDebugName(1) for word in drop)
    ]


def upright_italic(path: Path, number: int) -> TTFont:
    """The face ``number`` of ``path`` again, named and flagged as the italic of its family."""
    font = load(path, number)
    bold = bool(font["OS/2"].fsSelection & (1 << 5))
    style = "Bold Italic" if bold else "Italic"
    name = font["name"]
    family = {(r.platformID, r.langID): r.toUnicode() for r in name.names if r.nameID == 1}
    for record in name.names:
        if record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 4:
            record.string = f"{family.get((record.platformID, record.langID), record.toUnicode())} {style}"
        elif record.nameID == 6:
            record.string = record.toUnicode().split("-")[0] + "-" + style.replace(" ", "")
        elif record.nameID == 3:
            record.string = record.toUnicode() + ";UprightItalic"
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection | 1) & ~(1 << 6)  # italic, not regular
    font["head"].macStyle |= 1 << 1
    return font


def build(pack: Pack, sources: list[Path], out: Path) -> None:
    paths = [find(name, sources) for name in pack.sources]
    if not pack.upright_italics:
        shutil.copyfile(paths[0], out / pack.output)
        return
    collection = TTCollection()
    for path in paths:
        collection.fonts.extend(load(path, n) for n in face_numbers(path, pack.drop))
    for path in paths:
        collection.fonts.extend(upright_italic(path, n) for n in face_numbers(path, pack.drop))
    collection.save(str(out / pack.output), shareTables=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", type=Path, action="append", help="folder with the Noto files")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--optional", type=Path, metavar="DIR", help="build the optional pack into DIR")
    args = parser.parse_args()
    sources = args.source or DEBIAN
    if args.optional:
        args.optional.mkdir(parents=True, exist_ok=True)
        for pack in OPTIONAL:
            build(pack, sources, args.optional)
            made = args.optional / pack.output
            print(f"{made}: {made.stat().st_size / 1e6:.2f} MB")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) if args.check else OUT
        for pack in PACKS:
            build(pack, sources, target)
            print(f"{pack.output}: {(target / pack.output).stat().st_size / 1e6:.2f} MB")
        if args.check:
            stale = [
                p.output
                for p in PACKS
                if not filecmp.cmp(Path(tmp) / p.output, OUT / p.output, shallow=False)
            ]
            print("\n".join(f"{name} differs: run python tools/fonts.py" for name in stale))
            return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
