"""A museum's own interface wording (interface/<lang>.toml): read, checked, and what falls back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.interface_text import catalogue, check_interface, read_wording, untranslated
from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.content.problems import Problem, Severity
from tests.exhibits import build_mini


def write(root: Path, lang: str, text: str) -> None:
    (root / "interface").mkdir(exist_ok=True)
    (root / "interface" / f"{lang}.toml").write_text(text, encoding="utf-8")


def exhibit_in(root: Path, languages: str) -> Exhibit:
    manifest = root / "exhibit.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('languages = ["en", "sr"]', f"languages = {languages}"),
        encoding="utf-8",
    )
    result = load(root)
    assert result.exhibit is not None
    return result.exhibit


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_mini(tmp_path / "mini")


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def test_the_catalogue_lists_every_interface_string() -> None:
    cat = catalogue()
    assert ("AttractScreen", "Touch to begin", False) in cat.messages
    assert ("HomeScreen", "%n chapter(s) to read", True) in cat.messages
    assert cat.translated["sr"] == frozenset(range(len(cat.messages)))
    assert cat.translated["de"] == frozenset(range(len(cat.messages)))
    assert set(cat.translated) == {
        "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "hu", "ro", "hr", "sr", "sr_Latn",
        "bg", "ru", "uk", "el", "tr", "ar", "he", "zh_Hans", "ja", "ko",
    }  # fmt: skip


def test_a_museum_words_labels_for_every_screen_one_screen_and_counts(folder: Path) -> None:
    write(
        folder,
        "de",
        '"Touch to begin" = "Bildschirm berühren"\n'
        '"%n chapter(s) to read" = { one = "%n Kapitel zum Lesen", other = "%n Kapitel zum Lesen" }\n'
        "\n[NavBar]\n"
        '"Home" = "Start"\n',
    )
    wording, problems = read_wording(folder, "de")
    assert problems == []
    assert wording.translate("AttractScreen", "Touch to begin") == "Bildschirm berühren"
    assert wording.translate("HomeScreen", "%n chapter(s) to read", 1) == "%n Kapitel zum Lesen"
    assert wording.translate("NavBar", "Home") == "Start"
    assert wording.translate("AdminPanel", "Home") is None  # only the navigation bar's
    assert wording.translate("NavBar", "Back") is None  # the shipped translation or English


def test_plural_forms_follow_cldr_for_the_language(folder: Path) -> None:
    write(
        folder,
        "sr",
        '"%n place(s) on the map" = { one = "%n место", few = "%n места", other = "%n места на мапи" }\n',
    )
    wording, problems = read_wording(folder, "sr")
    assert problems == []
    shown = {n: wording.translate("HomeScreen", "%n place(s) on the map", n) for n in (1, 3, 5, 21)}
    assert shown == {1: "%n место", 3: "%n места", 5: "%n места на мапи", 21: "%n место"}


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('"Touch to begn" = "Berühren"', "did you mean 'Touch to begin'"),
        ('"Text size %1 of %2" = "Schriftgröße %1"', "placeholders"),
        ('"%n chapter(s) to read" = { one = "ein Kapitel", other = "Kapitel" }', "keep %n"),
        ('"Home" = "<img src=x>"', "plain text"),
        ('"Home" = ""', "empty"),
        ('"Home" = { one = "a", other = "b" }', "shows no count"),
        ('"%n chapter(s) to read" = { few = "%n K", other = "%n K" }', "'few' is not a plural form"),
        ('"%n chapter(s) to read" = { one = "%n K" }', "'other'"),
        ('"Home" = 3', "in quotes"),
    ],
)
def test_mistakes_are_explained_with_their_line_and_not_applied(folder: Path, line: str, says: str) -> None:
    write(folder, "de", f'# the museum\'s German\n"Back" = "Zurück"\n{line}\n')
    wording, problems = read_wording(folder, "de")
    assert len(errors(problems)) == 1, problems
    problem = errors(problems)[0]
    assert says in problem.message and problem.line == 3 and problem.file == "interface/de.toml"
    assert list(wording.entries) == [(None, "Back")]  # the good line is still applied


def test_an_unknown_screen_is_explained(folder: Path) -> None:
    write(folder, "de", '[NavBr]\n"Home" = "Start"\n')
    _wording, problems = read_wording(folder, "de")
    assert [p.line for p in errors(problems)] == [1]
    assert "did you mean 'NavBar'" in errors(problems)[0].message


def test_a_missing_plural_form_is_a_warning_with_an_example(folder: Path) -> None:
    write(folder, "sr", '"%n place(s) on the map" = { one = "%n место", other = "%n места" }\n')
    wording, problems = read_wording(folder, "sr")
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert "few (e.g. 2)" in problems[0].message
    assert wording.translate("HomeScreen", "%n place(s) on the map", 3) == "%n места"


def test_broken_toml_is_one_error(folder: Path) -> None:
    write(folder, "de", '"Home" = "Start\n')
    wording, problems = read_wording(folder, "de")
    assert len(errors(problems)) == 1 and wording.entries == {}


def test_validate_lists_languages_that_fall_back_to_english_and_which_strings(folder: Path) -> None:
    exhibit = exhibit_in(folder, '["en", "sr", "sv", "fi"]')  # no interface translation: sv, fi
    write(folder, "sv", '"Touch to begin" = "Tryck på skärmen"\n')
    missing = untranslated(exhibit, folder)
    assert missing["sr"] == []  # shipped complete
    assert "Touch to begin" not in missing["sv"] and "Home" in missing["sv"]  # the kiosk ships no Swedish
    assert sorted(missing["fi"]) == sorted(catalogue().visitor_sources)  # nothing yet
    assert missing["fi"][0] == "Touch to begin"  # what every visitor meets comes first
    assert "That PIN is not right." not in missing["fi"]  # staff only
    problems = check_interface(exhibit, folder)
    by_file = {p.file: p for p in problems}
    assert set(by_file) == {"interface/sv.toml", "interface/fi.toml"}
    assert all(p.severity is Severity.WARNING for p in problems)
    assert "Svenska (sv)" in by_file["interface/sv.toml"].message
    assert "'Home'" in by_file["interface/sv.toml"].message
    nothing_yet = "no translation of its interface into this language yet"
    assert nothing_yet in by_file["interface/fi.toml"].message


def test_a_file_for_a_language_the_exhibit_lacks_is_named(folder: Path) -> None:
    exhibit = exhibit_in(folder, '["en", "sr"]')
    write(folder, "fr", '"Home" = "Accueil"\n')
    (folder / "interface" / "notes.txt").write_text("x", encoding="utf-8")
    problems = check_interface(exhibit, folder)
    assert sorted(p.file for p in problems) == ["interface/fr.toml", "interface/notes.txt"]


def test_a_language_without_calendar_data_is_named(folder: Path) -> None:
    exhibit = exhibit_in(folder, '["en", "sr", "xx"]')
    problems = check_interface(exhibit, folder)
    assert any(p.file == "exhibit.toml" and "'xx'" in p.message for p in problems)


def test_english_never_falls_back(folder: Path) -> None:
    exhibit = exhibit_in(folder, '["en-GB", "sr"]')
    assert untranslated(exhibit, folder) == {"sr": []}


def test_the_documented_example_is_valid(folder: Path) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "content-format.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n# interface/de.toml\n", 1)[1].split("```", 1)[0]
    write(folder, "de", example)
    wording, problems = read_wording(folder, "de")
    assert problems == []
    assert wording.translate("IdleOverlay", "Still there?") == "Sind Sie noch da?"
    assert wording.translate("NavBar", "Home") == "Start"
