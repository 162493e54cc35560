"""The long texts: a Markdown file per chapter or person and language (text/chapters/<id>.<lang>.md).

A text is opened on the kiosk's interface thread and laid out whole, so its size is bounded: a
text over :data:`MAX_BODY_BYTES` is not read at all (a 5 MB chapter took the kiosk from 283 MB to
3 GB). A missing text is allowed (the kiosk shows the default language, marked), but it is also what
a folder looks like while it is still being copied, so it is reported as ``incomplete``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from kiosk.content.links import Item
from kiosk.content.paths import ContentPathError, FileIndex, missing_file_hint, safe_content_file
from kiosk.content.problems import Problem, error, warning
from kiosk.content.textfile import read_text

# Far above any museum text (the bundled chapters are 2-4 KB; a long essay 20-50 KB). A text is laid
# out whole when it opens (tools/measure_pages.py, x86, shared machine): 100 KB held the interface
# thread 0.13 s, 200 KB 0.23 s, and 5 MB 6.5 s, taking the kiosk from 141 to 745 MB for good.
MAX_BODY_BYTES: Final = 100 * 1024


def load_bodies(
    root: Path,
    folder: str,
    rows: list[Item],
    languages: list[str],
    problems: list[Problem],
    index: FileIndex,
) -> dict[str, dict[str, str]]:
    """id -> language -> text for the items of one folder (``chapters`` or ``people``)."""
    bodies: dict[str, dict[str, str]] = {}
    if rows:
        try:  # a link at text/ or text/<folder> is reported once, not once per text
            safe_content_file(root, f"text/{folder}")
        except ContentPathError as exc:
            problems.append(error(f"text/{folder}", f"{exc} No text in it is shown."))
            return {row.id: {} for row in rows}
    # Other items' texts are never offered as "did you mean": third.en.md is not sr for third.
    claimed = {f"text/{folder}/{row.id}.{lang}.md" for row in rows for lang in languages}
    for item in rows:
        texts: dict[str, str] = {}
        for lang in languages:
            rel = f"text/{folder}/{item.id}.{lang}.md"
            try:
                # Refuses a symbolic link anywhere on the way (text/, text/chapters/ or the file),
                # so nothing outside the content folder is ever read.
                path = safe_content_file(root, rel)
            except ContentPathError as exc:
                problems.append(error(rel, f"{str(exc)[:1].upper()}{str(exc)[1:]} It is not shown."))
                continue
            if not path.is_file():
                problems.append(_missing(root, rel, item.id, lang, lang == languages[0], claimed, index))
                continue
            text = read_text(path, rel, problems, limit=MAX_BODY_BYTES)
            if text is not None:
                texts[lang] = text
        bodies[item.id] = texts
    return bodies


def _missing(
    root: Path, rel: str, ident: str, lang: str, default: bool, claimed: set[str], index: FileIndex
) -> Problem:
    hint = missing_file_hint(root, rel, ignore=claimed, index=index)
    if default:
        return warning(rel, f"There is no text for '{ident}'. Write it in this file.{hint}", incomplete=True)
    return warning(rel, f"Missing translation ({lang}) of the text for '{ident}'.{hint}", incomplete=True)
