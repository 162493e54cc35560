"""Hostile and odd content: each case is reported in plain words, and the kiosk shows everything else.

Images go through the whole path a curator uses (``kiosk validate --images``, and the derivative
cache the kiosk prepares a content folder with); manifests through the loader; paths must never
let the kiosk read outside the content folder; text is shown as typed, never interpreted.
"""

from __future__ import annotations

import dataclasses
import io
import random
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from kiosk.commands.validate import validate_command
from kiosk.content import markdown
from kiosk.content.loader import load
from kiosk.content.problems import Severity
from kiosk.content.scaffold import scaffold
from kiosk.images import DecodeSandbox, DerivativeCache
from kiosk.intake.image_check import Depth, inspect_photos
from kiosk.screens.present import Presenter

ROOT = Path(__file__).resolve().parents[2]
SECRET = "SECRET-OUTSIDE-THE-FOLDER"


# --- picture makers (generated on the fly: no binary fixtures) -----------------------------------


def busy(size: tuple[int, int]) -> Image.Image:
    """A picture with edges and gradients, so that JPEG has real data to cut off."""
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(im)
    for x in range(0, size[0], 40):
        draw.line([(x, 0), (x + size[1] // 3, size[1])], fill=(230, 40, 20), width=5)
    return im


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(path: Path, width: int, height: int) -> None:
    """A 100-byte PNG whose header claims width x height pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + png_chunk(b"IEND", b"")
    )


def big_grey_png(path: Path, side: int) -> None:
    """A real side x side greyscale PNG, written row by row (never held in memory here)."""
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = b"\0" + bytes(range(256)) * (side // 256) + bytes(side % 256)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")
    )


def encoded(im: Image.Image, fmt: str, **params: Any) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, fmt, **params)
    return buffer.getvalue()


def marked(size: tuple[int, int]) -> Image.Image:
    """Grey with a red block in the stored top-left corner, to see where a rotation puts it."""
    im = Image.new("RGB", size, (128, 128, 128))
    ImageDraw.Draw(im).rectangle([0, 0, size[0] // 4, size[1] // 4], fill=(255, 0, 0))
    return im


def rotated_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to show": stored landscape, shown portrait
    return encoded(marked((1600, 1200)), "JPEG", quality=90, exif=exif.tobytes())


def animated_gif() -> bytes:
    frames = [Image.new("P", (1600, 1200), i) for i in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


def sixteen_bit_png() -> bytes:
    return encoded(Image.linear_gradient("L").resize((1600, 1200)).convert("I;16"), "PNG")


# photo id -> (file name, bytes or a writer, the error words expected from `validate --images`, or None)
CASES: dict[str, tuple[str, Any, str | None]] = {
    "truncated": (
        "truncated.jpg",
        lambda: encoded(busy((1600, 1200)), "JPEG", quality=95)[:60_000],
        "truncated",
    ),
    "zero-bytes": ("zero-bytes.jpg", b"", "the file is empty (0 bytes); copy it again"),
    "text-as-jpeg": ("notes.jpg", b"Not a photo at all.\n", "not a picture"),
    "cmyk": ("cmyk.jpg", lambda: encoded(Image.new("CMYK", (1600, 1200), (0, 80, 160, 20)), "JPEG"), None),
    "rotated": ("rotated.jpg", rotated_jpeg, None),
    "sixteen-bit": ("sixteen-bit.png", sixteen_bit_png, None),
    "progressive": ("progressive.jpg", lambda: encoded(busy((1600, 1200)), "JPEG", progressive=True), None),
    "gif-as-png": ("animated.png", animated_gif, "GIF picture (although its name ends in .png)"),
    "bmp-as-jpeg": ("bitmap.jpg", lambda: encoded(Image.new("RGB", (1600, 1200)), "BMP"), "BMP picture"),
    # Shown (judged by its content); validate warns that its name is wrong.
    "tiff-as-png": ("scan.png", lambda: encoded(Image.new("RGB", (1600, 1200)), "TIFF"), None),
    "webp-as-jpeg": ("really-webp.jpg", lambda: encoded(busy((1600, 1200)), "WEBP"), None),
    "bomb": ("bomb.png", "bomb", "40000 x 30000 pixels (1200 megapixels); the kiosk accepts up to 1000"),
    # kiosk/images decodes up to a gigapixel, streaming with libvips: a 100-megapixel PNG is shown.
    "huge": ("huge.png", "huge", None),
    "largest": ("largest.png", "largest", None),
}
# Found from the header alone, without decoding (the default `kiosk validate`).
HEADER_CASES = {"zero-bytes", "text-as-jpeg", "gif-as-png", "bmp-as-jpeg", "bomb", "truncated"}
LARGEST = 7700  # 59.3 megapixels


def add_photo(folder: Path, photo_id: str, file: str) -> None:
    with (folder / "text" / "photos.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            f'\n[[photo]]\nid = "{photo_id}"\nfile = "{file}"\ntitle = "{photo_id}"\n'
            f'caption = "A hostile case."\ncredit = "Tests"\n'
        )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "exhibit"
    scaffold(folder, ["en", "sr"])
    for photo_id, (name, content, _) in CASES.items():
        path = folder / "photos" / name
        if content == "bomb":
            png_claiming(path, 40_000, 30_000)
        elif content == "huge":
            big_grey_png(path, 10_000)
        elif content == "largest":
            big_grey_png(path, LARGEST)
        else:
            path.write_bytes(content() if callable(content) else content)
        add_photo(folder, photo_id, f"photos/{name}")
    (folder / "photos" / "animated.gif").write_bytes(animated_gif())
    add_photo(folder, "gif-by-name", "photos/animated.gif")
    return folder


@pytest.fixture(scope="module")
def full_report(hostile: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = validate_command(hostile, out=out, err=out, images=True)
    return status, out.getvalue().splitlines()


@pytest.fixture(scope="module")
def header_report(hostile: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = validate_command(hostile, out=out, err=out)
    return status, out.getvalue().splitlines()


def errors_about(lines: list[str], photo_id: str) -> list[str]:
    return [line for line in lines if line.startswith("ERROR") and f"Photo '{photo_id}'" in line]


@pytest.mark.parametrize("photo_id", list(CASES))
def test_validate_images_reports_each_case_in_plain_words(
    full_report: tuple[int, list[str]], photo_id: str
) -> None:
    status, lines = full_report
    assert status == 1
    name, _, expected = CASES[photo_id]
    found = errors_about(lines, photo_id)
    if expected is None:
        assert found == [], found
    else:
        [line] = found
        assert line.startswith("ERROR: text/photos.toml, line ")
        assert f"Photo '{photo_id}': photos/{name} cannot be shown: " in line
        assert expected in line
        assert "Traceback" not in line and "Error:" not in line.split("cannot be shown")[1]


@pytest.mark.parametrize("photo_id", list(CASES))
def test_quick_validate_finds_what_the_header_shows(
    header_report: tuple[int, list[str]], photo_id: str
) -> None:
    _, lines = header_report
    assert bool(errors_about(lines, photo_id)) == (photo_id in HEADER_CASES)


def test_gif_by_name_is_refused_by_the_loader(full_report: tuple[int, list[str]]) -> None:
    [line] = errors_about(full_report[1], "gif-by-name")
    assert (
        "photos/animated.gif is not a JPEG, PNG, WebP, TIFF or JPEG 2000 file. "
        "Save it in one of those formats." in line
    )


def test_everything_else_still_shows(hostile: Path, full_report: tuple[int, list[str]]) -> None:
    exhibit = load(hostile).exhibit
    assert exhibit is not None
    assert [c.id for c in exhibit.chapters] == ["welcome", "making-it-yours"]
    assert [p.id for p in exhibit.people] == ["ana-example", "marko-example"]
    assert not errors_about(full_report[1], "example-landscape")
    assert not errors_about(full_report[1], "example-portrait")


@pytest.fixture(scope="module")
def prepared(
    hostile: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DerivativeCache, dict[str, Any]]]:
    """The kiosk's own path: the loaded exhibit's photos through the derivative cache, within 1 GB each."""
    exhibit = load(hostile).exhibit
    assert exhibit is not None
    items = [(p.id, hostile / p.file) for p in exhibit.photos]
    with (
        DecodeSandbox(2, memory_limit=1024 * 1024 * 1024) as sandbox,
        DerivativeCache(tmp_path_factory.mktemp("cache"), sandbox=sandbox) as cache,
    ):
        yield cache, cache.prepare(items)


def test_cache_shows_the_odd_but_valid_pictures(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    cache, results = prepared
    for photo_id in (
        "cmyk",
        "rotated",
        "sixteen-bit",
        "progressive",
        "webp-as-jpeg",
        "largest",
        "huge",
        "tiff-as-png",
    ):
        assert results[photo_id].ok, (photo_id, results[photo_id].reason)
        with Image.open(results[photo_id].paths["screen"]) as im:
            assert im.format == "JPEG" and im.mode in ("RGB", "L")
    for photo_id in HEADER_CASES:
        assert not results[photo_id].ok and cache.path(photo_id) is None


def test_exif_rotated_photo_is_shown_upright(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    _, results = prepared
    with Image.open(results["rotated"].paths["screen"]) as im:
        assert im.size == (1200, 1600)  # portrait, as the camera was held
        red = im.convert("RGB").getpixel((im.width - 20, 20))  # stored top-left is now top-right
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 60


def test_huge_png_is_scaled_within_the_budget(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    _, results = prepared
    info = results["largest"].info
    assert (info.width, info.height) == (LARGEST, LARGEST)
    assert info.sizes["screen"] == (2560, 2560) and info.sizes["thumb"] == (512, 512)


def test_cmyk_comes_out_rgb(prepared: tuple[DerivativeCache, dict[str, Any]]) -> None:
    _, results = prepared
    assert results["cmyk"].info.mode == "CMYK" and results["cmyk"].info.output_mode == "RGB"


def test_quick_inspection_reads_upright_size_without_decoding(hostile: Path) -> None:
    exhibit = load(hostile).exhibit
    assert exhibit is not None
    verdicts = inspect_photos(exhibit, hostile, Depth.QUICK)
    rotated = verdicts["rotated"].info
    assert rotated is not None and (rotated.width, rotated.height) == (1200, 1600)
    # The end of the file is read too: a JPEG without its end marker is cut off.
    assert verdicts["truncated"].reason == "the JPEG is truncated (the file ends early); copy it again"
    tiff = verdicts["tiff-as-png"].info
    assert verdicts["tiff-as-png"].reason is None and tiff is not None and tiff.format == "TIFF"


def test_quick_validate_warns_about_a_misnamed_file(header_report: tuple[int, list[str]]) -> None:
    [line] = [line for line in header_report[1] if "Photo 'tiff-as-png'" in line and "really" in line]
    assert line.startswith("WARNING: ")
    assert "photos/scan.png is really a TIFF picture, although its name ends in .png" in line
    assert "rename it to end in .tif" in line


# --- manifests ---------------------------------------------------------------------------------


def report(folder: Path) -> str:
    out = io.StringIO()
    validate_command(folder, out=out, err=out, quick=True)
    return out.getvalue()


@pytest.fixture
def new(tmp_path: Path) -> Path:
    folder = tmp_path / "exhibit"
    scaffold(folder, ["en", "sr"])
    return folder


def test_malformed_toml_gives_line_and_column(new: Path) -> None:
    path = new / "text" / "people.toml"
    text = path.read_text(encoding="utf-8").replace('sort_name = "Example"', 'sort_name = "Example', 1)
    path.write_text(text, encoding="utf-8")
    line_no = text.splitlines().index('sort_name = "Example') + 1
    found = report(new)
    assert re.search(
        rf"ERROR: text/people.toml, line {line_no}, column \d+: This is not valid TOML", found
    ), found
    assert "Nothing from this file is shown until it is fixed." in found


def test_deeply_nested_brackets_do_not_crash(new: Path) -> None:
    (new / "text" / "people.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000, encoding="utf-8")
    found = report(new)
    assert "ERROR: text/people.toml: This file has brackets nested too deeply to read." in found


@pytest.mark.parametrize(
    ("old", "new_text", "words"),
    [
        (
            "year = 2024",
            'year = "soon"',
            "Source 'example-source': 'year' should be a whole number.",
        ),
        ("placeholder = true", 'placeholder = "maybe"', "'placeholder' should be true or false."),
        ('photos = ["example-landscape"]', 'photos = "example-landscape"', "'photos' should be a list"),
        ('colour = "teal"', 'colour = "martian"', "'colour' is 'martian'; it must be one of 'red'"),
        ('born = "1901"', 'born = "1901-13-45"', "is not a real date"),
    ],
)
def test_wrong_types_are_explained(new: Path, old: str, new_text: str, words: str) -> None:
    for rel in ("exhibit.toml", "text/photos.toml", "text/people.toml", "text/chapters.toml"):
        path = new / rel
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new_text, 1), encoding="utf-8")
            break
    else:
        pytest.fail(f"{old!r} is in no file")
    assert words in report(new)


def test_error_in_a_source_points_at_its_line(new: Path) -> None:
    path = new / "exhibit.toml"
    lines = path.read_text(encoding="utf-8").replace("year = 2024", "year = 19.5").splitlines()
    path.write_text("\n".join(lines), encoding="utf-8")
    found = report(new)
    assert (
        f"ERROR: exhibit.toml, line {lines.index('year = 19.5') + 1}: Source 'example-source': 'year'"
        in found
    )


def test_a_pasted_page_is_not_repeated_in_the_message(new: Path) -> None:
    path = new / "text" / "people.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('colour = "teal"', f'colour = "{"x" * 5000}"', 1),
        encoding="utf-8",
    )
    line = next(x for x in report(new).splitlines() if "'colour'" in x)
    assert len(line) < 400


def test_unknown_key_duplicate_id_and_missing_links(new: Path) -> None:
    chapters = new / "text" / "chapters.toml"
    text = chapters.read_text(encoding="utf-8")
    text = text.replace('lead_photo = "example-landscape"', 'lead_photo = "example-landscap"', 1)
    text = text.replace('people = ["marko-example"]', 'people = ["marko-exampel", "nobody"]')
    text += (
        '\n[[chapter]]\nid = "welcome"\ntitle = { en = "Again", sr = "Опет" }\nsources = ["example-source"]\n'
    )
    text += '\n[[chapter]]\nid = "third"\ntitle = "Third"\nsumary = "x"\n'
    chapters.write_text(text, encoding="utf-8")
    found = report(new)
    assert "'sumary' is not a field the kiosk knows. Did you mean 'summary'?" in found
    assert "The chapter id 'welcome' is used twice (first at line" in found
    assert (
        "Chapter 'making-it-yours' links to the person 'marko-exampel', which the exhibit does not have."
        in found
    )
    assert "(did you mean 'marko-example'?)" in found
    assert "links to the person 'nobody'" in found
    assert "Chapter 'welcome': lead_photo is 'example-landscap', but there is no photo with that id" in found


def test_reference_to_a_missing_photo_and_file(new: Path) -> None:
    (new / "photos" / "example-portrait.jpg").unlink()
    found = report(new)
    assert "Photo 'example-portrait': the file photos/example-portrait.jpg does not exist." in found
    # The gallery's link is not called a typo: it names the first cause.
    [line] = [x for x in found.splitlines() if x.startswith("WARNING") and "Gallery 'examples'" in x]
    assert "links to the photo 'example-portrait', which is left out because of a problem of its own" in line
    assert "the file photos/example-portrait.jpg does not exist" in line
    assert "spelling" not in line


def test_mangled_files_never_raise(new: Path) -> None:
    """A few hundred random cuts and byte flips of every TOML file: problems, never an exception."""
    rng = random.Random(1944)
    files = ["exhibit.toml", "text/chapters.toml", "text/people.toml", "text/photos.toml"]
    originals = {rel: (new / rel).read_bytes() for rel in files}
    for _ in range(300):
        rel = rng.choice(files)
        data = bytearray(originals[rel])
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(data))
            data[position] = rng.choice(b'[]{}="\n#.,\\\x00\xff\xc3azAZ09 -')
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        (new / rel).write_bytes(bytes(data))
        result = load(new)
        assert all(isinstance(str(p), str) for p in result.problems)
        (new / rel).write_bytes(originals[rel])


# --- paths: nothing outside the content folder is ever read ------------------------------------


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


# --- text: shown as typed, never interpreted ---------------------------------------------------

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


def test_problems_are_plain_strings_with_severity(hostile: Path) -> None:
    for problem in load(hostile).problems:
        assert problem.severity in (Severity.ERROR, Severity.WARNING)
        assert "\n" not in str(problem)
