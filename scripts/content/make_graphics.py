"""Draw the exhibit's maps and charts from its content files.

Usage (from the repository root):

    python scripts/content/make_graphics.py                 # all three, into assets/photos/
    python scripts/content/make_graphics.py --only map-offensive
    python scripts/content/make_graphics.py --out /tmp/preview

What it draws (ids as in photos.toml, gallery "maps-and-charts"):

- map-offensive          the routes of the offensive from Romania and Bulgaria to Belgrade, with dates:
                         arrows from text/routes.toml, places from text/places.toml, base geography from
                         assets/geo/ (Natural Earth countries, schematic rivers);
- map-assault-belgrade   the battle for the city, 14-20 October 1944, at a close scale: the same routes
                         where they come into view, and the dated events of text/events.toml that
                         happened there (numbered, listed beside the map);
- chart-forces           men, tanks and guns from text/forces.toml, by side.

These are real exhibit graphics, not placeholders: 2400 x 1600 PNG, drawn at twice that size and
scaled down for smooth lines. The output depends only on the content files, the geography files and
the fonts found. The drawing itself is in ``graphics/`` (a module per graphic, and the canvas, base map,
labels and furniture they share), fonts and text in ``drawing/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the kiosk package, for shared words

from drawing.content import load_toml
from graphics.assault import draw_assault
from graphics.forces import draw_forces
from graphics.offensive import draw_offensive
from PIL import Image

REPO = Path(__file__).resolve().parents[2]

GRAPHICS = {
    "map-offensive": draw_offensive,
    "map-assault-belgrade": draw_assault,
    "chart-forces": draw_forces,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--content", type=Path, default=REPO / "assets", help="the exhibit's content folder")
    ap.add_argument("--out", type=Path, help="write here instead of the content folder's photos/")
    ap.add_argument("--only", action="append", default=[], choices=sorted(GRAPHICS), help="just this graphic")
    args = ap.parse_args(argv)

    photos = {p["id"]: p for p in load_toml(args.content / "text" / "photos.toml").get("photo", [])}
    failed = 0
    for gid, make in GRAPHICS.items():
        if args.only and gid not in args.only:
            continue
        entry = photos.get(gid)
        rel = Path(entry["file"]) if entry else Path("photos") / f"{gid}.png"
        if entry and entry.get("placeholder"):
            print(f"{gid}: photos.toml marks it as a placeholder; skipped", file=sys.stderr)
            continue
        img = make(args.content)
        if img is None:
            failed += 1
            continue
        target = (args.out / rel.name) if args.out else (args.content / rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Fewer colours: a much smaller PNG that looks the same.
        img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            target, "PNG", optimize=True
        )
        print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
