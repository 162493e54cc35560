"""Loading and validating take work in proportion to the number of files (issue 13, item 5).

The work is counted, not timed: every stat, lstat and folder listing the load makes. With 5,000
people whose Serbian texts are missing, each missing text used to list and stat the whole folder
again for its "did you mean" hint (2,000 people: 8.5 million stat calls, 61 s).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.content.checks import content_warnings
from kiosk.content.loader import load
from kiosk.content.paths import FileIndex, missing_file_hint

PEOPLE = 5000
# About 40 are made (safe_content_file checks every part of each text's path for a link, twice);
# what matters is that the number does not grow with the number of people.
CALLS_PER_PERSON = 60


class TooMuchWorkError(AssertionError):
    pass


class Counter:
    def __init__(self, budget: int) -> None:
        self.calls = 0
        self.budget = budget  # 0: no limit

    def count(self) -> None:
        self.calls += 1
        if self.budget and self.calls > self.budget:
            self.budget = 0  # fail once, and let pytest itself use the file system afterwards
            raise TooMuchWorkError(f"more than {self.calls - 1} file-system calls")


@contextmanager
def counted(budget: int = 0) -> Iterator[Counter]:
    """Count os.stat/lstat/scandir/listdir; fail at once past ``budget``, so quadratic work fails fast."""
    counter = Counter(budget)
    originals = {name: getattr(os, name) for name in ("stat", "lstat", "scandir", "listdir")}

    def counting(original: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counter.count()
            return original(*args, **kwargs)

        return call

    for name, original in originals.items():
        setattr(os, name, counting(original))
    try:
        yield counter
    finally:
        for name, original in originals.items():
            setattr(os, name, original)


def big_exhibit(root: Path) -> Path:
    (root / "text" / "people").mkdir(parents=True)
    (root / "exhibit.toml").write_text(
        'format = 2\nid = "big"\nlanguages = ["en", "sr"]\ntitle = "Many people"\n', encoding="utf-8"
    )
    rows = [f'[[person]]\nid = "person-{i}"\nname = "Person {i}"\n' for i in range(PEOPLE)]
    (root / "text" / "people.toml").write_text("\n".join(rows), encoding="utf-8")
    for i in range(PEOPLE):  # English texts only: every Serbian one is missing
        (root / "text" / "people" / f"person-{i}.en.md").write_text("A life.\n", encoding="utf-8")
    return root


def test_loading_5000_people_without_translations_is_linear(tmp_path: Path) -> None:
    root = big_exhibit(tmp_path / "big")
    with counted(CALLS_PER_PERSON * PEOPLE) as counter:
        result = load(root)
        loading = counter.calls
        content_warnings(result, root)  # the rest of what `kiosk validate` does without the photos
    assert result.exhibit is not None and len(result.exhibit.people) == PEOPLE
    missing = [p for p in result.problems if "Missing translation (sr)" in p.message]
    assert len(missing) == PEOPLE and all(p.incomplete for p in missing)
    print(f"file-system calls for {PEOPLE} people: {loading} to load, {counter.calls} with the checks")


def test_hints_list_each_folder_once(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "photos"
    folder.mkdir(parents=True)
    for i in range(300):
        (folder / f"photo-{i:03d}.jpg").write_bytes(b"x")
    (folder / "Tank.JPG").write_bytes(b"x")
    index = FileIndex(tmp_path / "content")
    with counted() as counter:
        hints = [missing_file_hint(index.root, f"photos/photo-{i:03d}.jpeg", index=index) for i in range(300)]
    assert counter.calls <= 10  # one listing of photos/, one walk of the tree
    assert missing_file_hint(index.root, "photos/tank.jpg", index=index).startswith(
        " Did you mean photos/Tank.JPG?"
    )
    assert hints[0] == " Did you mean photos/photo-000.jpg?"
    assert hints[-1] == ""  # past the spelling budget only exact-name suggestions are made
