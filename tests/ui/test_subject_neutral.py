"""The interface is any museum's: none of its own words belongs to one exhibit's subject (issue 12).
An exhibit that wants such a word says it in its own interface/<lang>.toml, as the bundled one does."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "kiosk" / "ui" / "i18n" / "catalogue.json"
SUBJECT_WORDS = re.compile(
    r"\b(campaigns?|armies|army|battles?|soldiers?|wars?|commanders?|ranks?|units?|troops|fronts?|"
    r"soviet|german|belgrade|1944)\b",
    re.IGNORECASE,
)


def interface_texts() -> list[str]:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    texts: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"source", "text"} and isinstance(value, str):
                    texts.append(value)
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(data)
    return texts


def test_the_catalogue_is_read() -> None:
    texts = interface_texts()
    assert "Touch to begin" in texts and "Map" in texts and len(texts) > 100


def test_no_interface_text_names_a_subject() -> None:
    assert [t for t in interface_texts() if SUBJECT_WORDS.search(t)] == []


def test_the_bundled_exhibit_keeps_its_words_in_its_own_folder() -> None:
    english = (ROOT / "assets" / "interface" / "en.toml").read_text(encoding="utf-8")
    assert '"Map" = "Campaign map"' in english
