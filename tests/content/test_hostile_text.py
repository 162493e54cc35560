"""Curator text is shown as typed, never interpreted: markup stays text, right-to-left text,
combining marks and emoji survive, and a very long caption is kept whole and warned about."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kiosk.content import markdown
from kiosk.content.loader import load
from kiosk.screens.present import Presenter
from tests.content.hostile import report

ROOT = Path(__file__).resolve().parents[2]

MARKUP = '<b>bold</b> <img src="http://example.invalid/x.png"> <a href="file:///etc/passwd">link</a>'
ODD = "שלום עולם · مرحبا · e\u0301\u0302 · 👩🏽‍🔬🇷🇸 · Zürich"


def with_text(folder: Path, text: str) -> None:
    """Put ``text`` in every kind of field: titles, caption, credit, name, bodies."""
    quoted = text.replace("\\", "\\\\").replace('"', '\\"')
    for rel, old in [
        ("text/chapters.toml", 'title = { en = "Welcome", sr = "Добро дошли" }'),
        (
            "text/photos.toml",
            'title = { en = "An example landscape photo", sr = "Пример положене фотографије" }',
        ),
        (
            "text/photos.toml",
            'caption.en = "A card made by kiosk new. Put your photo in its place and describe here what it '
            'shows."',
        ),
        (
            "text/photos.toml",
            'credit = { en = "Example image made by kiosk new", '
            'sr = "Пример слике, направила команда kiosk new" }',
        ),
        ("text/people.toml", 'name = { en = "Ana Example", sr = "Ана Пример" }'),
    ]:
        path = folder / rel
        key = old.split(" = ")[0].split(".")[0]
        replacement = f'{key}.en = "{quoted}"' if "." in old.split(" = ")[0] else f'{key} = "{quoted}"'
        source = path.read_text(encoding="utf-8")
        assert old in source, old
        path.write_text(source.replace(old, replacement, 1), encoding="utf-8")
    (folder / "text" / "chapters" / "welcome.en.md").write_text(
        f"## {text}\n\n{text}\n\n- {text}\n", encoding="utf-8"
    )
    (folder / "text" / "people" / "ana-example.en.md").write_text(text + "\n", encoding="utf-8")


def presenter(folder: Path) -> Presenter:
    exhibit = load(folder).exhibit
    assert exhibit is not None
    return Presenter(exhibit, "en", lambda pid, v: f"image://derived/{pid}/{v}", lambda key: key)


def screens(p: Presenter) -> list[Any]:
    return [
        p.chapter_rows(),
        p.chapter("welcome"),
        p.gallery_rows(),
        p.photo("example-landscape"),
        p.people(),
        p.person("ana-example"),
    ]


def walk(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from walk(getattr(value, field.name), field.name)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, k)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk(item, key)
    elif isinstance(value, str):
        yield key, value


def test_markup_in_any_field_is_shown_as_text(new: Path) -> None:
    with_text(new, MARKUP)
    p = presenter(new)
    output = list(walk(screens(p)))
    markup = [text for key, text in output if key == "markup"]
    assert markup, "the chapter and biography blocks"
    for text in markup:  # what reaches StyledText: escaped, with only our own <b>/<i>
        assert re.sub(r"</?[bi]>", "", text).count("<") == 0, text
        assert "&lt;img src=&quot;http://example.invalid/x.png&quot;&gt;" in text
    plain = {text for key, text in output if key != "markup"}
    assert MARKUP in plain  # one-line fields carry the text exactly as typed, for PlainText
    photo = p.photo("example-landscape")
    assert photo.title == photo.credit == MARKUP
    assert p.person("ana-example").card.name == MARKUP


def test_one_line_fields_only_reach_plain_text_in_qml() -> None:
    """The other half of the promise: only Prose (the escaped blocks) uses StyledText."""
    element = re.compile(r"(?<![\w.])(Text|Label|TextEdit|TextArea|TextField|TextInput)\s*\{")
    qml_files = sorted((ROOT / "kiosk" / "ui" / "qml").rglob("*.qml"))
    assert qml_files
    styled = []
    for file in qml_files:
        source = file.read_text(encoding="utf-8")
        assert "RichText" not in source and "MarkdownText" not in source, file
        for match in element.finditer(source):
            depth, i = 1, match.end()
            while depth:
                depth += {"{": 1, "}": -1}.get(source[i], 0)
                i += 1
            block = source[match.start() : i]
            fmt = re.search(r"textFormat\s*:\s*([\w.]+)", block)
            where = f"{file.relative_to(ROOT)}:{source[: match.start()].count(chr(10)) + 1}"
            assert fmt is not None, f"{where}: a {match.group(1)} without textFormat (AutoText guesses)"
            if fmt.group(1) != "Text.PlainText":
                styled.append((file.name, fmt.group(1), "modelData.markup" in block))
    assert styled == [("Prose.qml", "Text.StyledText", True)]


def test_right_to_left_combining_marks_and_emoji_survive(new: Path) -> None:
    with_text(new, ODD)
    p = presenter(new)
    assert p.photo("example-landscape").caption == ODD
    assert p.person("ana-example").card.name == ODD
    blocks = p.chapter("welcome").blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "bullet"]
    assert all(b.markup == ODD for b in blocks)  # nothing to escape, nothing lost or normalised
    assert markdown.parse(ODD)[0].plain == ODD


def test_very_long_caption_is_kept_whole_and_warned_about(new: Path) -> None:
    long = " ".join(f"word{i}" for i in range(2000))
    with_text(new, long)
    assert presenter(new).photo("example-landscape").caption == long
    found = report(new)
    assert "Photo 'example-landscape': the en caption is 2000 words" in found
    assert all(len(line) < 600 for line in found.splitlines())
