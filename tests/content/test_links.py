"""Links after loading: every tap leads somewhere, and a half-copied folder is told from a typo."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.checks import content_warnings
from kiosk.content.loader import load
from kiosk.content.problems import Severity


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_photo_listed_three_times_in_a_gallery_is_shown_once_and_warned_about(mini: Path) -> None:
    replace(mini / "text" / "photos.toml", 'photos = ["parade"]', 'photos = ["parade", "parade", "parade"]')
    result = load(mini)
    assert result.exhibit is not None
    [city] = [g for g in result.exhibit.galleries if g.id == "city"]
    assert city.photos == ["parade"]
    [problem] = [p for p in result.problems if "3 times" in p.message]
    assert problem.severity is Severity.WARNING and problem.file == "text/photos.toml" and problem.line
    assert "Gallery 'city' lists 'parade' 3 times in photos" in problem.message


def test_a_link_to_the_item_itself_is_left_out_and_warned_about(mini: Path) -> None:
    replace(mini / "text" / "people.toml", 'id = "tito"\n', 'id = "tito"\npeople = ["tito", "tolbukhin"]\n')
    result = load(mini)
    assert result.exhibit is not None
    [tito] = [p for p in result.exhibit.people if p.id == "tito"]
    assert tito.people == ["tolbukhin"]
    assert any("Person 'tito' links to itself in people" in p.message for p in result.warnings)


def test_a_link_to_an_unknown_id_is_a_warning_marked_incomplete(mini: Path) -> None:
    replace(mini / "text" / "chapters.toml", 'people = ["tito"]', 'people = ["titto"]')
    result = load(mini)
    [problem] = [p for p in result.problems if "'titto'" in p.message]
    assert problem.severity is Severity.WARNING and problem.incomplete
    assert "did you mean 'tito'?" in problem.message


def test_a_link_into_a_list_file_that_is_not_there_is_an_error(mini: Path) -> None:
    (mini / "text" / "people.toml").unlink()
    result = load(mini)
    errors = [p for p in result.errors if "text/people.toml is not in the folder" in p.message]
    assert errors and all(p.file == "text/chapters.toml" or p.file.startswith("text/") for p in errors)
    assert "the kiosk waits for it" in errors[0].message


def test_attract_photos_without_the_photo_list_is_an_error(mini: Path) -> None:
    (mini / "text" / "photos.toml").unlink()
    result = load(mini)
    assert any(
        p.file == "exhibit.toml" and "text/photos.toml is not in the folder" in p.message
        for p in result.errors
    )


def test_a_folder_with_only_its_manifest_has_nothing_to_show(tmp_path: Path) -> None:
    (tmp_path / "exhibit.toml").write_text(
        'format = 2\nid = "x"\nlanguages = ["en"]\ntitle = "X"\n', encoding="utf-8"
    )
    result = load(tmp_path)
    [problem] = result.errors
    assert "nothing to show yet" in problem.message


# --- text that will not lay out as typed (issue 13, item 10) -------------------------------------


def warnings_for(mini: Path) -> list[str]:
    result = load(mini)
    return [str(p) for p in content_warnings(result, mini)]


def test_a_right_to_left_override_is_warned_about_with_its_line(mini: Path) -> None:
    (mini / "text" / "chapters" / "third.en.md").write_text(
        "Third.\n\nA \u202etxet desrever.\n", encoding="utf-8"
    )
    replace(mini / "text" / "people.toml", 'name = "Tito"', 'name = "Ti\u202eto"')
    found = warnings_for(mini)
    assert any(
        w.startswith("WARNING: text/chapters/third.en.md, line 3: This text") and "U+202E" in w for w in found
    )
    assert any(
        "text/people.toml, line" in w and "Person 'tito': the language-neutral name" in w for w in found
    )


def test_an_unclosed_isolate_is_warned_about(mini: Path) -> None:
    (mini / "text" / "chapters" / "third.en.md").write_text("Third \u2067text.\n", encoding="utf-8")
    assert any("never closed" in w for w in warnings_for(mini))


def test_stacked_accents_and_endless_words_are_warned_about(mini: Path) -> None:
    zalgo = "Z" + "\u0301\u0302\u0303\u0304\u0305\u0306" + "algo"
    word = "x" * 80
    (mini / "text" / "chapters" / "third.en.md").write_text(f"{zalgo}\n\n{word}\n", encoding="utf-8")
    found = [w for w in warnings_for(mini) if "third.en.md" in w]
    assert any("line 1" in w and "accent marks stacked" in w for w in found)
    assert any("line 3" in w and "a word of 80 characters" in w for w in found)


def test_ordinary_text_in_many_scripts_is_not_warned_about(mini: Path) -> None:
    text = (
        "Vietnamese: Tiếng Việt có dấu. Hebrew: שָׁלוֹם. Arabic: مرحبا بالعالم. "
        "Chinese: " + "这是一个很长的句子没有空格但是可以在任何地方换行" * 2 + ". "
        "German: Donaudampfschifffahrtsgesellschaftskapitän. https://example.org/a/long/path/to/a/page\n"
    )
    (mini / "text" / "chapters" / "third.en.md").write_text(text, encoding="utf-8")
    assert not [w for w in warnings_for(mini) if "third.en.md" in w]
