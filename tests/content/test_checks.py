"""``kiosk validate`` as curators read it: one line per problem, file and line, what to do; exit status."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from kiosk.commands import curator as curator_cli
from kiosk.commands import validate as validate_module
from kiosk.commands.validate import validate_command
from kiosk.content import loader
from kiosk.content.checks import CAPTION_MAX_CHARS, CAPTION_MAX_WORDS, content_warnings
from kiosk.content.problems import Severity
from kiosk.intake.check import check
from kiosk.intake.image_check import MIN_LONG_SIDE

CREDIT = (
    'credit = { en = "Example image made by kiosk new", sr = "Пример слике, направила команда kiosk new" }'
)
LINE = re.compile(r"^(ERROR|WARNING): [^:]+?(, line \d+(, column \d+)?)?: .+$")


def run(folder: Path, **options: bool) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = validate_command(folder, out=out, err=err, **options)
    return status, out.getvalue(), err.getvalue()


def report_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("ERROR", "WARNING"))]


def warnings_of(folder: Path) -> list[str]:
    result = loader.load(folder)
    return [str(p) for p in content_warnings(result, folder)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n" + text)


# --- exit status and the shape of the report ---------------------------------------------------


def test_clean_folder_exits_0(new: Path) -> None:
    status, out, _ = run(new)
    assert status == 0
    assert out.strip() == f"{new}: no problems found."


def test_warnings_only_exit_2_and_one_line_each(mini: Path) -> None:
    status, out, _ = run(mini, quick=True)
    assert status == 2
    lines = report_lines(out)
    assert lines and all(LINE.match(line) for line in lines), out
    assert all(line.startswith("WARNING") for line in lines)
    assert out.splitlines()[-1] == f"{mini}: 0 errors, {len(lines)} warnings."


def test_errors_exit_1_errors_first_sorted_by_file_and_line(new: Path) -> None:
    edit(new / "text" / "photos.toml", 'file = "photos/example-portrait.jpg"', 'file = "photos/nope.jpg"')
    edit(new / "text" / "chapters.toml", 'id = "making-it-yours"', 'id = "Making It Yours"')
    status, out, _ = run(new, quick=True)
    assert status == 1
    lines = report_lines(out)
    severities = [line.split(":")[0] for line in lines]
    assert severities == sorted(severities)  # ERROR before WARNING
    errors = [line for line in lines if line.startswith("ERROR")]
    assert errors[0].startswith("ERROR: text/chapters.toml, line ")
    assert errors[1].startswith("ERROR: text/photos.toml, line ")
    assert "(those items are left out until fixed)" in out.splitlines()[-1]


def test_unloadable_folder_says_nothing_shows(tmp_path: Path) -> None:
    status, out, _ = run(tmp_path)
    assert status == 1
    assert "ERROR: exhibit.toml: This file is missing" in out
    assert "cannot be shown until the error above is fixed" in out


def test_unexpected_failure_is_one_plain_line_never_a_traceback(
    monkeypatch: pytest.MonkeyPatch, new: Path
) -> None:
    def broken(root: Path) -> loader.LoadResult:
        raise RuntimeError("simulated\nfault in the loader")

    monkeypatch.setattr(loader, "load", broken)
    status, out, err = run(new)
    assert status == validate_module.FAILED == 3
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "please report this" in err and "RuntimeError: simulated fault in the loader" in err
    assert "Traceback" not in err


def test_help_explains_exit_status_and_thresholds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        curator_cli.main(["validate", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in ("0 no problems", "1 errors", "2 warnings only", "3 the check itself failed"):
        assert words in text
    assert f"{CAPTION_MAX_WORDS} words" in text and f"{MIN_LONG_SIDE} pixels" in text


def test_cli_options_reach_the_check(monkeypatch: pytest.MonkeyPatch, new: Path) -> None:
    seen: list[dict[str, object]] = []

    def fake(folder: Path, **options: object) -> int:
        seen.append({"folder": folder, **options})
        return 0

    monkeypatch.setattr(validate_module, "validate_command", fake)
    assert curator_cli.main(["validate", str(new), "--images"]) == 0
    assert curator_cli.main(["validate", str(new), "--quick"]) == 0
    assert seen == [
        {"folder": new, "images": True, "quick": False},
        {"folder": new, "images": False, "quick": True},
    ]


def test_the_kiosk_command_has_validate_once_with_its_options(
    new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """kiosk/cli.py takes validate, new and schema from kiosk/commands/curator.py, as they are."""
    import argparse

    from kiosk import cli

    parser = cli.build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    args = parser.parse_args(["validate", str(new), "--quick"])
    assert args.func(args) == 0
    assert "no problems found" in capsys.readouterr().out
    assert {"new", "schema", "validate"} <= set(sub.choices)
    with pytest.raises(SystemExit):
        parser.parse_args(["validate", str(new), "--quick", "--images"])  # one or the other


def test_bundled_exhibit_is_clean() -> None:
    from kiosk.resources import bundled_exhibit

    status, out, _ = run(bundled_exhibit())  # how long it takes is a benchmark's business, not a test's
    assert status == 0, out


# --- what the loader says, in curators' words ---------------------------------------------------


def test_missing_photo_file_names_the_near_file(new: Path) -> None:
    photos = new / "photos"
    (photos / "example-landscape.jpg").rename(photos / "tank-03.jpg")
    edit(new / "text" / "photos.toml", 'id = "example-landscape"', 'id = "tanks-03"')
    edit(new / "text" / "photos.toml", "photos/example-landscape.jpg", "photos/tank03.jpg")
    _, out, _ = run(new, quick=True)
    assert (
        "Photo 'tanks-03': the file photos/tank03.jpg does not exist. Did you mean photos/tank-03.jpg?" in out
    )


def test_wrong_case_and_wrong_folder_are_pointed_out(new: Path) -> None:
    (new / "photos" / "example-landscape.jpg").rename(new / "photos" / "Example-Landscape.JPG")
    (new / "pictures").mkdir()
    (new / "photos" / "example-portrait.jpg").rename(new / "pictures" / "example-portrait.jpg")
    _, out, _ = run(new, quick=True)
    assert "Did you mean photos/Example-Landscape.JPG? Upper and lower case letters must match" in out
    assert (
        "the file photos/example-portrait.jpg does not exist. Did you mean pictures/example-portrait.jpg?"
        in out
    )


def test_misnamed_text_file_is_suggested_but_not_another_language(new: Path) -> None:
    chapters = new / "text" / "chapters"
    (chapters / "welcome.sr.md").rename(chapters / "welcome.sr.md.txt")
    (chapters / "making-it-yours.sr.md").unlink()
    _, out, _ = run(new, quick=True)
    assert (
        "Missing translation (sr) of the text for 'welcome'. Did you mean text/chapters/welcome.sr.md.txt?"
        in out
    )
    line = next(x for x in out.splitlines() if "making-it-yours.sr.md:" in x)
    assert "Did you mean" not in line  # never the English file, never another chapter's text


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("image", "Did you mean 'file'?"),
        ("Caption", "Did you mean 'caption'? Field names are written in lower case"),
        ("copyright", "Did you mean 'rights'?"),
        ("captoin", "Did you mean 'caption'?"),
        ("body", "Long texts go in their own file"),
    ],
)
def test_unknown_field_gets_a_did_you_mean(new: Path, key: str, hint: str) -> None:
    edit(new / "text" / "photos.toml", "placeholder = true\n", f'placeholder = true\n{key} = "x"\n')
    _, out, _ = run(new, quick=True)
    line = next(x for x in out.splitlines() if f"'{key}' is not a field" in x)
    assert hint in line and line.startswith("ERROR: text/photos.toml, line ")


def test_missing_required_field_says_what_it_is(new: Path) -> None:
    edit(
        new / "text" / "photos.toml",
        CREDIT + "\n",
        "",
    )
    _, out, _ = run(new, quick=True)
    assert "'credit' is required but missing. Add it (the line saying who made or owns the photo" in out


# --- the house rules: allowed, but weak -------------------------------------------------------


def test_empty_credit_line_is_a_warning(new: Path) -> None:
    edit(
        new / "text" / "photos.toml",
        CREDIT,
        'credit = { en = "  ", sr = "Пример" }',
    )
    [line] = [w for w in warnings_of(new) if "credit" in w]
    assert line.startswith("WARNING: text/photos.toml, line ")
    assert "Photo 'example-landscape': the credit line is empty (en)" in line


def test_long_captions_state_the_threshold(new: Path) -> None:
    words = " ".join(["word"] * (CAPTION_MAX_WORDS + 1))
    chars = "x" * (CAPTION_MAX_CHARS + 1)
    at_limit = " ".join(["word"] * CAPTION_MAX_WORDS)
    photos = new / "text" / "photos.toml"
    edit(photos, 'caption.en = "A card made', f'caption.en = "{words}"\n# "A card made')
    edit(photos, 'caption.sr = "Картица команде', f'caption.sr = "{chars}"\n# "')
    edit(photos, 'caption.en = "An upright card', f'caption.en = "{at_limit}"\n# "')
    found = [w for w in warnings_of(new) if "caption is" in w]  # the 401 x are also one endless word
    assert len(found) == 2, found
    assert f"the en caption is {CAPTION_MAX_WORDS + 1} words" in found[0]
    assert f"at most {CAPTION_MAX_WORDS} words and {CAPTION_MAX_CHARS} characters" in found[0]
    assert f"({CAPTION_MAX_CHARS + 1} characters)" in found[1]


def test_small_photo_is_a_warning_with_its_upright_size(new: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    Image.new("RGB", (1200, 800), (90, 90, 90)).save(new / "photos" / "example-landscape.jpg", exif=exif)
    status, out, _ = run(new)
    assert status == 2
    lines = (new / "text" / "photos.toml").read_text(encoding="utf-8").splitlines()
    ident = lines.index('id = "example-landscape"')
    header = max(i for i in range(ident) if lines[i] == "[[photo]]") + 1  # lines count from 1
    assert (
        f"WARNING: text/photos.toml, line {header}: Photo 'example-landscape': "
        "photos/example-landscape.jpg is only "
        f"800 x 1200 pixels, so it looks soft on the kiosk's screen. Use a scan at least {MIN_LONG_SIDE} "
        "pixels on its long side." in out
    )
    assert run(new, quick=True)[0] == 0  # --quick does not open the photos


def test_photo_in_no_gallery(new: Path) -> None:
    edit(
        new / "text" / "photos.toml",
        'photos = ["example-landscape", "example-portrait"]',
        'photos = ["example-landscape"]',
    )
    [line] = [w for w in warnings_of(new) if "gallery" in w]
    assert "Photo 'example-portrait' is in no gallery" in line and ", line " in line


def test_photos_but_no_galleries_is_one_warning(mini: Path) -> None:
    path = mini / "text" / "photos.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[text.index("[[photo]]") :], encoding="utf-8")
    found = [w for w in warnings_of(mini) if "galler" in w]
    assert found == [
        "WARNING: text/photos.toml: The exhibit has photos but no galleries, so visitors cannot browse them. "
        'Add a [[gallery]] with an id, a title and photos = ["...", "..."].'
    ]


def test_chapters_people_and_events_without_sources(new: Path) -> None:
    edit(new / "text" / "chapters.toml", 'sources = ["example-source"]\n', "")
    edit(new / "text" / "people.toml", 'sources = ["example-source"]\n', "")
    (new / "text" / "events.toml").write_text(
        '[[event]]\nid = "opening"\ndate = "2024-05"\ntitle = { en = "Opening", sr = "Отварање" }\n'
        'summary = { en = "It opened.", sr = "Отворено је." }\n',
        encoding="utf-8",
    )
    found = [w for w in warnings_of(new) if "cites no source" in w]
    assert [w.split(": ", 2)[1] for w in found] == [
        "text/chapters.toml, line 5",
        "text/people.toml, line 16",
        "text/events.toml, line 1",
    ]
    assert "Chapter 'welcome' cites no source" in found[0]
    assert 'Add sources = ["example-source"]' in found[0]


def test_person_nobody_mentions(new: Path) -> None:
    edit(new / "text" / "chapters.toml", 'people = ["marko-example"]', "people = []")
    edit(new / "text" / "photos.toml", 'people = ["marko-example"]', "people = []")
    [line] = [w for w in warnings_of(new) if "not mentioned" in w]
    assert line.startswith("WARNING: text/people.toml, line ")
    assert "Person 'marko-example' is not mentioned by any chapter, photo or event" in line


def test_an_organisations_leader_counts_as_a_mention(new: Path) -> None:
    edit(new / "text" / "chapters.toml", 'people = ["marko-example"]', "people = []")
    edit(new / "text" / "photos.toml", 'people = ["marko-example"]', "people = []")
    (new / "text" / "organisations.toml").write_text(
        '[[organisation]]\nid = "band"\nname = "The Band"\nleader = "marko-example"\n'
        'sources = ["example-source"]\n',
        encoding="utf-8",
    )
    assert not [w for w in warnings_of(new) if "not mentioned" in w]


def test_text_in_a_language_the_exhibit_lacks(new: Path) -> None:
    edit(
        new / "text" / "chapters.toml",
        'title = { en = "Welcome", sr = "Добро дошли" }',
        'title = { en = "Welcome", sr = "Добро дошли", rs = "x" }',
    )
    [line] = [w for w in warnings_of(new) if "'rs'" in w]
    assert "Chapter 'welcome': title has a 'rs' text, but the exhibit's languages are en, sr" in line
    assert "Did you mean 'sr'?" in line


def test_stray_text_files(new: Path) -> None:
    chapters = new / "text" / "chapters"
    (chapters / "welcom.en.md").write_text("A typo in the name.\n", encoding="utf-8")
    (chapters / "welcome.de.md").write_text("Willkommen.\n", encoding="utf-8")
    (chapters / "notes.docx").write_bytes(b"PK\x03\x04")
    (chapters / "making-it-yours.en.md").write_text("", encoding="utf-8")
    (chapters / ".DS_Store").write_bytes(b"\0")
    found = "\n".join(warnings_of(new))
    assert "text/chapters/welcom.en.md: This text belongs to no chapter" in found
    assert "Did you mean welcome.en.md?" in found
    assert (
        "text/chapters/welcome.de.md: This text is in 'de', which is not one of the exhibit's languages"
        in found
    )
    assert "text/chapters/notes.docx: The kiosk does not read this file" in found
    assert "text/chapters/making-it-yours.en.md: This text file is empty" in found
    assert ".DS_Store" not in found


def test_text_of_an_item_left_out_by_an_error_is_not_called_stray(new: Path) -> None:
    edit(new / "text" / "chapters.toml", 'id = "welcome"', 'id = "Welcome!"')
    assert not [w for w in warnings_of(new) if "belongs to no chapter" in w]


def test_check_without_images_leaves_photos_alone(new: Path) -> None:
    (new / "photos" / "example-portrait.jpg").write_bytes(b"")
    loaded, problems = check(new, images=None)
    assert loaded and problems == []
    loaded, problems = check(new)
    assert [p.severity for p in problems] == [Severity.ERROR]
    assert "the file is empty (0 bytes)" in problems[0].message
