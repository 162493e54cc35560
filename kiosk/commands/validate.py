"""``kiosk validate``: the problem report a curator reads (kiosk/intake/check.py finds the problems).

One line per problem: ERROR or WARNING, the file and line, what is wrong and what to do.

Exit status (also in ``kiosk validate --help`` and docs/curator-guide.md):

- 0: no problems;
- 1: at least one error: the items named are left out (or nothing shows) until fixed;
- 2: warnings only: everything shows, but something could be better;
- 3: the check itself could not finish (a fault in the kiosk program, not in the folder).

Whatever the folder holds, the command never shows a traceback: an unexpected failure becomes one
plain line that asks to report it.

Photos are judged by the kiosk's own limit (``image_max_megapixels`` in its kiosk.toml): the file
given with ``--config``, else the one the kiosk on this machine reads (kiosk/config.py
``kiosk_config_path``), else the default, so a photo passes validate exactly when the kiosk shows it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final, TextIO

from kiosk.config import Config, kiosk_config_path, read_config
from kiosk.content.checks import CAPTION_MAX_CHARS, CAPTION_MAX_WORDS
from kiosk.content.problems import Problem, Severity
from kiosk.images.spec import DEFAULT_LIMITS, Limits
from kiosk.intake.check import check, one_line
from kiosk.intake.image_check import MIN_LONG_SIDE, Depth

CLEAN: Final = 0
ERRORS: Final = 1
WARNINGS: Final = 2
FAILED: Final = 3

EXIT_STATUS_HELP: Final = (
    "exit status: 0 no problems; 1 errors (the items named are left out until fixed); "
    "2 warnings only (everything shows, but something could be better); "
    "3 the check itself failed (please report it)."
)
CHECKS_HELP: Final = (
    "Besides errors, it warns about: missing translations, an empty credit line, captions over "
    f"{CAPTION_MAX_WORDS} words or {CAPTION_MAX_CHARS} characters, photos under {MIN_LONG_SIDE} pixels "
    "on the long side, photos in no gallery, chapters, people and events that cite no source, people "
    "nobody mentions, and stray text files."
)


def kiosk_limits(config: Path | None, err: TextIO | None = None) -> Limits:
    """The image limits of the kiosk whose settings are ``config`` (or found as the kiosk finds
    them); a problem in the file is told on ``err`` and its setting falls back, as on the kiosk."""
    path = kiosk_config_path(config)
    if path is None:
        return DEFAULT_LIMITS
    settings = read_config(path)
    for problem in settings.problems:
        print(f"kiosk validate: settings: {problem}", file=err or sys.stderr)
    megapixels = settings.config.image_max_megapixels
    if megapixels != Config.model_fields["image_max_megapixels"].default:
        print(
            f"Photos are checked against the kiosk's limit of {megapixels} megapixels "
            f"(image_max_megapixels in {path}).",
            file=err or sys.stderr,
        )
    return Limits(max_pixels=megapixels * 1_000_000)


def report(problems: list[Problem], out: TextIO) -> None:
    for problem in problems:
        print(problem, file=out)


def _order(problem: Problem) -> tuple[int, str, int, int]:
    return (
        0 if problem.severity is Severity.ERROR else 1,
        problem.file,
        problem.line or 0,
        problem.column or 0,
    )


def validate_command(
    folder: Path,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    images: bool = False,
    quick: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> int:
    """Print the report for ``folder``; return the exit status (see the module docstring).

    ``images``: decode every photo fully (finds damaged and cut-off files; slower).
    ``quick``: do not open the photos at all (only check that their files exist).
    ``limits``: the kiosk's (:func:`kiosk_limits`).
    ``out`` and ``err`` default to the standard streams at the time of the call.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        depth = None if quick else (Depth.FULL if images else Depth.QUICK)
        loaded, problems = check(Path(folder), images=depth, limits=limits)
        problems.sort(key=_order)
        report(problems, out)
        errors = sum(p.severity is Severity.ERROR for p in problems)
        warnings = len(problems) - errors
        if not problems:
            print(f"{folder}: no problems found.", file=out)
            return CLEAN
        if not loaded:
            print(f"{folder}: the exhibit cannot be shown until the error above is fixed.", file=out)
            return ERRORS
        left_out = " (those items are left out until fixed)" if errors else ""
        print(f"{folder}: {_count(errors, 'error')}{left_out}, {_count(warnings, 'warning')}.", file=out)
        return ERRORS if errors else WARNINGS
    except KeyboardInterrupt:
        print("kiosk validate: stopped.", file=err)
        return FAILED
    except Exception as exc:  # the promise: never a traceback, whatever the folder holds
        print(
            f"kiosk validate could not finish because of a fault in the kiosk program ({one_line(exc)}). "
            "Your folder may be fine; please report this, with the folder if you can.",
            file=err,
        )
        return FAILED


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
