"""``kiosk validate``: the problem report a curator reads. Pure Python.

Exit status: 0 when the folder is clean, 1 when anything is an error (that item will not show),
2 when there are only warnings (everything shows, but something could be better).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from kiosk.content.loader import load
from kiosk.content.problems import Problem


def report(problems: list[Problem], out: TextIO) -> None:
    for problem in problems:
        print(problem, file=out)


def validate_command(folder: Path, *, out: TextIO = sys.stdout) -> int:
    result = load(folder)
    problems = list(result.problems)
    report(problems, out)
    errors = sum(p.severity.value == "error" for p in problems)
    warnings = len(problems) - errors
    if not problems:
        print(f"{folder}: no problems found.", file=out)
        return 0
    print(f"{folder}: {errors} error(s), {warnings} warning(s).", file=out)
    return 1 if errors else 2
