"""The example exhibits in examples/: each loads and validates as a curator would find it, and
the second exhibit is what it claims to be (no groups, timeline or map; three languages, one
written right to left; photographs whose origin and licence are stated)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.content.languages import is_right_to_left
from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, Severity
from kiosk.intake.check import check
from kiosk.intake.image_check import MIN_LONG_SIDE, Depth
from kiosk.screens.table import sections

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FOLDERS = sorted(p.parent for p in EXAMPLES.glob("*/exhibit.toml"))
SPACE = EXAMPLES / "pictures-from-space"

# The only warnings an example may have, with the reason. The space photographs are the small
# copies scikit-image ships (512 to 1000 pixels); their README says so and where the originals are.
SMALL_PHOTO = re.compile(rf"is only \d+ x \d+ pixels.*at least {MIN_LONG_SIDE} pixels")
ACCEPTED_WARNINGS = {"pictures-from-space": SMALL_PHOTO}


def exhibit(folder: Path) -> Exhibit:
    result = load(folder)
    assert result.exhibit is not None, [str(p) for p in result.problems]
    return result.exhibit


def test_there_are_at_least_two_examples() -> None:
    assert {p.name for p in FOLDERS} >= {"kiosk-workshop", "pictures-from-space"}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_example_validates_clean(folder: Path) -> None:
    loaded, problems = check(folder, images=Depth.FULL)  # every photo decoded, as the kiosk takes it in
    assert loaded
    errors = [str(p) for p in problems if p.severity is Severity.ERROR]
    assert errors == []
    accepted = ACCEPTED_WARNINGS.get(folder.name)
    unexplained = [str(p) for p in problems if not _accepted(p, accepted)]
    assert unexplained == []


def _accepted(problem: Problem, pattern: re.Pattern[str] | None) -> bool:
    if problem.severity is not Severity.WARNING or pattern is None:
        return False
    return bool(pattern.search(problem.message))


def test_the_space_exhibit_has_no_groups_timeline_or_map() -> None:
    ex = exhibit(SPACE)
    assert ex.groups == [] and all(p.group is None for p in ex.people)
    assert ex.events == [] and ex.phases == [] and ex.places == [] and ex.routes == []
    assert sections(ex) == ["story", "galleries", "people"]
    assert not (SPACE / "geo").exists() and not (SPACE / "text" / "events.toml").exists()


def test_the_space_exhibit_is_in_three_languages_one_right_to_left() -> None:
    ex = exhibit(SPACE)
    assert ex.languages == ["en", "de", "ar"]
    assert [is_right_to_left(lang) for lang in ex.languages] == [False, False, True]
    for kind in ("chapters", "people"):
        for item in getattr(ex, kind):
            for lang in ex.languages:
                body = SPACE / "text" / kind / f"{item.id}.{lang}.md"
                assert body.read_text(encoding="utf-8").strip(), body
    arabic = (SPACE / "text" / "chapters" / "at-the-controls.ar.md").read_text(encoding="utf-8")
    assert re.search("[\u0600-\u06ff]", arabic)  # written in Arabic script, not transliterated


def test_the_space_exhibit_has_three_people_with_roles() -> None:
    ex = exhibit(SPACE)
    assert len(ex.people) >= 3
    for person in ex.people:
        assert person.role is not None and set(person.role) == set(ex.languages), person.id
    portraits = {p.id: p.portrait for p in ex.people}
    assert portraits["eileen-collins"] == "eileen-collins-portrait"


def test_every_space_photo_states_its_origin_and_licence() -> None:
    ex = exhibit(SPACE)
    readme = (SPACE / "README.md").read_text(encoding="utf-8")
    licence = {"en": "Public domain", "de": "Gemeinfrei", "ar": "ملك عام"}
    assert [g.photos for g in ex.galleries] == [[p.id for p in ex.photos]]
    for photo in ex.photos:
        assert f"`{photo.file}`" in readme, photo.file
        for lang, words in licence.items():
            assert words in photo.credit[lang], (photo.id, lang)
            assert "scikit-image" in photo.credit[lang], (photo.id, lang)


def test_the_space_exhibit_stays_small() -> None:
    size = sum(f.stat().st_size for f in SPACE.rglob("*") if f.is_file())
    assert size < 3_000_000  # the kiosk makes its own display sizes; the repository keeps a few MB at most
