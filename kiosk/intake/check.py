"""A content folder checked as a whole: the loader, the house rules, then the photos.

Returns the problems; ``kiosk validate`` (kiosk/commands/validate.py) prints them.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content import loader
from kiosk.content.checks import content_warnings
from kiosk.content.interface_text import check_interface
from kiosk.content.problems import Problem, warning
from kiosk.images.spec import DEFAULT_LIMITS, Limits
from kiosk.intake.image_check import Depth, inspect_photos, photo_problems
from kiosk.speech.checks import speech_problems


def check(
    folder: Path, *, images: Depth | None = Depth.QUICK, limits: Limits = DEFAULT_LIMITS
) -> tuple[bool, list[Problem]]:
    """(loaded, problems) for a content folder: loader, house rules, then the photos.

    ``images``: ``Depth.QUICK`` reads each photo's header, ``Depth.FULL`` decodes every photo as the
    kiosk does, ``None`` leaves the photos' contents alone (the loader still checks they exist).
    ``limits``: the kiosk's (its ``image_max_megapixels``).
    """
    result = loader.load(folder)
    problems = list(result.problems)
    if result.exhibit is None:
        return False, problems
    problems += content_warnings(result, folder)
    problems += check_interface(result.exhibit, folder)
    problems += speech_problems(result, folder)
    if images is not None and result.exhibit.photos:
        try:
            verdicts = inspect_photos(result.exhibit, folder, images, limits=limits)
        except (OSError, RuntimeError) as exc:
            problems.append(
                warning(
                    "photos",
                    f"The photos could not be checked ({one_line(exc)}); the rest of the report stands.",
                )
            )
        else:
            problems += photo_problems(result.exhibit, verdicts, result.locations)
    return True, problems


def one_line(exc: BaseException) -> str:
    """An exception as one short line a curator can read (and report)."""
    text = " ".join(str(exc).split())
    if len(text) > 200:
        text = text[:199] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
