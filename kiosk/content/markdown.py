"""The small, safe part of Markdown that chapters and biographies may use.

Curator text is untrusted, so the output is built rather than passed through: every character the
curator typed is escaped, and only the tags made here (<b>, <i>) are added. Qt's StyledText renderer
therefore never sees a curator's <img> or <a>, and cannot fetch anything because of it.

Parsing runs on the GUI thread whenever a text is opened, so it must take time in proportion to the
text, whatever the text is. Emphasis is therefore found by a scan in linear time, not by regular
expressions: ``\\*(.+?)\\*`` retries every opening ``*`` against the rest of the line, which made
``*a *a *a ...`` (60 KB) take 25 seconds. The scan gives exactly the result those expressions gave:

- ``**strong**``: the text inside starts and ends with a non-space character;
- ``*emphasis*``: the same, and the opening ``*`` does not follow a letter, digit, ``_`` or ``*``,
  and the closing one is not followed by one (so ``2*x`` and ``5 * 3`` stay as typed);
- the shortest such pair wins, leftmost first; ``**`` pairs are found before ``*`` pairs.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


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


def _word(ch: str) -> bool:
    # What the regular expression class \w matches.
    return ch.isalnum() or ch == "_"


def _strong_opens(text: str, i: int) -> bool:
    return text.startswith("**", i) and i + 2 < len(text) and not text[i + 2].isspace()


def _strong_closes(text: str, j: int) -> bool:
    return j > 0 and text.startswith("**", j) and not text[j - 1].isspace()


def _emphasis_opens(text: str, i: int) -> bool:
    if text[i] != "*" or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    return i == 0 or not (_word(text[i - 1]) or text[i - 1] == "*")


def _emphasis_closes(text: str, j: int) -> bool:
    if j == 0 or j >= len(text) or text[j] != "*" or text[j - 1].isspace():
        return False
    return j + 1 == len(text) or not (_word(text[j + 1]) or text[j + 1] == "*")


Test = Callable[[str, int], bool]


def _pairs(text: str, mark: str, opens: Test, closes: Test, wrap: Callable[[str], str]) -> str:
    """Replace every leftmost-shortest ``mark``...``mark`` pair, in one pass plus one backward pass.

    Whether a closing mark may stand at j depends only on the characters around j, never on where
    its pair opened, so the nearest closing mark at or after each position is computed once,
    backwards. An opening mark with no closing mark after it ends the search: none later can have
    one either.
    """
    if "\n" in text:  # a pair never spans lines (the expressions' "." stops at a newline)
        return "\n".join(_pairs(line, mark, opens, closes, wrap) for line in text.split("\n"))
    size, width = len(text), len(mark)
    none = size + 1
    nearest = [none] * (size + 2)
    for j in range(size, -1, -1):
        nearest[j] = j if closes(text, j) else nearest[j + 1]
    out: list[str] = []
    done = i = 0
    while i < size:
        if opens(text, i):
            first = i + width + 1  # at least one character between the marks
            j = nearest[first] if first <= size else none
            if j == none:
                break
            out += [text[done:i], wrap(text[i + width : j])]
            i = done = j + width
            continue
        i += 1
    out.append(text[done:])
    return "".join(out)


def inline_markup(text: str) -> str:
    escaped = html.escape(text, quote=True)
    strong = _pairs(escaped, "**", _strong_opens, _strong_closes, lambda s: f"<b>{s}</b>")
    return _pairs(strong, "*", _emphasis_opens, _emphasis_closes, lambda s: f"<i>{s}</i>")


_OUR_TAGS = ("<b>", "</b>", "<i>", "</i>")
# html.escape's replacements undone, "&amp;" last, so that "&amp;lt;" becomes "&lt;" as typed.
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#x27;", "'"), ("&amp;", "&"))


def _plain(markup: str) -> str:
    """The text as shown, without its emphasis: read back from the markup, so the two always agree."""
    for tag in _OUR_TAGS:
        markup = markup.replace(tag, "")
    for entity, character in _ENTITIES:
        markup = markup.replace(entity, character)
    return markup


def _block(kind: BlockKind, text: str) -> Block:
    markup = inline_markup(text)
    return Block(kind, markup, _plain(markup))


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            text = " ".join(part.strip() for part in paragraph)
            blocks.append(_block(BlockKind.PARAGRAPH, text))
            paragraph.clear()

    for raw in source.removeprefix("\ufeff").replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            text = line.lstrip("#")
            hashes = len(line) - len(text)
            text = text.strip()
            kind = BlockKind.HEADING if hashes <= 2 else BlockKind.SUBHEADING
            blocks.append(_block(kind, text))
        elif line.startswith(("- ", "* ")):
            flush()
            text = line[2:].strip()
            blocks.append(_block(BlockKind.BULLET, text))
        else:
            paragraph.append(line)
    flush()
    return blocks
