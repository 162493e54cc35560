"""Base geography for the exhibit's maps: assets/geo/land.geojson and rivers.geojson, built from
Natural Earth by a tiny TopoJSON decoder, clipping and simplification (``geography/``). Pure Python,
no dependencies.

Commands (from the repository root), normally run once; their output is committed:

    # 1. get Natural Earth outlines from the npm package world-atlas (public domain data, ISC package)
    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && cd -
    # 2. write assets/geo/land.geojson (countries in lon 13..31, lat 40..49)
    python scripts/content/geo.py land /tmp/.../package/countries-10m.json
    # 3. write assets/geo/rivers.geojson (schematic rivers; see RIVERS below)
    python scripts/content/geo.py rivers /tmp/.../package/countries-10m.json

The kiosk and make_graphics.py only read the committed .geojson files; nothing here runs at show time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geography.land import build_land
from geography.rivers import build_rivers

GEO = Path(__file__).resolve().parents[2] / "assets" / "geo"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the committed base geography from world-atlas.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for cmd in ("land", "rivers"):
        p = sub.add_parser(cmd)
        p.add_argument("topojson", type=Path, help="world-atlas countries-10m.json (or -50m)")
        p.add_argument("--out", type=Path, default=GEO / f"{cmd}.geojson")
        p.add_argument("--tolerance", type=float, default=0.002, help="simplification, degrees")
    args = ap.parse_args(argv)
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    data = (
        build_land(topology, tolerance=args.tolerance)
        if args.cmd == "land"
        else build_rivers(topology, tolerance=args.tolerance)
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # One feature per line: small diffs, still compact.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(data['features'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
