"""A curator's own recordings, played instead of the synthesised voice. Pure Python: no Qt.

Layout in the content folder (docs/curator-guide.md, "Narration and alt text")::

    narration/<language>/<screen>/<id>.<wav|flac|ogg|opus|mp3|m4a>
    narration/en/chapter/the-assault.wav
    narration/sr/photo/victory-parade.mp3

``<screen>/<id>`` is the item's route (chapter, person, photo, event, place, gallery). A narration
replaces the item's main text, the part a person would read aloud: a chapter's or person's body,
a photo's caption and alt text, an event's, place's or gallery's summary. Titles and the rest stay
synthesised, so moving around sounds the same everywhere.

:func:`narration_problems` checks every file (readable, format, duration against its text,
loudness) and returns warnings: a bad recording is never played, the voice speaks instead.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.content.languages import endonym
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, warning
from kiosk.speech.audio import AudioError, Levels, levels
from kiosk.speech.decode import SUFFIXES, decode
from kiosk.speech.texts import body_blocks, localized

FOLDER: Final = "narration"
SCREENS: Final = ("chapter", "person", "photo", "event", "place", "gallery")
SPOKEN_WPM: Final = 150  # a calm reading pace, to judge a recording's length against its text
TOO_SHORT: Final = 0.4  # warn below 40 % of the expected time...
TOO_LONG: Final = 3.0  # ...or above three times it (plus LONG_SLACK_S: a narration may add a little)
LONG_SLACK_S: Final = 30.0
MAX_SECONDS: Final = 600.0
LOUDNESS_RANGE: Final = (-30.0, -12.0)  # gated loudness, ~LUFS; speech is usually mastered -23..-16
SILENT_BELOW: Final = -60.0
CLIPPED_SHARE: Final = 0.001


@dataclass(frozen=True)
class Narration:
    language: str
    item: str  # the route: "chapter/the-assault"
    path: Path
    rel: str  # relative to the content folder, forward slashes


def find_narrations(root: Path) -> tuple[list[Narration], list[Problem]]:
    """Every recording in the folder's narration/ tree, one per (language, item), and what is odd."""
    base = Path(root) / FOLDER
    found: dict[tuple[str, str], Narration] = {}
    problems: list[Problem] = []
    if not base.is_dir():
        return [], []
    files = (p for p in base.rglob("*") if p.is_file() and not p.name.startswith("."))
    for file in sorted(files, key=_preference):
        rel = file.relative_to(root).as_posix()
        parts = file.relative_to(base).parts
        if len(parts) != 3 or file.suffix.lower() not in SUFFIXES:
            problems.append(
                warning(
                    rel,
                    "This file is not used: recordings go in narration/<language>/<screen>/<id>.wav "
                    f"(or {', '.join(s for s in SUFFIXES if s != '.wav')}), "
                    "e.g. narration/en/chapter/the-assault.wav.",
                )
            )
            continue
        language, screen, name = parts
        key = (language, f"{screen}/{Path(name).stem}")
        if key in found:
            problems.append(
                warning(rel, f"There is already a recording for this item: {found[key].rel} is played.")
            )
            continue
        found[key] = Narration(language, key[1], file, rel)
    return list(found.values()), problems


def _preference(path: Path) -> tuple[str, str, int]:
    """Same item in two formats: WAV first, then the order of SUFFIXES."""
    suffix = path.suffix.lower()
    return (
        path.parent.as_posix(),
        path.stem,
        SUFFIXES.index(suffix) if suffix in SUFFIXES else len(SUFFIXES),
    )


def main_text(exhibit: Exhibit, item: str, language: str) -> str:
    """The text a narration of ``item`` replaces, in ``language`` (see the module docstring)."""
    screen, _, ident = item.partition("/")
    default = exhibit.default_language

    def loc(*values: dict[str, str] | None) -> str:
        found = [localized(v, language, default) for v in values]
        return " ".join(i.text for i in found if i is not None)

    if screen in {"chapter", "person"}:
        bodies = (exhibit.chapter_bodies if screen == "chapter" else exhibit.person_bodies).get(ident, {})
        return " ".join(body_blocks(bodies.get(language) or bodies.get(default, "")))
    tables: dict[str, dict[str, tuple[dict[str, str] | None, ...]]] = {
        "photo": {p.id: (p.caption, p.alt) for p in exhibit.photos},
        "event": {e.id: (e.summary,) for e in exhibit.events},
        "place": {p.id: (p.summary,) for p in exhibit.places},
        "gallery": {g.id: (g.summary,) for g in exhibit.galleries},
    }
    return loc(*tables.get(screen, {}).get(ident, ()))


def known_items(exhibit: Exhibit) -> dict[str, set[str]]:
    return {
        "chapter": {c.id for c in exhibit.chapters},
        "person": {p.id for p in exhibit.people},
        "photo": {p.id for p in exhibit.photos},
        "event": {e.id for e in exhibit.events},
        "place": {p.id for p in exhibit.places},
        "gallery": {g.id for g in exhibit.galleries},
    }


def usable_narrations(exhibit: Exhibit, root: Path) -> tuple[list[Narration], list[Problem]]:
    """The recordings that name an item and language of this exhibit (not yet decoded)."""
    narrations, problems = find_narrations(root)
    known = known_items(exhibit)
    usable: list[Narration] = []
    for n in narrations:
        screen, _, ident = n.item.partition("/")
        if n.language not in exhibit.languages:
            problems.append(
                warning(
                    n.rel,
                    f"'{n.language}' is not one of the exhibit's languages "
                    f"({', '.join(exhibit.languages)}): this recording is not played.",
                )
            )
        elif screen not in known:
            problems.append(
                warning(n.rel, f"'{screen}' is not a screen with items; use one of {', '.join(SCREENS)}.")
            )
        elif ident not in known[screen]:
            close = difflib.get_close_matches(ident, sorted(known[screen]), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            problems.append(warning(n.rel, f"There is no {screen} '{ident}' in the exhibit.{hint}"))
        else:
            usable.append(n)
    return usable, problems


def narration_problems(exhibit: Exhibit, root: Path) -> list[Problem]:
    """Warnings for the narration/ folder: layout, unknown items, and every recording's sound."""
    usable, problems = usable_narrations(exhibit, root)
    for n in usable:
        problems += recording_problems(n, main_text(exhibit, n.item, n.language))
    return problems


def recording_problems(n: Narration, text: str) -> list[Problem]:
    try:
        found = levels(decode(n.path))
    except AudioError as exc:
        return [warning(n.rel, f"This recording cannot be played: {exc}. The voice reads the text instead.")]
    return list(_sound_problems(n, found, len(text.split())))


def _sound_problems(n: Narration, found: Levels, words: int) -> Iterator[Problem]:
    lang = endonym(n.language)
    if found.loudness <= SILENT_BELOW:
        yield warning(n.rel, "This recording is silent (or nearly). Check the microphone and record again.")
        return
    expected = words / SPOKEN_WPM * 60
    seconds = f"{found.duration:.0f} s"
    if found.duration > MAX_SECONDS:
        yield warning(n.rel, f"This recording is {seconds} long; visitors rarely listen past a few minutes.")
    elif words and found.duration > TOO_LONG * expected + LONG_SLACK_S:
        yield warning(
            n.rel,
            f"This recording is {seconds} long, far longer than its {lang} text ({words} words, about "
            f"{expected:.0f} s read aloud). Is it the recording of another item?",
        )
    if words and expected > 5 and found.duration < TOO_SHORT * expected:
        yield warning(
            n.rel,
            f"This recording is only {seconds} long, for a {lang} text of {words} words (about "
            f"{expected:.0f} s read aloud). Is it cut off, or the recording of another item?",
        )
    low, high = LOUDNESS_RANGE
    if found.loudness < low:
        yield warning(
            n.rel,
            f"This recording is quiet (loudness {found.loudness:.0f} LUFS, peak {found.peak_dbfs:.0f} dBFS): "
            f"visitors would turn the volume up and the next sound would be too loud. Normalise it to "
            "about -18 LUFS (e.g. Audacity: Effect, Volume and Compression, Loudness Normalization).",
        )
    elif found.loudness > high:
        yield warning(
            n.rel,
            f"This recording is very loud (loudness {found.loudness:.0f} LUFS): "
            "normalise it to about -18 LUFS.",
        )
    if found.clipped > CLIPPED_SHARE:
        yield warning(
            n.rel,
            f"{found.clipped:.1%} of this recording is at full scale (clipped): it will sound "
            "distorted. Record again a little quieter.",
        )
