"""The cache's small JSON memory: which key uses which derivative set, and why files failed.

The derivative files themselves are the truth for "already made" (they are written
atomically and named by a hash of their inputs). The index adds what the files cannot say:
the rejection reason of a known-bad source, so an unchanged bad file is not decoded again
after a restart, the ImageInfo of good ones, and which content each file on disk had (so an
unchanged file is not read again to find its digest). Losing the index only costs re-work.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from kiosk.atomic import atomic_write_bytes
from kiosk.images.spec import ImageInfo, Pyramid

INDEX_NAME: Final = "index.json"
_FORMAT: Final = 2  # 2: keyed by content, with the file-identity memo and pyramids

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    """What is known about one derivative set (one digest)."""

    info: ImageInfo | None = None  # set when the derivatives were made
    reason: str | None = None  # set when the source was rejected


@dataclass
class Index:
    keys: dict[str, str]  # caller's key -> digest
    entries: dict[str, Entry]  # digest -> what is known
    files: dict[str, str]  # file identity -> content digest (identity.DigestMemo)

    @classmethod
    def empty(cls) -> Index:
        return cls({}, {}, {})


def load_index(cache_dir: Path) -> Index:
    path = cache_dir / INDEX_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != _FORMAT:
            return Index.empty()
        keys = {str(k): str(v) for k, v in raw["keys"].items()}
        entries = {str(d): _entry_from_json(e) for d, e in raw["entries"].items()}
        files = {str(k): str(v) for k, v in raw.get("files", {}).items()}
    except FileNotFoundError:
        return Index.empty()
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        _log.warning("ignoring unreadable image cache index %s: %s", path, exc)
        return Index.empty()
    return Index(keys, entries, files)


def save_index(cache_dir: Path, index: Index) -> None:
    payload = {
        "format": _FORMAT,
        "keys": index.keys,
        "entries": {digest: _entry_to_json(entry) for digest, entry in index.entries.items()},
        "files": index.files,
    }
    data = json.dumps(payload, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    atomic_write_bytes(cache_dir / INDEX_NAME, data)


def _entry_to_json(entry: Entry) -> dict[str, Any]:
    if entry.reason is not None:
        return {"rejected": entry.reason}
    return {"info": asdict(entry.info) if entry.info is not None else None}


def _entry_from_json(raw: dict[str, Any]) -> Entry:
    if "rejected" in raw:
        return Entry(reason=str(raw["rejected"]))
    info = raw.get("info")
    return Entry(info=_info_from_json(info) if info else None)


def _info_from_json(raw: dict[str, Any]) -> ImageInfo:
    return ImageInfo(
        format=str(raw["format"]),
        mode=str(raw["mode"]),
        width=int(raw["width"]),
        height=int(raw["height"]),
        sizes={str(k): (int(v[0]), int(v[1])) for k, v in raw["sizes"].items()},
        output_mode=str(raw["output_mode"]),
        orientation=int(raw["orientation"]),
        decoded_size=(int(raw["decoded_size"][0]), int(raw["decoded_size"][1])),
        icc_converted=bool(raw["icc_converted"]),
        had_alpha=bool(raw["had_alpha"]),
        pyramid=_pyramid_from_json(raw.get("pyramid")),
    )


def _pyramid_from_json(raw: Any) -> Pyramid | None:
    if not raw:
        return None
    return Pyramid(int(raw["width"]), int(raw["height"]), int(raw["tile_size"]), int(raw["overlap"]))
