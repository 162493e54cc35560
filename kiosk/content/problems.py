"""Problems found in a content folder, worded for curators."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the item is skipped
    WARNING = "warning"  # allowed, but weak: the visitor gets less than they could


@dataclass(frozen=True)
class Problem:
    severity: Severity
    file: str  # relative to the content folder, with forward slashes
    message: str  # what is wrong and what to do, in plain words
    line: int | None = None
    column: int | None = None
    # A file or item that is named but absent, as while a copy or sync is still on its way. Allowed,
    # but a new version of the folder with such a gap is switched in only once it has been quiet
    # for a long while (kiosk/content/staging.py), so a half-copied folder never shows.
    incomplete: bool = False

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
            if self.column is not None:
                where += f", column {self.column}"
        return f"{self.severity.value.upper()}: {where}: {self.message}"


def error(file: str, message: str, line: int | None = None, column: int | None = None) -> Problem:
    return Problem(Severity.ERROR, file, message, line, column)


def warning(file: str, message: str, line: int | None = None, *, incomplete: bool = False) -> Problem:
    return Problem(Severity.WARNING, file, message, line, incomplete=incomplete)
