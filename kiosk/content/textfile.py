"""Reading a curator's text file: UTF-8, with or without a byte order mark, and never too big.

Editors differ: Notepad's "UTF-8 with BOM" puts three bytes before the text, "Unicode" saves UTF-16,
and an old editor may save Windows-1252. The first is fine; the others are reported with the line
and column where the text stops being UTF-8, and the rest of the file is still read (a stray byte
shows as U+FFFD), so one accented letter does not hide the whole file from ``kiosk validate``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.content.problems import Problem, error

REPLACEMENT: Final = "\ufffd"


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when nothing of it can be read
    problem: Problem | None  # why the text is not exactly what the file meant, if it is not


def decode(data: bytes, rel: str) -> Decoded:
    """The text of a file's bytes, for a file named ``rel`` in messages."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(
            None,
            error(
                rel,
                "This file is saved as UTF-16 (what some editors call 'Unicode'). Save it as UTF-8 "
                "in your editor; nothing from it is read until then.",
            ),
        )
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return Decoded(data.decode("utf-8"), None)
    except UnicodeDecodeError as exc:
        line, column = position(data, exc.start)
        bad = data[exc.start : exc.end].hex(" ").upper()
        return Decoded(
            data.decode("utf-8", errors="replace"),
            error(
                rel,
                f"This file is not UTF-8 text from here on (the byte {bad} is how an older encoding such "
                "as Windows-1252 or Latin-1 writes a letter). Such letters would show as "
                f"'{REPLACEMENT}'. Save the file as UTF-8 in your editor.",
                line,
                column,
            ),
        )


def position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (both from 1, the column in characters) of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def read_text(path: Path, rel: str, problems: list[Problem], *, limit: int | None = None) -> str | None:
    """The file's text; None (and the reason in ``problems``) when it cannot be read or is too big.

    A file bigger than ``limit`` bytes is not read at all: its size alone is reported.
    """
    try:
        if limit is not None:
            size = path.stat().st_size
            if size > limit:
                problems.append(error(rel, too_big(size, limit)))
                return None
        data = path.read_bytes()
    except OSError as exc:
        problems.append(error(rel, f"This file could not be read ({exc.strerror or exc})."))
        return None
    decoded = decode(data, rel)
    if decoded.problem is not None:
        problems.append(decoded.problem)
    return decoded.text


def too_big(size: int, limit: int) -> str:
    return (
        f"This text is {size / 1024:,.0f} KB, more than the {limit // 1024:,} KB one text may have "
        "(a long chapter is about 20 KB). It is not shown. Split it into several chapters, or check "
        "that the file holds only the text (not a pasted document or a picture)."
    )
