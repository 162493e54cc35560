"""Getting an exhibit's speech ready before a visitor asks for it. Pure Python: no Qt.

``prepare_speech(exhibit, folder, cache)`` synthesises every text of the exhibit in every language
and decodes the curator's narrations into the speech cache; run again on an unchanged folder it
only checks that the files exist. Staging calls it (through :func:`speech_preparer`) in its worker
thread when new content is staged, and the kiosk at start-up for the current content; nothing of
this runs on the tap path. The result's :class:`SpeechLibrary` is what the player asks for files.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, warning
from kiosk.speech.audio import AudioError
from kiosk.speech.cache import DIGEST_LEN, PrepareReport, SpeechCache
from kiosk.speech.decode import decode
from kiosk.speech.narration import Narration, usable_narrations
from kiosk.speech.texts import SpeechItem, exhibit_texts, phrases

_log = logging.getLogger(__name__)

PrepareSpeech = Callable[[Exhibit, Path], list[Problem]]


class SpeechLibrary:
    """Which file to play: a narration for (language, item) if the curator recorded one, else the
    synthesised text. Lookups cost a dict access and one stat(): fine on the GUI thread."""

    def __init__(self, cache: SpeechCache, narrations: Mapping[tuple[str, str], Path] | None = None) -> None:
        self.cache = cache
        self.narrations = dict(narrations or {})

    def narration(self, item: str | None, language: str) -> Path | None:
        if item is None:
            return None
        path = self.narrations.get((language, item))
        return path if path is not None and path.is_file() else None

    def find(self, text: str, language: str, item: str | None = None) -> Path | None:
        """The prepared file for this text (or the item's narration), or None: not prepared."""
        return self.narration(item, language) or self.cache.path(language, text)


@dataclass
class SpeechReport:
    synthesis: PrepareReport
    narrations: dict[tuple[str, str], Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # narrations that could not be used

    def library(self, cache: SpeechCache) -> SpeechLibrary:
        return SpeechLibrary(cache, self.narrations)

    def keep_digests(self) -> set[str]:
        return {path.stem for path in self.narrations.values()}


def prepare_speech(
    exhibit: Exhibit,
    folder: Path,
    cache: SpeechCache,
    *,
    interface: Iterable[tuple[str, str]] = (),
    cancel: threading.Event | None = None,
) -> SpeechReport:
    """Synthesise the exhibit's texts and ``interface`` phrases ((language, text) pairs, e.g. the
    spoken help and button names in every shipped language), and decode the narrations."""
    items: list[SpeechItem] = exhibit_texts(exhibit) + phrases(interface)
    synthesis = cache.prepare(items, cancel=cancel)
    narrations, problems = prepare_narrations(exhibit, folder, cache)
    return SpeechReport(synthesis, narrations, problems)


def prepare_phrases(cache: SpeechCache, pairs: Iterable[tuple[str, str]]) -> PrepareReport:
    """Interface phrases only: (language, text) pairs such as ("sr", "Још сте ту?")."""
    return cache.prepare(phrases(pairs))


def narration_digest(n: Narration) -> str:
    """Named by the recording's place, size and time: a replaced recording is decoded again.
    A staged copy keeps both (hard link or copy with mtime), so promoting costs nothing."""
    info = n.path.stat()
    payload = f"narration\0{n.rel}\0{info.st_size}\0{info.st_mtime_ns}"
    return hashlib.sha256(payload.encode("utf-8", "surrogateescape")).hexdigest()[:DIGEST_LEN]


def prepare_narrations(
    exhibit: Exhibit, folder: Path, cache: SpeechCache
) -> tuple[dict[tuple[str, str], Path], list[Problem]]:
    usable, problems = usable_narrations(exhibit, folder)
    ready: dict[tuple[str, str], Path] = {}
    for n in usable:
        try:
            digest = narration_digest(n)
            file = cache.file_for(digest)
            if not file.is_file():
                file = cache.store(digest, decode(n.path))
        except (AudioError, OSError) as exc:
            problems.append(
                warning(n.rel, f"This recording cannot be played: {exc}. The voice reads instead.")
            )
            continue
        ready[(n.language, n.item)] = file
    return ready, problems


Said = Callable[[Exhibit, Path], Iterable[tuple[str, str]]]


def speech_preparer(
    cache: SpeechCache,
    on_ready: Callable[[SpeechReport], None] | None = None,
    said: Said | None = None,
) -> PrepareSpeech:
    """The callable staging runs after a copy loaded: prepares speech, returns warnings only (a
    kiosk whose speech program is missing still shows its content). ``on_ready`` gets the report
    (e.g. to hand a new :class:`SpeechLibrary` to the player when the content is promoted).
    ``said(exhibit, folder)`` lists what else is spoken: the screens' reading orders and the
    interface phrases, as (language, text) pairs."""

    def prepare(exhibit: Exhibit, folder: Path) -> list[Problem]:
        interface = list(said(exhibit, folder)) if said is not None else []
        report = prepare_speech(exhibit, folder, cache, interface=interface)
        problems = list(report.problems)
        failed = report.synthesis.failed
        if failed:
            problems.append(
                warning(
                    ".",
                    f"{len(failed)} texts could not be turned into speech ({failed[0].reason}); "
                    "visitors in speech mode hear them after a short delay, or not at all.",
                )
            )
        for language in sorted(report.synthesis.unsupported & set(exhibit.languages)):
            problems.append(
                warning(
                    ".",
                    f"No voice on this kiosk speaks '{language}': speech mode cannot read that language. "
                    "A technician can add one (docs/install.md, Audio).",
                )
            )
        if on_ready is not None:
            on_ready(report)
        return problems

    return prepare
