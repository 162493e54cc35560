"""``kiosk upgrade``: a format-1 folder becomes format 2 in place, keeps a backup, and shows the same."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.commands.curator import upgrade_command
from kiosk.content.loader import load
from kiosk.content.model import Exhibit
from kiosk.screens.present import Presenter
from kiosk.screens.table import proof_routes, screen_data

FORMAT_1 = Path(__file__).parent / "upgrade"


def format_1_copy(tmp_path: Path, name: str, original: Path) -> Path:
    """``original`` (a format-2 folder) with its TOML files as they were in format 1."""
    folder = tmp_path / name
    shutil.copytree(original, folder)
    for path in folder.rglob("*.toml"):
        if path.parent.name != "interface":
            path.unlink()
    for path in (FORMAT_1 / f"{name}-format-1").rglob("*.toml"):
        target = folder / path.relative_to(FORMAT_1 / f"{name}-format-1")
        shutil.copy(path, target)
    return folder


def upgraded(folder: Path) -> str:
    out = io.StringIO()
    assert upgrade_command(folder, out=out) == 0, out.getvalue()
    return out.getvalue()


def screens(exhibit: Exhibit, lang: str) -> dict[str, object]:
    presenter = Presenter(exhibit, lang, lambda pid, v: f"image://derived/{pid}/{v}", lambda key: key)
    return {str(route): screen_data(presenter, route) for route in proof_routes(exhibit)}


def test_a_format_1_folder_is_refused_with_the_command_to_run(tmp_path: Path) -> None:
    folder = format_1_copy(tmp_path, "belgrade", resources.bundled_exhibit())
    result = load(folder)
    assert result.exhibit is None
    [problem] = result.problems
    assert problem.file == "exhibit.toml" and problem.line is not None
    assert f"Run 'kiosk upgrade {folder}' once" in problem.message


def test_the_upgraded_bundled_exhibit_shows_what_the_converted_one_shows(tmp_path: Path) -> None:
    bundled = resources.bundled_exhibit()
    folder = format_1_copy(tmp_path, "belgrade", bundled)
    report = upgraded(folder)
    assert "text/people.toml:" in report and "kind is gone" in report
    assert f"kept in {tmp_path / 'belgrade.format-1'}" in report
    assert "finds no problems" in report
    assert (tmp_path / "belgrade.format-1" / "text" / "forces.toml").is_file()  # the backup, untouched
    assert not (folder / "text" / "forces.toml").exists()

    mine, theirs = load(folder), load(bundled)
    assert mine.exhibit is not None and theirs.exhibit is not None
    assert mine.problems == theirs.problems == []
    # The bundled exhibit chose two things after its upgrade: British dates, and portraits.
    people = {p.id: p for p in theirs.exhibit.people}
    ours = mine.exhibit.model_copy(
        update={
            "manifest": mine.exhibit.manifest.model_copy(
                update={"regional": theirs.exhibit.manifest.regional}
            ),
            "people": [p.model_copy(update={"portrait": people[p.id].portrait}) for p in mine.exhibit.people],
        }
    )
    assert [str(r) for r in proof_routes(ours)] == [str(r) for r in proof_routes(theirs.exhibit)]
    for lang in ("en", "sr"):
        assert screens(ours, lang) == screens(theirs.exhibit, lang)


def test_the_workshop_example_upgrades_clean(tmp_path: Path) -> None:
    original = Path(__file__).parents[2] / "examples" / "kiosk-workshop"
    folder = format_1_copy(tmp_path, "workshop", original)
    report = upgraded(folder)
    assert "text/people.toml:" in report and "rank is now role" in report
    assert (folder / "schema" / "organisations.json").is_file()
    result = load(folder)
    assert result.exhibit is not None and result.problems == []
    assert [g.id for g in result.exhibit.groups] == ["other"]


def test_an_upgraded_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    shutil.copytree(resources.bundled_exhibit(), folder)
    out = io.StringIO()
    assert upgrade_command(folder, out=out) == 0
    assert "already in the current content format" in out.getvalue()
    assert not (tmp_path / "x.format-1").exists()


@pytest.mark.parametrize("text", ['format = 7\nid = "x"\n', "format = \n"])
def test_a_folder_that_cannot_be_upgraded_is_not_touched(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "exhibit.toml").write_text(text, encoding="utf-8")
    out = io.StringIO()
    assert upgrade_command(folder, out=out) == 1
    assert out.getvalue().startswith("kiosk upgrade: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x"]
    assert (folder / "exhibit.toml").read_text(encoding="utf-8") == text
