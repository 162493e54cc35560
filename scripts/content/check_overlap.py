"""List every run of N or more words that exhibit text shares with the source article.

Usage: python scripts/content/check_overlap.py [CONTENT_DIR] [--source FILE] [--words 8]
Exit status 1 when any run is found. Words are split at hyphens and apostrophes as well as spaces
("low-flying" is two words, "Tolbukhin's" is "tolbukhin" and "s"), so that a hyphenated or possessive
form cannot hide a sentence carried over. The rule is that no run of eight words remains.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# Letters and digits only: hyphens, apostrophes and every other mark separate words.
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def shared_runs(source: str, text: str, n: int) -> list[str]:
    src = words(source)
    grams = {tuple(src[i : i + n]) for i in range(len(src) - n + 1)}
    tw = words(text)
    hits = []
    i = 0
    while i <= len(tw) - n:
        if tuple(tw[i : i + n]) in grams:
            j = i + n
            while j < len(tw) and tuple(tw[j - n + 1 : j + 1]) in grams:
                j += 1
            hits.append(" ".join(tw[i:j]))
            i = j
        else:
            i += 1
    return hits


def default_source(start: Path) -> Path:
    """The article beside the checkout: shared/source/ in the first folder above that has one."""
    for folder in [start, *start.parents]:
        candidate = folder / "shared" / "source" / "belgrade-1944-savich.txt"
        if candidate.is_file():
            return candidate
    return start.parent / "shared" / "source" / "belgrade-1944-savich.txt"


def main() -> int:
    here = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser()
    ap.add_argument("content", nargs="?", default=str(here / "assets"))
    ap.add_argument("--source", default=str(default_source(here)))
    ap.add_argument("--words", type=int, default=8)
    args = ap.parse_args()
    source = Path(args.source).read_text(encoding="utf-8")
    found = 0
    for path in sorted(Path(args.content).rglob("*")):
        if path.suffix in {".md", ".toml"}:
            for run in shared_runs(source, path.read_text(encoding="utf-8"), args.words):
                found += 1
                print(f"{path}: {run}")
    print(f"{found} shared run(s) of {args.words}+ words")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
