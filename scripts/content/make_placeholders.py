"""Draw a placeholder plate for every photo in photos.toml that is marked ``placeholder = true``.

Usage (from the repository root):

    python scripts/content/make_placeholders.py            # all placeholders in assets/
    python scripts/content/make_placeholders.py --only victory-parade
    python scripts/content/make_placeholders.py --content path/to/exhibit --out /tmp/plates

The exhibit's original photographs are not yet in hand. Each plate stands in for one of them: a
dark mounted-print frame with a large PLACEHOLDER / ЗАМЕНА mark, the photo's title, a one-line
subject (the first sentence of its English caption), its date and its place. It never imitates a
photograph. The output depends only on the content files and the fonts found, never on chance or
the clock, so running the script twice gives the same bytes.

A photo whose entry says ``placeholder = false`` is a real scan (or a graphic made by
make_graphics.py): its file is never touched.

Fonts: the kiosk's own fonts in kiosk/ui/qml/Kiosk/fonts/ when present (Noto Serif / Noto Sans),
else DejaVu from the system, else Pillow's built-in font (``drawing/fonts.py``, shared with
make_graphics.py). The plate itself is drawn by ``plates/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the kiosk package, for shared words

from drawing.content import load_places, load_toml
from drawing.fonts import font_report
from PIL import Image
from plates.render import render_plate

REPO = Path(__file__).resolve().parents[2]
JPEG_QUALITY = 85


def save_jpeg(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # No EXIF, no timestamps: the same plate always gives the same bytes.
    img.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False, subsampling="4:2:0")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--content", type=Path, default=REPO / "assets", help="the exhibit's content folder")
    ap.add_argument("--out", type=Path, help="write here instead of the content folder (for previews)")
    ap.add_argument("--only", action="append", default=[], metavar="ID", help="just this photo (repeatable)")
    ap.add_argument("--fonts", action="store_true", help="print which font files are used, then stop")
    args = ap.parse_args(argv)

    if args.fonts:
        print(font_report())
        return 0

    data = load_toml(args.content / "text" / "photos.toml")
    places = load_places(args.content)
    photos = data.get("photo", [])
    if args.only:
        unknown = set(args.only) - {p["id"] for p in photos}
        if unknown:
            print(f"no such photo: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        photos = [p for p in photos if p["id"] in args.only]

    made = kept = 0
    for photo in photos:
        if not photo.get("placeholder", False):
            kept += 1
            continue
        rel = Path(photo["file"])
        target = args.out / rel.name if args.out else args.content / rel
        if target.suffix.lower() not in {".jpg", ".jpeg"}:
            print(f"{photo['id']}: file {rel} is not a .jpg; skipped", file=sys.stderr)
            continue
        save_jpeg(render_plate(photo, places), target)
        made += 1
        print(f"wrote {target}")
    print(f"{made} placeholder plate(s) written; {kept} real photo(s) or graphic(s) left untouched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
