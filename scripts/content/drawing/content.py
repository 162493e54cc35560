"""The exhibit's content files as the drawings read them: plain TOML tables as the curator wrote
them (a drawing needs only a few of their fields), not the kiosk's content model."""

from __future__ import annotations

import tomllib
from pathlib import Path


def text_of(value: object, lang: str = "en") -> str:
    """A language map's text in lang, falling back to the neutral text or any language."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in (lang, "none", "en"):
            if value.get(key):
                return str(value[key])
        return str(next(iter(value.values()), ""))
    return str(value)


def load_toml(path: Path) -> dict:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_places(content: Path) -> dict[str, dict]:
    return {p["id"]: p for p in load_toml(content / "text" / "places.toml").get("place", [])}


def date_parts(text: str) -> tuple[int, int | None, int | None]:
    """'1944-10-20' -> (1944, 10, 20); '1944-10' -> (1944, 10, None); '1944' -> (1944, None, None)."""
    bits = [int(b) for b in text.split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)
