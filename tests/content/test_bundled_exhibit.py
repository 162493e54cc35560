"""The Belgrade 1944 exhibit as issue 3 defines it: complete, linked, cited and in its own words."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kiosk.content.loader import load
from kiosk.content.markdown import parse
from kiosk.content.model import Exhibit
from kiosk.resources import bundled_exhibit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "content"))
from check_overlap import default_source, shared_runs  # noqa: E402

# The article lives beside the checkout (shared/source/), also for a worktree a level further down.
SOURCE = default_source(ROOT)
COMMANDERS = [
    "weichs",
    "schneckenburger",
    "felber",
    "lohr",
    "stettner",
    "tolbukhin",
    "malinovsky",
    "zhdanov",
    "gagen",
    "shlemin",
    "biryuzov",
    "gorshkov",
    "akimenko",
    "korneyev",
    "stanchev",
    "stoychev",
    "sirakov",
    "tito",
    "dapcevic",
]


@pytest.fixture(scope="module")
def exhibit() -> Exhibit:
    result = load(bundled_exhibit())
    assert result.exhibit is not None
    assert result.problems == [], "\n".join(map(str, result.problems))  # no error, no warning
    return result.exhibit


def test_every_link_resolves(exhibit: Exhibit) -> None:
    ids = {
        "person": {p.id for p in exhibit.people},
        "photo": {p.id for p in exhibit.photos},
        "event": {e.id for e in exhibit.events},
        "place": {p.id for p in exhibit.places},
        "chapter": {c.id for c in exhibit.chapters},
    }
    for item in [
        *exhibit.chapters,
        *exhibit.people,
        *exhibit.photos,
        *exhibit.events,
        *exhibit.organisations,
    ]:
        assert set(item.people) <= ids["person"], item.id
        assert set(item.photos) <= ids["photo"], item.id
        assert set(item.events) <= ids["event"], item.id
        assert set(item.places) <= ids["place"], item.id
    for route in exhibit.routes:
        assert set(route.waypoints) <= ids["place"], route.id
    for gallery in exhibit.galleries:
        assert set(gallery.photos) <= ids["photo"], gallery.id


def test_every_chapter_person_and_event_cites_a_source(exhibit: Exhibit) -> None:
    known = {s.id for s in exhibit.manifest.source}
    for item in [*exhibit.chapters, *exhibit.people, *exhibit.events]:
        assert item.sources, f"{item.id} cites no source"
        assert set(item.sources) <= known


def test_the_exhibit_is_complete(exhibit: Exhibit) -> None:
    assert len(exhibit.chapters) >= 12
    assert set(COMMANDERS) <= {p.id for p in exhibit.people}
    assert len(exhibit.photos) >= 18 and len(exhibit.galleries) >= 3
    assert len(exhibit.events) >= 30
    assert all(p.lat and p.lon for p in exhibit.places)
    assert {"battle-group-schneckenburger", "battle-group-stettner", "4th-guards-mechanized-corps"} <= {
        o.id for o in exhibit.organisations
    }
    for language in exhibit.languages:  # every text in both languages
        for chapter in exhibit.chapters:
            assert language in exhibit.chapter_bodies[chapter.id], (chapter.id, language)
        for person in exhibit.people:
            assert language in exhibit.person_bodies[person.id], (person.id, language)


def test_chapters_and_biographies_are_museum_length(exhibit: Exhibit) -> None:
    def words(text: str) -> int:
        return sum(len(re.findall(r"\w+", b.plain)) for b in parse(text) if b.kind.value != "heading")

    for chapter in exhibit.chapters:
        count = words(exhibit.chapter_bodies[chapter.id]["en"])
        assert 150 <= count <= 420, (chapter.id, count)
    for person in exhibit.people:
        count = words(exhibit.person_bodies[person.id]["en"])
        assert 60 <= count <= 220, (person.id, count)


@pytest.mark.skipif(
    not SOURCE.is_file(), reason="the source article (shared/source) is not beside this checkout"
)
def test_no_sentence_of_the_article_is_carried_over() -> None:
    """No run of eight words from the article, with words split at hyphens and apostrophes too."""
    article = SOURCE.read_text(encoding="utf-8")
    found = []
    for path in sorted((ROOT / "assets").rglob("*")):
        if path.suffix in {".md", ".toml"}:
            found += [
                f"{path.name}: {run}" for run in shared_runs(article, path.read_text(encoding="utf-8"), 8)
            ]
    assert found == []


def test_the_overlap_check_splits_words_at_hyphens_and_apostrophes() -> None:
    article = "He was killed by fire from low flying aircraft during the battle."
    text = "He was killed by fire from low-flying aircraft during the battle."
    assert shared_runs(article, text, 8)
    assert shared_runs(
        "Zhdanov's corps took the bridge over the river at dawn",
        "Zhdanov’s corps took the bridge over the river at dawn",
        8,
    )
