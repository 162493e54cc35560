"""Curator text files as editors really save them, and texts too big to show (issue 13, items 4 and 10)."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

from kiosk.content.bodies import MAX_BODY_BYTES
from kiosk.content.loader import load
from kiosk.content.problems import Severity


def test_a_byte_order_mark_is_accepted_in_toml_and_markdown(mini: Path) -> None:
    for rel in ("exhibit.toml", "text/people.toml", "text/chapters/first.en.md"):
        path = mini / rel
        path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    result = load(mini)
    assert result.exhibit is not None and result.errors == []
    assert len(result.exhibit.people) == 3
    assert result.exhibit.chapter_bodies["first"]["en"].startswith("## Start")


def test_invalid_utf8_names_line_and_column_and_the_rest_of_the_file_is_read(mini: Path) -> None:
    people = mini / "text" / "people.toml"
    text = people.read_text(encoding="utf-8").replace('name = "Tito"', 'name = "Tito Bro\u017e"')
    people.write_bytes(text.encode("utf-8").replace("\u017e".encode(), b"\x9e"))  # Windows-1252 ž
    line = text.splitlines().index('name = "Tito Bro\u017e"') + 1
    result = load(mini)
    [problem] = [p for p in result.errors if p.file == "text/people.toml"]
    assert (problem.line, problem.column) == (line, len('name = "Tito Bro') + 1)
    assert "9E" in problem.message and "Save the file as UTF-8" in problem.message
    assert result.exhibit is not None and len(result.exhibit.people) == 3  # not the whole file dropped


def test_invalid_utf8_in_a_text_names_its_line(mini: Path) -> None:
    (mini / "text" / "chapters" / "third.en.md").write_bytes(b"Third text.\n\nCaf\xe9 society.\n")
    result = load(mini)
    [problem] = [p for p in result.errors if p.file == "text/chapters/third.en.md"]
    assert (problem.line, problem.column) == (3, 4)
    assert result.exhibit is not None
    assert result.exhibit.chapter_bodies["third"]["en"] == "Third text.\n\nCaf\ufffd society."


def test_utf16_is_named(mini: Path) -> None:
    (mini / "text" / "chapters" / "third.en.md").write_bytes(
        codecs.BOM_UTF16_LE + "Third".encode("utf-16-le")
    )
    [problem] = [p for p in load(mini).errors if p.file == "text/chapters/third.en.md"]
    assert "UTF-16" in problem.message


def test_a_5_mb_chapter_is_refused_without_being_read(mini: Path) -> None:
    body = mini / "text" / "chapters" / "third.en.md"
    body.write_text("*a " * (5 * 1024 * 1024 // 3), encoding="utf-8")
    tracemalloc.start()
    try:
        result = load(mini)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024  # the text alone would be 5 MB as bytes and 5 MB as a string
    [problem] = [p for p in result.problems if p.file == "text/chapters/third.en.md"]
    assert problem.severity is Severity.ERROR
    assert "5,120 KB" in problem.message and f"{MAX_BODY_BYTES // 1024} KB" in problem.message
    assert "Split it into several chapters" in problem.message
    assert result.exhibit is not None and "en" not in result.exhibit.chapter_bodies["third"]


def test_a_text_just_under_the_limit_is_read(mini: Path) -> None:
    body = mini / "text" / "chapters" / "third.en.md"
    body.write_text("word " * (MAX_BODY_BYTES // 5), encoding="utf-8")
    result = load(mini)
    assert result.exhibit is not None and result.exhibit.chapter_bodies["third"]["en"].startswith("word")
    assert not [p for p in result.problems if p.file == "text/chapters/third.en.md"]
