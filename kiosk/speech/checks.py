"""What ``kiosk validate`` reports about the exhibit as heard: alt text and narration. Pure Python.

``speech_problems(result, folder)`` is the one call the validate command (and staging) adds.
A photo's ``alt`` text is what a visitor who cannot see it hears: the title and caption say what a
photo is about, the alt text says what is in it.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import LoadResult
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, warning
from kiosk.speech.narration import narration_problems

Locations = dict[tuple[str, str], tuple[str, int | None]]


def alt_text_problems(exhibit: Exhibit, locations: Locations | None = None) -> list[Problem]:
    """A warning for each photo that has no alt text in any language (translations are checked
    by the loader, like every other text)."""
    problems: list[Problem] = []
    for photo in exhibit.photos:
        if photo.alt and any(text.strip() for text in photo.alt.values()):
            continue
        file, line = (locations or {}).get(("photo", photo.id), ("text/photos.toml", None))
        problems.append(
            warning(
                file,
                f"Photo '{photo.id}' has no alt text. Visitors who cannot see the screen hear it instead "
                "of seeing the photo: describe what is in the picture in a sentence or two, e.g. "
                'alt = { en = "Three soldiers on a tank in a cobbled street, people waving." }.',
                line,
            )
        )
    return problems


def speech_problems(result: LoadResult, folder: Path) -> list[Problem]:
    """Alt-text and narration warnings for a loaded folder (nothing when it did not load)."""
    if result.exhibit is None:
        return []
    return alt_text_problems(result.exhibit, result.locations) + narration_problems(result.exhibit, folder)
