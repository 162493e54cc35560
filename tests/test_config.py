"""kiosk.toml: every mistake in plain words with its line, and the kiosk starts anyway (issue 13, item 9)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config, read_config


def settings(tmp_path: Path, text: str, *, bom: bool = False) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return path


def test_bad_values_fall_back_one_by_one_with_their_lines(tmp_path: Path) -> None:
    path = settings(
        tmp_path,
        'content = "/srv/exhibit"\n'
        "idle_timeout_s = 1000000000\n"
        "rotate = 45\n"
        "idel_warning_s = 3\n"
        'screen = "one"\n'
        'language = "English"\n'
        "screen_diagonal_inches = 55\n",
    )
    report = read_config(path)
    config = report.config
    assert config.content == Path("/srv/exhibit") and config.screen_diagonal_inches == 55  # the good ones
    assert (config.idle_timeout_s, config.rotate, config.screen, config.language) == (90, 0, 0, None)
    assert report.problems == [
        f"{path}: line 2: idle_timeout_s is 1000000000, but it must be at most 3600; using the default (90).",
        f"{path}: line 4: 'idel_warning_s' is not a setting the kiosk knows "
        "(did you mean 'idle_warning_s'?); it is ignored.",
        f"{path}: line 5: screen is 'one', but it must be a whole number; using the default (0).",
        f'{path}: line 6: language is \'English\', but it must be a language code such as "en" or "sr"; '
        "using the default (none).",
        f"{path}: line 3: rotate must be 0, 90, 180 or 270 (it is 45); using 0.",
    ]
    assert not any("pydantic" in p or "http" in p for p in report.problems)


def test_a_line_that_is_not_toml_is_left_out_and_the_rest_is_read(tmp_path: Path) -> None:
    path = settings(tmp_path, 'rotate = 90\nlanguage = "sr\ncontent = "/srv/exhibit"\n')
    report = read_config(path)
    assert report.config.rotate == 90 and report.config.content == Path("/srv/exhibit")
    [problem] = report.problems
    assert problem.startswith(f"{path}: line 2, column 15: this is not valid TOML")
    assert problem.endswith("The line is ignored.")


def test_bad_opening_hours_leave_the_exhibit_on(tmp_path: Path) -> None:
    report = read_config(settings(tmp_path, 'rotate = 0\n\n[schedule]\nmonday = ["9-17"]\n'))
    assert report.config.schedule == {}
    [problem] = report.problems
    assert "line 3: opening hours: monday: '9-17' is not a range" in problem
    assert "stays on at all hours" in problem


def test_a_warning_as_long_as_the_timeout_is_shortened(tmp_path: Path) -> None:
    report = read_config(settings(tmp_path, "idle_timeout_s = 30\nidle_warning_s = 60\n"))
    assert (report.config.idle_timeout_s, report.config.idle_warning_s) == (30, 15)
    assert "line 2: idle_warning_s (60 s) must be shorter than idle_timeout_s (30 s)" in report.problems[0]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    report = read_config(settings(tmp_path, "rotate = 270\n", bom=True))  # Windows PowerShell's UTF8
    assert report.config.rotate == 270 and report.problems == []


def test_a_missing_file_named_explicitly_means_defaults_and_says_so(tmp_path: Path) -> None:
    report = read_config(tmp_path / "nowhere.toml")
    assert report.config.rotate == 0 and "does not exist" in report.problems[0]


def test_the_strict_form_still_refuses_a_bad_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="rotate must be"):
        load_config(settings(tmp_path, "rotate = 45\n"))
