"""Checking a staged copy before it may be shown: it must load, it gets the house-rule warnings,
and its photos are prepared in the kiosk's cache, where one that cannot be shown is left out.

Pure Python: no Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.content.checks import content_warnings
from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.content.omit import without_photos
from kiosk.content.paths import ContentPathError, safe_content_file
from kiosk.content.problems import Problem, Severity, error
from kiosk.images.cache import DerivativeCache

PrepareImages = Callable[[Exhibit, Path], dict[str, str]]  # photo id -> why it cannot be shown

_log = logging.getLogger(__name__)


def check_copy(
    path: Path,
    problems: list[Problem],
    prepare_images: PrepareImages | None,
    left_out: dict[str, str],
) -> Exhibit | None:
    """Load the copy and prepare its photos; a photo that cannot be prepared is left out.

    ``left_out`` gets photo id -> reason; it is recorded with the version when it is promoted,
    so that every later load of this version leaves out the same photos.
    """
    result = load(path)
    problems += result.problems
    if result.exhibit is None:
        return None
    problems += content_warnings(result, path)
    if prepare_images is None or has_errors(problems):
        return result.exhibit
    try:
        rejected = prepare_images(result.exhibit, path)
    except Exception as exc:
        _log.exception("preparing the photos of %s failed", path)
        problems.append(error("photos", f"The photos could not be prepared ({type(exc).__name__}: {exc})."))
        return result.exhibit
    left_out.update(rejected)
    exhibit, omitted = without_photos(result.exhibit, rejected, result.locations)
    problems += omitted
    return exhibit


def prepare_in(cache: DerivativeCache, key: Callable[[Path, str], str] | None = None) -> PrepareImages:
    """A ``prepare_images`` for :meth:`ContentStore.stage` that makes derivatives in the kiosk's cache.

    Each photo of the staged copy is prepared under ``key(copy_root, photo_id)``, by default
    ``"<version>/<photo id>"``: never the plain photo id the screen resolves, so preparing a new
    version cannot change what the current one shows. After promote(), preparing the promoted
    folder under plain ids costs no decoding: the files and their paths are the same, so the
    cache finds every derivative made here.
    """
    make_key = key or (lambda root, photo_id: f"{root.name}/{photo_id}")

    def prepare(exhibit: Exhibit, root: Path) -> dict[str, str]:
        items: list[tuple[str, Path]] = []
        refused: dict[str, str] = {}
        for photo in exhibit.photos:
            try:
                items.append((photo.id, safe_content_file(root, photo.file)))
            except ContentPathError as exc:
                refused[photo.id] = str(exc)
        keys = {make_key(root, photo_id): photo_id for photo_id, _ in items}
        results = cache.prepare([(make_key(root, photo_id), path) for photo_id, path in items])
        for cache_key, prepared in results.items():
            if not prepared.ok:
                refused[keys[cache_key]] = prepared.reason or "it could not be prepared"
        return refused

    return prepare


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)
