"""``kiosk new``: a small working exhibit with every field explained, that validates clean."""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import pytest
from PIL import Image

from kiosk.commands import curator as curator_cli
from kiosk.commands.curator import new_command
from kiosk.commands.validate import validate_command
from kiosk.content.loader import load
from kiosk.content.scaffold import exhibit_id_for, scaffold
from kiosk.content.schema import directive

TOML_FILES = ["exhibit.toml", "text/chapters.toml", "text/people.toml", "text/photos.toml"]


def test_new_exhibit_is_complete_and_validates_clean(tmp_path: Path) -> None:
    folder = tmp_path / "harbour"
    assert curator_cli.main(["new", str(folder), "--languages", "en,sr"]) == 0
    result = load(folder)
    ex = result.exhibit
    assert ex is not None and result.problems == []
    assert ex.languages == ["en", "sr"]
    assert len(ex.chapters) == 2 and len(ex.people) == 2
    assert len(ex.galleries) == 1 and len(ex.galleries[0].photos) == 2 and len(ex.photos) == 2
    assert all(p.placeholder for p in ex.photos)  # clearly marked as stand-ins
    out = io.StringIO()
    assert validate_command(folder, out=out, images=True) == 0, out.getvalue()
    assert out.getvalue().strip() == f"{folder}: no problems found."


def test_example_images_are_labelled_cards_big_enough_for_the_screen(tmp_path: Path) -> None:
    scaffold(tmp_path / "x", ["en", "sr"])
    for name, size in (("example-landscape.jpg", (2400, 1600)), ("example-portrait.jpg", (1600, 2000))):
        with Image.open(tmp_path / "x" / "photos" / name) as im:
            assert im.format == "JPEG" and im.size == size
            grey = im.convert("L")
            # mostly flat grey with light lettering: a card, not a photograph
            histogram = grey.histogram()
            assert max(histogram) > 0.7 * im.width * im.height
            assert sum(histogram[200:]) > 0.02 * im.width * im.height


def test_every_field_is_explained_by_a_comment(tmp_path: Path) -> None:
    scaffold(tmp_path / "x", ["en", "sr"])
    for rel in TOML_FILES:
        lines = (tmp_path / "x" / rel).read_text(encoding="utf-8").splitlines()
        seen: set[str] = set()
        for number, line in enumerate(lines):
            match = re.match(r"^([a-z_]+)(\.[a-z]+)? = ", line)
            if not match or match.group(1) in seen:
                continue
            seen.add(match.group(1))
            back = number - 1
            while back >= 0 and re.match(r"^[a-z_]+(\.[a-z]+)? = ", lines[back]):
                back -= 1  # a run of fields shares the comment above it
            assert back >= 0 and lines[back].startswith("#"), f"{rel}: '{match.group(1)}' has no comment"


def test_files_point_editors_at_their_schema(tmp_path: Path) -> None:
    scaffold(tmp_path / "x", ["en", "sr"])
    for rel in TOML_FILES:
        first = (tmp_path / "x" / rel).read_text(encoding="utf-8").splitlines()[0]
        assert first == directive(rel)
        schema_file = (tmp_path / "x" / rel).parent / first.removeprefix("#:schema ")
        assert schema_file.resolve().is_file(), schema_file
        tomllib.loads((tmp_path / "x" / rel).read_text(encoding="utf-8"))  # the line is a comment


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("my work", encoding="utf-8")
    out = io.StringIO()
    assert new_command(folder, out=out) == 1
    assert "is not empty" in out.getvalue() and "never writes over files" in out.getvalue()
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "my work"


def test_refuses_a_file_and_accepts_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = io.StringIO()
    assert new_command(tmp_path / "file", out=out) == 1 and "is a file" in out.getvalue()
    (tmp_path / "empty").mkdir()
    assert new_command(tmp_path / "empty", out=io.StringIO()) == 0
    assert (tmp_path / "empty" / "exhibit.toml").is_file()


def test_new_says_what_to_do_next(tmp_path: Path) -> None:
    out = io.StringIO()
    new_command(tmp_path / "show", out=out)
    text = out.getvalue()
    assert f"kiosk validate {tmp_path / 'show'}" in text and "kiosk proof" in text and "curator-guide" in text


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Harbour History", "harbour-history"),
        ("1944", "1944"),
        ("Ünïcode ✓", "n-code"),
        ("---", "my-exhibit"),
    ],
)
def test_exhibit_id_comes_from_the_folder_name(name: str, ident: str) -> None:
    assert exhibit_id_for(Path(name)) == ident
