"""The bundled exhibit and the mini exhibit as the map sees them, and a text measure without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.map.geojson import Geography, load_geography
from kiosk.map.labels import TextStyle
from kiosk.map.scenes import Scene, load_scenes

BUNDLED = Path(__file__).resolve().parents[2] / "assets"


def fake_measure(text: str, style: TextStyle) -> tuple[float, float]:
    """A stand-in for the view's fonts: every letter half the type size wide (bold a little more),
    plus the letter spacing; the line 1.4 times the type size."""
    per_letter = style.size * (0.58 if style.bold else 0.52) + style.spacing
    return len(text) * per_letter, style.size * 1.4


@pytest.fixture(scope="module")
def bundled() -> tuple[Exhibit, Geography, list[Scene]]:
    exhibit = load(BUNDLED).exhibit
    assert exhibit is not None
    geo = load_geography(BUNDLED)
    scenes, problems = load_scenes(BUNDLED, exhibit, geo)
    assert problems == []
    return exhibit, geo, scenes


@pytest.fixture
def mini_exhibit(mini: Path) -> Exhibit:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    return exhibit
