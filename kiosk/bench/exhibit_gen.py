"""A large valid content folder: ``python -m kiosk.bench.exhibit_gen DIR --photos N [--cache DIR]``.

N small generated JPEGs (1600 x 1067 by default: gradients, shapes and the photo's number, fixed
seed), in galleries of ``--gallery-size`` photos plus one gallery, ``all``, holding every photo
(the worst case for the grid). A chapter and a person link into them so every kind of screen
has something to show. The folder is made once and reused: a folder whose ``generated.json``
matches the request is left untouched, so its files keep their mtimes and the derivative cache
(keyed by path, size and mtime) stays valid between runs. ``prepare()`` makes the derivatives and
times that separately from everything else.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from PIL import Image, ImageDraw

from kiosk.content.model import FORMAT as CONTENT_FORMAT

WIDTH: Final = 1600
HEIGHT: Final = 1067
GALLERY_SIZE: Final = 500
ALL_GALLERY: Final = "all"
FORMAT_VERSION: Final = 2
MARKER: Final = "generated.json"
PREPARED: Final = "bench-prepared.json"  # in the cache folder: the run that made the derivatives


@dataclass(frozen=True)
class Generated:
    folder: Path
    photos: int
    galleries: int
    biggest_gallery: str
    seconds: float  # 0 when the folder was reused
    reused: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"folder": str(self.folder)}


def photo_id(i: int) -> str:
    return f"p{i:05d}"


def _image(i: int, rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    base = (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200))
    im = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(im)
    for y in range(0, height, 8):  # a vertical gradient, cheaply
        shade = y * 90 // height
        draw.rectangle(
            [0, y, width, y + 8], fill=(base[0] - shade // 2, base[1] - shade // 3, base[2] - shade // 4)
        )
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(80, width // 2), rng.randrange(80, height // 2)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle([x, y, x + w, y + h], outline=colour, width=rng.randrange(4, 20))
    draw.text((width // 20, height // 20), f"#{i}", fill=(255, 255, 255), font_size=height // 8)
    return im


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _manifest(count: int) -> str:
    attract = ", ".join(_toml_string(photo_id(i)) for i in range(min(3, count)))
    return (
        f"format = {CONTENT_FORMAT}\n"
        f'id = "generated-{count}"\n'
        'languages = ["en"]\n'
        f'title = {{ en = "Generated exhibit of {count} photographs" }}\n'
        'subtitle = { en = "For the memory benchmark" }\n'
        f"attract_photos = [{attract}]\n\n"
        '[[source]]\nid = "bench"\nauthor = "kiosk.bench"\ntitle = "Generated"\nyear = 2024\n'
    )


def _photos_toml(count: int, gallery_size: int) -> tuple[str, int]:
    ids = [photo_id(i) for i in range(count)]
    parts = []
    galleries = 0
    if count > gallery_size:
        parts.append(
            f'[[gallery]]\nid = "{ALL_GALLERY}"\ntitle = {{ en = "Every photograph" }}\n'
            f"photos = [{', '.join(_toml_string(p) for p in ids)}]\n"
        )
        galleries += 1
    for g, start in enumerate(range(0, count, gallery_size)):
        chunk = ids[start : start + gallery_size]
        gid = ALL_GALLERY if count <= gallery_size else f"g{g:03d}"
        parts.append(
            f'[[gallery]]\nid = "{gid}"\ntitle = {{ en = "Gallery {g + 1}" }}\n'
            f'summary = {{ en = "Photographs {start + 1} to {start + len(chunk)}." }}\n'
            f"photos = [{', '.join(_toml_string(p) for p in chunk)}]\n"
        )
        galleries += 1
    for i, pid in enumerate(ids):
        parts.append(
            f'[[photo]]\nid = "{pid}"\nfile = "photos/{pid}.jpg"\n'
            f'title = {{ en = "Photograph {i + 1}" }}\n'
            f'caption = {{ en = "A generated photograph, number {i + 1}, with an ordinary caption." }}\n'
            f'credit = "kiosk.bench"\ndate = "1944-10"\npeople = ["someone"]\n'
        )
    return "\n".join(parts), galleries


CHAPTERS: Final = """\
[[chapter]]
id = "only"
title = { en = "The only chapter" }
summary = { en = "A chapter that links to photographs." }
lead_photo = "p00000"
people = ["someone"]
photos = ["p00000"]
sources = ["bench"]
"""

PEOPLE: Final = """\
[[person]]
id = "someone"
name = "Someone"
role = { en = "Generated for the benchmark" }
sources = ["bench"]
"""


def generate(
    folder: Path,
    count: int,
    *,
    seed: int = 1944,
    gallery_size: int = GALLERY_SIZE,
    size: tuple[int, int] = (WIDTH, HEIGHT),
    quality: int = 85,
) -> Generated:
    """Write (or reuse) a content folder of ``count`` generated photos."""
    if count < 1 or gallery_size < 1:
        raise ValueError("count and gallery_size must be at least 1")
    request = {
        "version": FORMAT_VERSION,
        "photos": count,
        "seed": seed,
        "gallery_size": gallery_size,
        "size": list(size),
        "quality": quality,
    }
    marker = folder / MARKER
    galleries = -(-count // gallery_size) + (1 if count > gallery_size else 0)
    if marker.is_file() and json.loads(marker.read_text(encoding="utf-8")) == request:
        return Generated(folder, count, galleries, ALL_GALLERY, 0.0, True)
    started = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "photos").mkdir(parents=True)
    (folder / "text" / "chapters").mkdir(parents=True)
    (folder / "text" / "people").mkdir(parents=True)
    rng = random.Random(seed)
    for i in range(count):
        _image(i, rng, size).save(folder / "photos" / f"{photo_id(i)}.jpg", "JPEG", quality=quality)
    photos, galleries = _photos_toml(count, gallery_size)
    (folder / "exhibit.toml").write_text(_manifest(count), encoding="utf-8")
    (folder / "text" / "photos.toml").write_text(photos, encoding="utf-8")
    (folder / "text" / "chapters.toml").write_text(CHAPTERS, encoding="utf-8")
    (folder / "text" / "chapters" / "only.en.md").write_text("Generated text.\n", encoding="utf-8")
    (folder / "text" / "people.toml").write_text(PEOPLE, encoding="utf-8")
    (folder / "text" / "people" / "someone.en.md").write_text("Someone generated.\n", encoding="utf-8")
    marker.write_text(json.dumps(request) + "\n", encoding="utf-8")
    return Generated(folder, count, galleries, ALL_GALLERY, time.perf_counter() - started, False)


def prepare(folder: Path, cache_dir: Path, workers: int | None = None) -> dict[str, Any]:
    """Make every photo's derivatives (as the kiosk does at start), then prepare again over the
    unchanged files; returns both times and how many sets were made."""
    from kiosk.content.loader import load
    from kiosk.images.cache import DerivativeCache

    result = load(folder)
    if result.exhibit is None:
        raise ValueError(f"{folder} did not load: {[str(p) for p in result.errors]}")
    items = [(p.id, folder / p.file) for p in result.exhibit.photos]
    with DerivativeCache(cache_dir, workers=workers) as cache:
        started = time.perf_counter()
        outcome = cache.prepare(items)
        first = time.perf_counter() - started
        made = cache.stats.made
    with DerivativeCache(cache_dir, workers=workers) as cache:
        started = time.perf_counter()
        cache.prepare(items)
        second = time.perf_counter() - started
    rejected = sum(1 for r in outcome.values() if not r.ok)
    record = {"photos": len(items), "first_s": first, "second_s": second, "made": made, "rejected": rejected}
    # The run that made the derivatives is the one worth reporting; later runs find them cached.
    made_file = cache_dir / PREPARED
    if made:
        made_file.write_text(json.dumps(record) + "\n", encoding="utf-8")
    elif made_file.is_file():
        record["made_run"] = json.loads(made_file.read_text(encoding="utf-8"))
    return record


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.bench.exhibit_gen", description=__doc__.split("\n")[0]
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--gallery-size", type=int, default=GALLERY_SIZE)
    parser.add_argument("--seed", type=int, default=1944)
    parser.add_argument("--cache", type=Path, help="also prepare the derivatives into this cache folder")
    args = parser.parse_args(argv)
    gen = generate(args.folder, args.photos, seed=args.seed, gallery_size=args.gallery_size)
    print(json.dumps(gen.as_dict()))
    if args.cache is not None:
        print(json.dumps(prepare(args.folder, args.cache)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
