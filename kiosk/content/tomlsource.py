"""Reading a TOML file while keeping enough of its text to point curators at a line."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.paths import ContentPathError, safe_content_file
from kiosk.content.problems import Problem, error
from kiosk.content.textfile import read_text

_TABLE_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass
class TomlSource:
    rel: str
    text: str
    data: dict[str, Any]
    _headers: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for number, line in enumerate(self.text.splitlines(), start=1):
            match = _TABLE_HEADER.match(line)
            if match:
                self._headers.setdefault(match.group(1), []).append(number)

    def table_line(self, kind: str, index: int) -> int | None:
        lines = self._headers.get(kind, [])
        return lines[index] if index < len(lines) else None

    def key_line(self, key: str, start: int | None) -> int | None:
        """The line where ``key =`` is set, searching from a table's header to the next header."""
        lines = self.text.splitlines()
        first = (start or 1) - 1
        for offset, line in enumerate(lines[first:]):
            if offset and start is not None and _TABLE_HEADER.match(line):
                break
            match = _KEY.match(line)
            if match and match.group(1) == key:
                return first + offset + 1
        return start


def read_toml(root: Path, rel: str, problems: list[Problem], *, required: bool) -> TomlSource | None:
    try:
        path = safe_content_file(root, rel)
    except ContentPathError as exc:
        problems.append(error(rel, str(exc)))
        return None
    if not path.is_file():
        if required:
            problems.append(
                error(rel, "This file is missing. Every exhibit needs one; 'kiosk new' makes an example.")
            )
        return None
    text = read_text(path, rel, problems)
    if text is None:
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _POSITION.search(message)
        line = int(match.group(1)) if match else None
        column = int(match.group(2)) if match else None
        reason = _POSITION.sub("", message).strip().rstrip(".")
        problems.append(
            error(
                rel,
                f"This is not valid TOML ({reason}). Look for a missing quote, bracket or '=' here. "
                "Nothing from this file is shown until it is fixed.",
                line,
                column,
            )
        )
        return None
    return TomlSource(rel, text, data)
