"""Editing a curator's TOML file as text, so that their comments, blank lines and layout survive.

Only what the upgrade needs: the ``[[table]]`` sections of a file, the lines of one key's
assignment in a section (``key = ...``, spread over several lines, or ``key.en = ...`` lines),
replacing or removing them, and writing values back as TOML.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r'^\s*\[\[?\s*[A-Za-z0-9_."\s-]+\]\]?\s*(#.*)?$')


@dataclass
class Section:
    name: str  # the table's name: "person", "force"...
    start: int  # the header's line index
    end: int  # one past its last line


def sections(lines: list[str]) -> list[Section]:
    """Every ``[[name]]`` section; a section ends where the next header starts."""
    found: list[Section] = []
    for i, line in enumerate(lines):
        if _ANY_HEADER.match(line):
            if found and found[-1].end == -1:
                found[-1].end = i
            match = _HEADER.match(line)
            found.append(Section(match.group(1) if match else "", i, -1))
    if found and found[-1].end == -1:
        found[-1].end = len(lines)
    return [s for s in found if s.name]


def key_lines(lines: list[str], section: Section, key: str) -> list[tuple[int, int]]:
    """Where ``key`` is assigned in a section: (first, last) line index of each assignment
    (``key = value`` once, or one per ``key.sub = value`` line)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*(=|\.)")
    out = []
    i = section.start + 1
    while i < section.end:
        if pattern.match(lines[i]):
            last = value_end(lines, i, section.end)
            out.append((i, last))
            i = last + 1
        else:
            i += 1
    return out


def value_end(lines: list[str], first: int, limit: int) -> int:
    """The last line of the assignment starting at ``first`` (a value may span lines)."""
    for last in range(first, limit):
        try:
            tomllib.loads("\n".join(lines[first : last + 1]))
        except tomllib.TOMLDecodeError:
            continue
        return last
    return first


def rename_key(lines: list[str], section: Section, old: str, new: str) -> bool:
    """Rename every assignment of ``old`` in a section, keeping its value and comments."""
    done = False
    for first, _last in key_lines(lines, section, old):
        lines[first] = re.sub(rf"^(\s*){re.escape(old)}(\s*[=.])", rf"\g<1>{new}\g<2>", lines[first], count=1)
        done = True
    return done


def replace_key(lines: list[str], section: Section, key: str, new_lines: list[str]) -> bool:
    """Put ``new_lines`` where ``key`` was assigned (all its lines); returns False when it is absent.
    The section's end moves with the change; later sections must be found again."""
    spans = key_lines(lines, section, key)
    if not spans:
        return False
    for first, last in reversed(spans[1:]):
        del lines[first : last + 1]
    first, last = spans[0]
    lines[first : last + 1] = new_lines
    section.end += len(new_lines) - sum(b - a + 1 for a, b in spans)
    return True


def toml_value(value: Any) -> str:
    """A value written as TOML: strings, numbers, booleans, lists and inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def first_table_line(lines: list[str]) -> int:
    """Where the first table starts (new tables go before it, after the file's opening comments)."""
    for i, line in enumerate(lines):
        if _ANY_HEADER.match(line):
            return i
    return len(lines)
