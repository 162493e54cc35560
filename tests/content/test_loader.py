from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load
from kiosk.content.problems import Severity


def messages(root: Path) -> list[str]:
    return [str(p) for p in load(root).problems]


def test_good_folder_loads_everything(mini: Path) -> None:
    result = load(mini)
    assert result.exhibit is not None
    ex = result.exhibit
    assert [c.id for c in ex.chapters] == ["first", "second", "third"]
    assert {p.id for p in ex.photos} == {"tank", "parade"}
    assert ex.chapter_bodies["first"]["sr"].startswith("## Почетак")
    assert result.errors == []


def test_missing_translations_are_warnings_not_errors(mini: Path) -> None:
    result = load(mini)
    text = "\n".join(map(str, result.warnings))
    assert "Chapter 'third': title has no sr translation" in text
    assert "Missing translation (sr) of the text for 'second'" in text
    assert all(p.severity is Severity.WARNING for p in result.problems)


def test_malformed_toml_reports_line_and_column(mini: Path) -> None:
    (mini / "text" / "people.toml").write_text('[[person]]\nid = "x"\nname = "unclosed\n', encoding="utf-8")
    result = load(mini)
    [problem] = [p for p in result.errors if p.file == "text/people.toml"]
    assert problem.line == 3 and problem.column is not None
    assert "not valid TOML" in problem.message
    assert result.exhibit is not None and result.exhibit.people == []  # the rest still shows
    assert [c.id for c in result.exhibit.chapters] == ["first", "second", "third"]


def test_unknown_key_suggests_the_right_one(mini: Path) -> None:
    path = mini / "text" / "chapters.toml"
    path.write_text(
        path.read_text().replace('summary = { en = "Where it starts." }', 'sumary = "x"'), encoding="utf-8"
    )
    result = load(mini)
    [problem] = result.errors
    assert "Did you mean 'summary'?" in problem.message
    assert problem.line == 4  # the line where the misspelt key is
    assert [c.id for c in result.exhibit.chapters] == ["second", "third"]  # type: ignore[union-attr]


def test_wrong_type_and_bad_id_are_explained(mini: Path) -> None:
    path = mini / "text" / "people.toml"
    text = (
        path.read_text()
        .replace('id = "weichs"', 'id = "Von Weichs"')
        .replace('colour = "blue"', "colour = 3")
    )
    path.write_text(text, encoding="utf-8")
    found = "\n".join(messages(mini))
    assert "'id' is 'Von Weichs', which cannot be used as an id" in found
    assert "only of lower-case letters (a to z), digits and hyphens" in found
    assert "belgrade" not in found.split("which cannot be used as an id")[1].split("\n")[0]
    assert "'colour' is 3; it must be one of 'red', 'orange'" in found


def test_duplicate_ids_keep_the_first(mini: Path) -> None:
    path = mini / "text" / "chapters.toml"
    path.write_text(path.read_text() + '\n[[chapter]]\nid = "first"\ntitle = "Again"\n', encoding="utf-8")
    result = load(mini)
    assert any("is used twice" in p.message for p in result.errors)
    assert [c.id for c in result.exhibit.chapters].count("first") == 1  # type: ignore[union-attr]


def test_missing_photo_file_suggests_a_near_name(mini: Path) -> None:
    path = mini / "text" / "photos.toml"
    path.write_text(path.read_text().replace("photos/tank.jpg", "photos/tank1.jpg"), encoding="utf-8")
    result = load(mini)
    [problem] = [p for p in result.errors if "tank" in p.message]
    assert "Did you mean photos/tank.jpg?" in problem.message
    assert "tank" not in {p.id for p in result.exhibit.photos}  # type: ignore[union-attr]


def test_links_to_missing_items_are_dropped_and_reported(mini: Path) -> None:
    path = mini / "text" / "chapters.toml"
    path.write_text(
        path.read_text().replace('people = ["tito"]', 'people = ["titto", "nobody"]'), encoding="utf-8"
    )
    result = load(mini)
    text = "\n".join(map(str, result.problems))
    assert "links to the person 'titto'" in text and "did you mean 'tito'?" in text
    second = next(c for c in result.exhibit.chapters if c.id == "second")  # type: ignore[union-attr]
    assert second.people == []


def test_paths_outside_the_folder_are_refused(mini: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.jpg"
    outside.write_bytes(b"x")
    (mini / "photos" / "link.jpg").symlink_to(outside)
    path = mini / "text" / "photos.toml"
    base = path.read_text()
    for bad, words in [
        ("../secret.jpg", "outside the content folder"),
        (str(outside), "full path"),
        ("http://example.invalid/a.jpg", "web address"),
        ("photos/link.jpg", "symbolic link"),
    ]:
        path.write_text(base.replace("photos/tank.jpg", bad), encoding="utf-8")
        found = "\n".join(messages(mini))
        assert words in found, (bad, found)


def test_missing_manifest_is_the_only_fatal_problem(tmp_path: Path) -> None:
    result = load(tmp_path)
    assert result.exhibit is None
    assert "exhibit.toml" in str(result.problems[0])


def test_bundled_exhibit_has_no_errors() -> None:
    from kiosk.resources import bundled_exhibit

    result = load(bundled_exhibit())
    assert result.exhibit is not None
    assert result.errors == [], "\n".join(map(str, result.errors))
