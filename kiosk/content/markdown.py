"""The small, safe part of Markdown that chapters and biographies may use.

Curator text is untrusted, so the output is built rather than passed through: every character the
curator typed is escaped, and only the tags made here (<b>, <i>) are added. Qt's StyledText renderer
therefore never sees a curator's <img> or <a>, and cannot fetch anything because of it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from enum import StrEnum

_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")


class BlockKind(StrEnum):
    HEADING = "heading"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    markup: str  # escaped curator text plus only our own <b>/<i> tags
    plain: str  # the same text without emphasis marks, for search, speech and word counts


def inline_markup(text: str) -> str:
    escaped = html.escape(text, quote=True)
    escaped = _STRONG.sub(r"<b>\1</b>", escaped)
    return _EMPHASIS.sub(r"<i>\1</i>", escaped)


def _plain(text: str) -> str:
    return _EMPHASIS.sub(r"\1", _STRONG.sub(r"\1", text))


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            text = " ".join(part.strip() for part in paragraph)
            blocks.append(Block(BlockKind.PARAGRAPH, inline_markup(text), _plain(text)))
            paragraph.clear()

    for raw in source.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            hashes = len(line) - len(line.lstrip("#"))
            text = line.lstrip("#").strip()
            kind = BlockKind.HEADING if hashes <= 2 else BlockKind.SUBHEADING
            blocks.append(Block(kind, inline_markup(text), _plain(text)))
        elif line.startswith(("- ", "* ")):
            flush()
            text = line[2:].strip()
            blocks.append(Block(BlockKind.BULLET, inline_markup(text), _plain(text)))
        else:
            paragraph.append(line)
    flush()
    return blocks


def escape_plain(text: str) -> str:
    """For one-line fields shown through StyledText (none should be, but be safe)."""
    return html.escape(text, quote=True)
