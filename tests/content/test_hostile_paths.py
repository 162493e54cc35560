"""Paths in content files: nothing outside the content folder is ever read, whether by ``..``, a
full path, a web address or a symbolic link."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.loader import load
from tests.content.hostile import busy

SECRET = "SECRET-OUTSIDE-THE-FOLDER"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    (folder / "chapters").mkdir(parents=True)
    (folder / "secret.md").write_text(SECRET, encoding="utf-8")
    (folder / "chapters" / "welcome.en.md").write_text(SECRET, encoding="utf-8")
    busy((1600, 1200)).save(folder / "secret.jpg")
    return folder


def assert_secret_not_read(folder: Path) -> str:
    result = load(folder)
    assert result.exhibit is not None
    assert SECRET not in result.exhibit.model_dump_json()
    return "\n".join(map(str, result.problems))


@pytest.mark.parametrize(
    ("file", "words"),
    [
        ("../outside/secret.jpg", "points outside the content folder"),
        ("photos/../../outside/secret.jpg", "points outside the content folder"),
        ("ABSOLUTE", "is a full path"),
        ("C:\\Users\\curator\\secret.jpg", "is a full path"),
        ("\\\\server\\share\\secret.jpg", "is a full path"),
        ("https://example.invalid/secret.jpg", "is a web address"),
        ("file:///etc/passwd", "is a web address"),
        ("photos/bad\\u0000name.jpg", "contains an invisible control character"),
        ("photos/" + "x" * 5000 + ".jpg", "cannot be used as a file name"),
    ],
)
def test_photo_paths_that_leave_the_folder_are_refused(
    new: Path, outside: Path, file: str, words: str
) -> None:
    if file == "ABSOLUTE":
        file = (outside / "secret.jpg").as_posix()
    path = new / "text" / "photos.toml"
    toml_value = file.replace("\\", "\\\\").replace("\\\\u0000", "\\u0000")
    path.write_text(
        path.read_text(encoding="utf-8").replace("photos/example-landscape.jpg", toml_value), encoding="utf-8"
    )
    found = assert_secret_not_read(new)
    line = next(x for x in found.splitlines() if "Photo 'example-landscape'" in x and x.startswith("ERROR"))
    assert words in line, line
    assert len(line) < 400


def test_symlinked_photo_is_refused(new: Path, outside: Path) -> None:
    target = new / "photos" / "example-landscape.jpg"
    target.unlink()
    target.symlink_to(outside / "secret.jpg")
    found = assert_secret_not_read(new)
    assert "'photos/example-landscape.jpg' is a shortcut (symbolic link)" in found


def test_symlinked_photos_folder_is_refused(new: Path, outside: Path) -> None:
    (new / "photos").rename(new / "real-photos")
    (new / "photos").symlink_to(new / "real-photos")  # even a link that stays inside
    found = assert_secret_not_read(new)
    assert "goes through a shortcut (symbolic link): the folder photos is one" in found


def test_symlinked_chapter_file_is_refused(new: Path, outside: Path) -> None:
    body = new / "text" / "chapters" / "welcome.en.md"
    body.unlink()
    body.symlink_to(outside / "secret.md")
    found = assert_secret_not_read(new)
    assert "ERROR: text/chapters/welcome.en.md: 'text/chapters/welcome.en.md' is a shortcut" in found


def test_symlinked_chapters_folder_is_refused(new: Path, outside: Path) -> None:
    chapters = new / "text" / "chapters"
    for file in chapters.iterdir():
        file.unlink()
    chapters.rmdir()
    chapters.symlink_to(outside / "chapters")
    found = assert_secret_not_read(new)
    [line] = [x for x in found.splitlines() if "shortcut" in x]  # once, not once per text
    assert line.startswith("ERROR: text/chapters: 'text/chapters' is a shortcut (symbolic link)")
    assert "No text in it is shown." in line


def test_symlinked_text_folder_is_refused(new: Path, outside: Path, tmp_path: Path) -> None:
    (new / "text").rename(tmp_path / "elsewhere-text")
    (tmp_path / "elsewhere-text" / "chapters" / "welcome.en.md").write_text(SECRET, encoding="utf-8")
    (new / "text").symlink_to(tmp_path / "elsewhere-text")
    found = assert_secret_not_read(new)
    assert "'text/chapters.toml' goes through a shortcut (symbolic link): the folder text is one" in found
    exhibit = load(new).exhibit
    assert exhibit is not None and exhibit.chapters == [] and exhibit.chapter_bodies == {}
