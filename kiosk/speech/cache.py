"""Spoken text on disk, made once per (engine, voice, settings, language, text), like image derivatives.

A file is named by a hash of everything that decides its sound: the engine's identity for the
language (program, version, voice, rate, pitch), the language and the text as spoken. Changing a
setting or a text makes a new name; an unchanged text costs one stat(). Files are written
atomically (fsync, rename), so a file under its final name is complete, even after a power cut.

Preparation runs the speech programs from a small pool of threads (each waits on its own
process), never on the GUI thread: :meth:`SpeechCache.prepare` blocks its caller (staging runs in
a worker thread) and :meth:`SpeechCache.submit` returns a Future for one text a visitor asked for
that was not prepared. Pure Python: no Qt.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from kiosk.atomic import TEMP_SUFFIX
from kiosk.speech.audio import Clip, write_wav
from kiosk.speech.engine import Engine, EngineError
from kiosk.speech.texts import SpeechItem, speech_text

DIGEST_LEN: Final = 32
_OUR_FILE: Final = re.compile(rf"^\.?(?P<digest>[0-9a-f]{{{DIGEST_LEN}}})\.wav(?P<tmp>\..*)?$")

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    item: SpeechItem
    path: Path | None  # None when it could not be made
    reason: str | None = None
    reused: bool = False


@dataclass
class PrepareReport:
    """What prepare() did; ``words`` and ``seconds`` count only the texts it synthesised."""

    made: int = 0
    reused: int = 0
    failed: list[Outcome] = field(default_factory=list)
    unsupported: set[str] = field(default_factory=set)  # languages no engine speaks
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def merge(self, other: PrepareReport) -> None:
        self.made += other.made
        self.reused += other.reused
        self.failed += other.failed
        self.unsupported |= other.unsupported
        self.words += other.words
        self.seconds += other.seconds

    def summary(self) -> str:
        parts = [f"{self.made} made", f"{self.reused} already prepared"]
        if self.failed:
            parts.append(f"{len(self.failed)} failed ({self.failed[0].reason})")
        if self.unsupported:
            parts.append(f"no voice for {', '.join(sorted(self.unsupported))}")
        return "speech: " + ", ".join(parts)


class SpeechCache:
    """WAV files for spoken texts in ``cache_dir``; ``engine`` makes the missing ones."""

    def __init__(self, cache_dir: Path, engine: Engine, *, workers: int = 2) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        self._dir = Path(cache_dir)
        self._dir.mkdir(parents=True, exist_ok=True)
        self._engine = engine
        self._lock = threading.Lock()
        self._identities: dict[str, str | None] = {}
        self._pending: dict[str, Future[Path]] = {}
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="speech")
        self._closed = False

    @property
    def cache_dir(self) -> Path:
        return self._dir

    def digest(self, language: str, text: str) -> str | None:
        """The file name's hash for a text, or None when no engine speaks ``language``."""
        with self._lock:
            if language not in self._identities:
                self._identities[language] = self._engine.identity(language)
            identity = self._identities[language]
        if identity is None:
            return None
        payload = "\0".join((identity, language, speech_text(text)))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:DIGEST_LEN]

    def file_for(self, digest: str) -> Path:
        return self._dir / f"{digest}.wav"

    def path(self, language: str, text: str) -> Path | None:
        """The prepared file for a text, or None (not prepared, or no voice). One stat()."""
        digest = self.digest(language, text)
        if digest is None:
            return None
        file = self.file_for(digest)
        return file if file.is_file() else None

    def prepare(
        self,
        items: Iterable[SpeechItem],
        *,
        on_result: Callable[[Outcome], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> PrepareReport:
        """Make sure every item has its file; synthesise the missing ones, ``workers`` at a time.

        Blocks until done (call it from a worker thread). ``on_result`` is called from this
        thread once per item, for a progress display; ``cancel`` stops it between texts.
        """
        report = PrepareReport()
        started = time.monotonic()
        waiting: dict[Future[Path], SpeechItem] = {}
        for item in dict.fromkeys(items):
            digest = self.digest(item.language, item.text)
            if digest is None:
                report.unsupported.add(item.language)
                continue
            if self.file_for(digest).is_file():
                report.reused += 1
                _notify(on_result, Outcome(item, self.file_for(digest), reused=True))
                continue
            waiting[self._submit(digest, item, cancel)] = item
        for future in as_completed(waiting):
            item = waiting[future]
            try:
                path = future.result()
            except (EngineError, OSError) as exc:
                outcome = Outcome(item, None, str(exc))
                report.failed.append(outcome)
            else:
                outcome = Outcome(item, path)
                report.made += 1
                report.words += item.words
            _notify(on_result, outcome)
        report.seconds = time.monotonic() - started if report.made else 0.0
        return report

    def submit(self, language: str, text: str) -> Future[Path]:
        """The file for one text, made in the background if needed (for a text nobody prepared)."""
        digest = self.digest(language, text)
        if digest is None:
            future: Future[Path] = Future()
            future.set_exception(EngineError(f"no voice speaks '{language}'"))
            return future
        file = self.file_for(digest)
        if file.is_file():
            done: Future[Path] = Future()
            done.set_result(file)
            return done
        return self._submit(digest, SpeechItem(language, speech_text(text)), None)

    def store(self, digest: str, clip: Clip) -> Path:
        """Put a clip made elsewhere (a curator's narration, decoded) under ``digest``."""
        file = self.file_for(digest)
        write_wav(file, clip)
        return file

    def prune(self, keep_digests: Iterable[str]) -> int:
        """Delete files whose digest is not kept, and temp files a crash left; how many removed."""
        keep = set(keep_digests)
        with self._lock:
            in_flight = set(self._pending)
        removed = 0
        for file in self._dir.iterdir():
            match = _OUR_FILE.match(file.name)
            if match is None or match["digest"] in in_flight:
                continue
            if match["tmp"] is None and match["digest"] in keep:
                continue
            if match["tmp"] is not None and not match["tmp"].endswith(TEMP_SUFFIX):
                continue
            try:
                file.unlink()
                removed += 1
            except OSError as exc:
                _log.info("could not remove %s: %s", file, exc)
        return removed

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, digest: str, item: SpeechItem, cancel: threading.Event | None) -> Future[Path]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the speech cache is closed")
            pending = self._pending.get(digest)
            if pending is not None:
                return pending
            future = self._pool.submit(self._make, digest, item, cancel)
            self._pending[digest] = future
        future.add_done_callback(lambda _f: self._forget(digest))
        return future

    def _forget(self, digest: str) -> None:
        with self._lock:
            self._pending.pop(digest, None)

    def _make(self, digest: str, item: SpeechItem, cancel: threading.Event | None) -> Path:
        if cancel is not None and cancel.is_set():
            raise EngineError("preparation was stopped")
        file = self.file_for(digest)
        if file.is_file():
            return file
        clip = self._engine.synthesize(item.text, item.language)
        return self.store(digest, clip)


def _notify(on_result: Callable[[Outcome], None] | None, outcome: Outcome) -> None:
    if on_result is not None:
        on_result(outcome)
