"""Hostile and odd manifests: malformed TOML, wrong types, pasted pages and mangled files are
reported with file, line and what to do, and never raise."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kiosk.content.loader import load
from tests.content.hostile import report


def test_malformed_toml_gives_line_and_column(new: Path) -> None:
    path = new / "text" / "people.toml"
    text = path.read_text(encoding="utf-8").replace('sort_name = "Example"', 'sort_name = "Example', 1)
    path.write_text(text, encoding="utf-8")
    line_no = text.splitlines().index('sort_name = "Example') + 1
    found = report(new)
    assert re.search(
        rf"ERROR: text/people.toml, line {line_no}, column \d+: This is not valid TOML", found
    ), found
    assert "Nothing from this file is shown until it is fixed." in found


def test_deeply_nested_brackets_do_not_crash(new: Path) -> None:
    (new / "text" / "people.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000, encoding="utf-8")
    found = report(new)
    assert "ERROR: text/people.toml: This file has brackets nested too deeply to read." in found


@pytest.mark.parametrize(
    ("old", "new_text", "words"),
    [
        (
            "year = 2024",
            'year = "soon"',
            "Source 'example-source': 'year' should be a whole number.",
        ),
        ("placeholder = true", 'placeholder = "maybe"', "'placeholder' should be true or false."),
        ('photos = ["example-landscape"]', 'photos = "example-landscape"', "'photos' should be a list"),
        ('colour = "teal"', 'colour = "martian"', "'colour' is 'martian'; it must be one of 'red'"),
        ('born = "1901"', 'born = "1901-13-45"', "is not a real date"),
    ],
)
def test_wrong_types_are_explained(new: Path, old: str, new_text: str, words: str) -> None:
    for rel in ("exhibit.toml", "text/photos.toml", "text/people.toml", "text/chapters.toml"):
        path = new / rel
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new_text, 1), encoding="utf-8")
            break
    else:
        pytest.fail(f"{old!r} is in no file")
    assert words in report(new)


def test_error_in_a_source_points_at_its_line(new: Path) -> None:
    path = new / "exhibit.toml"
    lines = path.read_text(encoding="utf-8").replace("year = 2024", "year = 19.5").splitlines()
    path.write_text("\n".join(lines), encoding="utf-8")
    found = report(new)
    assert (
        f"ERROR: exhibit.toml, line {lines.index('year = 19.5') + 1}: Source 'example-source': 'year'"
        in found
    )


def test_a_pasted_page_is_not_repeated_in_the_message(new: Path) -> None:
    path = new / "text" / "people.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('colour = "teal"', f'colour = "{"x" * 5000}"', 1),
        encoding="utf-8",
    )
    line = next(x for x in report(new).splitlines() if "'colour'" in x)
    assert len(line) < 400


def test_unknown_key_duplicate_id_and_missing_links(new: Path) -> None:
    chapters = new / "text" / "chapters.toml"
    text = chapters.read_text(encoding="utf-8")
    text = text.replace('lead_photo = "example-landscape"', 'lead_photo = "example-landscap"', 1)
    text = text.replace('people = ["marko-example"]', 'people = ["marko-exampel", "nobody"]')
    text += (
        '\n[[chapter]]\nid = "welcome"\ntitle = { en = "Again", sr = "Опет" }\nsources = ["example-source"]\n'
    )
    text += '\n[[chapter]]\nid = "third"\ntitle = "Third"\nsumary = "x"\n'
    chapters.write_text(text, encoding="utf-8")
    found = report(new)
    assert "'sumary' is not a field the kiosk knows. Did you mean 'summary'?" in found
    assert "The chapter id 'welcome' is used twice (first at line" in found
    assert (
        "Chapter 'making-it-yours' links to the person 'marko-exampel', which the exhibit does not have."
        in found
    )
    assert "(did you mean 'marko-example'?)" in found
    assert "links to the person 'nobody'" in found
    assert "Chapter 'welcome': lead_photo is 'example-landscap', but there is no photo with that id" in found


def test_reference_to_a_missing_photo_and_file(new: Path) -> None:
    (new / "photos" / "example-portrait.jpg").unlink()
    found = report(new)
    assert "Photo 'example-portrait': the file photos/example-portrait.jpg does not exist." in found
    # The gallery's link is not called a typo: it names the first cause.
    [line] = [x for x in found.splitlines() if x.startswith("WARNING") and "Gallery 'examples'" in x]
    assert "links to the photo 'example-portrait', which is left out because of a problem of its own" in line
    assert "the file photos/example-portrait.jpg does not exist" in line
    assert "spelling" not in line


def test_mangled_files_never_raise(new: Path) -> None:
    """A few hundred random cuts and byte flips of every TOML file: problems, never an exception."""
    rng = random.Random(1944)
    files = ["exhibit.toml", "text/chapters.toml", "text/people.toml", "text/photos.toml"]
    originals = {rel: (new / rel).read_bytes() for rel in files}
    for _ in range(300):
        rel = rng.choice(files)
        data = bytearray(originals[rel])
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(data))
            data[position] = rng.choice(b'[]{}="\n#.,\\\x00\xff\xc3azAZ09 -')
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        (new / rel).write_bytes(bytes(data))
        result = load(new)
        assert all(isinstance(str(p), str) for p in result.problems)
        (new / rel).write_bytes(originals[rel])
