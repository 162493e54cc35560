"""What the content store writes down: which versions are good (``current.json``) and how the last
check went (``last-attempt.json``), and the records the admin view reads back.

Both files are replaced atomically; an unreadable one reads as empty (the kiosk then shows the
bundled exhibit or the last copy it can find, and says so). Pure Python: no Qt.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kiosk.atomic import atomic_write_json
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, Severity

POINTER: Final = "current.json"
LAST_ATTEMPT: Final = "last-attempt.json"
VERSIONS: Final = "versions"
MAX_PROBLEMS_KEPT: Final = 200  # lines of the last attempt's report kept for the admin view

VERSION_NAME: Final = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}(-\d+)?$")

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StageResult:
    """What stage() found. ``ok``: it loaded without errors and may be promoted."""

    ok: bool
    version: str
    path: Path  # versions/<version>; removed again when not ok
    source: Path
    fingerprint: str  # of the source when it was copied
    staged_at: str  # ISO 8601, UTC
    problems: tuple[Problem, ...] = ()
    exhibit: Exhibit | None = field(default=None, compare=False, repr=False)
    left_out: dict[str, str] = field(default_factory=dict)  # photo id -> why it cannot be shown

    @property
    def incomplete(self) -> bool:
        """Named files or items are missing: it may still be on its way (see Problem.incomplete)."""
        return any(p.incomplete for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


@dataclass(frozen=True)
class VersionInfo:
    """One good version, as recorded in current.json."""

    version: str
    path: Path
    source: str
    fingerprint: str
    staged_at: str
    promoted_at: str
    warnings: int


@dataclass(frozen=True)
class Attempt:
    """The last stage(), for the admin view: when, from where, and what was wrong."""

    at: str
    source: str
    fingerprint: str
    ok: bool
    version: str | None
    errors: int
    warnings: int
    problems: tuple[str, ...]  # report lines, errors first, at most MAX_PROBLEMS_KEPT


@dataclass(frozen=True)
class StoreStatus:
    current: VersionInfo | None
    previous: VersionInfo | None
    last_attempt: Attempt | None
    waiting: str | None  # a checked version staged but not yet promoted
    versions_on_disk: tuple[str, ...]


def version_dir(root: Path, entry: dict[str, Any]) -> Path:
    return root / VERSIONS / str(entry["version"])


def read_history(root: Path) -> list[dict[str, Any]]:
    """The good versions, newest first, as current.json records them."""
    path = root / POINTER
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        history = data["history"]
        return [e for e in history if isinstance(e, dict) and VERSION_NAME.match(str(e.get("version", "")))]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        _log.error("the content pointer %s is unreadable (%s); starting without one", path, exc)
        return []


def write_history(root: Path, history: list[dict[str, Any]]) -> None:
    atomic_write_json(root / POINTER, {"format": 1, "history": history})


def history_entry(result: StageResult, promoted_at: str) -> dict[str, Any]:
    return {
        "version": result.version,
        "source": str(result.source),
        "fingerprint": result.fingerprint,
        "staged_at": result.staged_at,
        "promoted_at": promoted_at,
        "warnings": len(result.warnings),
        "left_out": dict(result.left_out),
    }


def version_info(root: Path, entry: dict[str, Any]) -> VersionInfo:
    return VersionInfo(
        version=entry["version"],
        path=version_dir(root, entry),
        source=str(entry.get("source", "")),
        fingerprint=str(entry.get("fingerprint", "")),
        staged_at=str(entry.get("staged_at", "")),
        promoted_at=str(entry.get("promoted_at", "")),
        warnings=int(entry.get("warnings", 0)),
    )


def record_attempt(root: Path, result: StageResult) -> None:
    record = {
        "at": result.staged_at,
        "source": str(result.source),
        "fingerprint": result.fingerprint,
        "ok": result.ok,
        "version": result.version if result.ok else None,
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "problems": [str(p) for p in result.problems[:MAX_PROBLEMS_KEPT]],
    }
    try:
        atomic_write_json(root / LAST_ATTEMPT, record)
    except OSError as exc:
        _log.warning("could not record the content check in %s: %s", root, exc)


def last_attempt(root: Path) -> Attempt | None:
    try:
        data = json.loads((root / LAST_ATTEMPT).read_text(encoding="utf-8"))
        return Attempt(
            at=str(data["at"]),
            source=str(data["source"]),
            fingerprint=str(data["fingerprint"]),
            ok=bool(data["ok"]),
            version=data.get("version"),
            errors=int(data["errors"]),
            warnings=int(data["warnings"]),
            problems=tuple(str(p) for p in data.get("problems", [])),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
