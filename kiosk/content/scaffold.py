"""``kiosk new DIR``: a small, working example exhibit to start from. Pure Python: no Qt.

In the languages asked for (``--languages de,en,ar``; English by default), the first the default:
two chapters, one gallery of two generated example images, a group of two people, and a comment on
every field. Its texts come from kiosk/content/starter_texts.py; a language without a starter
there gets the English texts, and :func:`scaffold` says which. ``kiosk
validate`` finds no problems in it. Each TOML file starts with the ``#:schema`` line that lets an
editor with TOML schema support (Taplo, Even Better TOML) complete and check it, and the schemas
are written to ``schema/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PIL import Image, ImageDraw, ImageFont

from kiosk import resources
from kiosk.content.model import LANG_PATTERN
from kiosk.content.schema import SCHEMA_FOLDER, directive, write_schemas
from kiosk.content.starter_texts import BODIES, STARTER_LANGUAGES, TEXTS
from kiosk.content.upgrade.tomltext import toml_value


class ScaffoldError(Exception):
    """Why the folder cannot be made, in words for a curator."""


EXHIBIT_TOML: Final = """\
{directive}
# The exhibit as a whole. Lines starting with # are comments: the kiosk ignores them.
# The curator's guide (docs/curator-guide.md) explains every step; docs/content-format.md every field.

# The version of the content format. Leave it at 2.
format = 2

# A short name for the exhibit: lower-case letters, digits and hyphens. Do not change it once the
# exhibit is open to visitors: the visitor statistics use it.
id = "{exhibit_id}"

# The exhibit's languages, as codes (en, de, ar, sr-Latn...). The first is the default: a text not
# yet translated is shown in it (marked as such), and "kiosk validate" lists what is missing.
languages = {languages}

# Dates and numbers follow each language's own conventions. To write them as a region does, name
# it here, e.g. regional = {{ en = "en-GB" }} for "20 October 1944" rather than "October 20, 1944".

# The title on the attract screen and the home screen, one text per language.
title = {t:title}

# One line under the title.
subtitle = {t:subtitle}

# The slideshow shown while nobody is using the kiosk: photo ids from text/photos.toml.
attract_photos = ["example-landscape", "example-portrait"]

# The works the exhibit's facts come from. Chapters, people and events cite them by id, and the
# kiosk lists them under each. Add one [[source]] block per work.
[[source]]
# Its id (what chapters, people and events cite), author, title, year and the pages used.
id = "example-source"
author = "A. Author"
title = "An Example Book"
year = 2024
pages = "1-10"
note = {t:source_note}
"""

CHAPTERS_TOML: Final = """\
{directive}
# The story's chapters, in reading order. Each [[chapter]] block is one chapter.
# A chapter's text lives in its own files, one per language: {bodies_example}.

[[chapter]]
# A short name: lower-case letters, digits and hyphens. It names the text files too.
id = "welcome"
# The chapter's title and a one-line summary for the list of chapters, in each language.
title = {t:welcome}
summary = {t:welcome_summary}
# The photo at the top of the chapter (a photo id from text/photos.toml).
lead_photo = "example-landscape"
# What the chapter mentions: visitors can tap through to these. Ids from the other files.
people = ["ana-example"]
photos = ["example-landscape"]
# Where the chapter's facts come from: ids of [[source]] blocks in exhibit.toml.
sources = ["example-source"]

[[chapter]]
id = "making-it-yours"
title = {t:yours}
summary = {t:yours_summary}
people = ["marko-example"]
photos = ["example-portrait"]
sources = ["example-source"]
# A curator's note, shown under the chapter, e.g. where sources disagree. Leave it out if not needed.
note = {t:yours_note}
"""

PEOPLE_TOML: Final = """\
{directive}
# The people of the exhibit. Each [[person]] block is one person; their biography lives in
# text/people/<id>.<language>.md, one file per language.

# Groups, if the exhibit wants them: the People screen lists each group under its name, in the
# order written here. People in no group are listed together, without a heading. Leave the groups
# out if your exhibit does not need them.
[[group]]
# A short name for the group: lower-case letters, digits and hyphens. People name it in group.
id = "example-group"
# The group's name, the heading of its people on the People screen.
name = {t:group}
# The group's colour: red, orange, gold, green, teal, blue, purple, rose, slate or brown.
colour = "teal"

[[person]]
# A short name: lower-case letters, digits and hyphens. It names the biography files too.
id = "ana-example"
# The name as visitors read it, in each language (a plain "text" is the same in every language).
name = {t:ana}
# How the name sorts in lists, usually the family name.
sort_name = "Example"
# The group the person belongs to (a [[group]] id above). Leave it out for no group.
group = "example-group"
# Who the person is in your exhibit: one line under the name.
role = {t:ana_role}
# Dates as precisely as you know them: "1901-05-20" (a day), "1901-05" (a month) or "1901" (a year).
born = "1901"
died = "1980-05"
sources = ["example-source"]

[[person]]
id = "marko-example"
name = {t:marko}
sort_name = "Example"
group = "example-group"
role = {t:marko_role}
born = "1910-03-14"
# A photo of the person (a photo id from text/photos.toml), shown wherever the person appears.
# Without one (like Ana above) the kiosk draws the person's initials.
portrait = "example-portrait"
sources = ["example-source"]
"""

PHOTOS_TOML: Final = """\
{directive}
# Galleries and photos. A [[gallery]] lists photo ids in viewing order; a [[photo]] describes one
# photo file in the photos/ folder. Photos must be JPEG, PNG, WebP, TIFF or JPEG 2000, at least 1280
# pixels on the long side.

[[gallery]]
# A gallery: its id, title, a one-line summary, and its photos in viewing order.
id = "examples"
title = {t:gallery}
summary = {t:gallery_summary}
photos = ["example-landscape", "example-portrait"]

[[photo]]
# The photo's id: galleries, chapters and people refer to the photo by it.
id = "example-landscape"
# The file, inside this folder.
file = "photos/example-landscape.jpg"
title = {t:landscape}
# What the photo shows: at most 60 words, visitors read it standing up.
caption = {t:landscape_caption}
# The credit line, always shown under the photo: who made or holds it.
credit = {t:credit}
# Copyright or licence (optional).
rights = {t:rights}
# What the image shows, for visitors who cannot see it.
alt = {t:landscape_alt}
date = "2024"
# Who is in the photo (people ids): their pages link to it.
people = ["ana-example"]
# true while the file is a stand-in until the real scan arrives: the kiosk marks it as such.
placeholder = true

[[photo]]
id = "example-portrait"
file = "photos/example-portrait.jpg"
title = {t:portrait}
caption = {t:portrait_caption}
credit = {t:credit}
alt = {t:portrait_alt}
people = ["marko-example"]
placeholder = true
"""

PHOTOS: Final[dict[str, tuple[int, int]]] = {
    "photos/example-landscape.jpg": (2400, 1600),
    "photos/example-portrait.jpg": (1600, 2000),
}


def exhibit_id_for(folder: Path) -> str:
    """A valid exhibit id from the folder's name: "Harbour History" -> "harbour-history"."""
    text = re.sub(r"[^a-z0-9]+", "-", folder.name.lower()).strip("-")
    return text or "my-exhibit"


@dataclass
class Scaffold:
    written: list[Path]
    english_for: list[str]  # languages asked for that got the English example texts


def parse_languages(text: str) -> list[str]:
    """``"de,en,ar"`` -> ["de", "en", "ar"]; raises ScaffoldError with what is wrong."""
    codes = [c.strip() for c in text.split(",") if c.strip()]
    if not codes:
        raise ScaffoldError("Name at least one language, e.g. --languages en or --languages de,en,ar.")
    for code in codes:
        if not LANG_PATTERN.match(code):
            raise ScaffoldError(f"'{code}' is not a language code. Use codes like en, de, ar, sr-Latn.")
    if len(set(codes)) != len(codes):
        raise ScaffoldError("A language is named twice in --languages.")
    return codes


def scaffold(target: Path, languages: list[str] | None = None) -> Scaffold:
    """Write the example exhibit into ``target`` (new or empty), in ``languages`` (the first the
    default; English when none are given)."""
    target = Path(target)
    languages = languages or ["en"]
    if target.exists() and not target.is_dir():
        raise ScaffoldError(f"{target} is a file. Give the name of a new folder.")
    if target.is_dir() and any(target.iterdir()):
        raise ScaffoldError(
            f"{target} is not empty. 'kiosk new' never writes over files: give the name of a new folder."
        )
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def put(rel: str, text: str) -> None:
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    def fill(template: str, rel: str) -> str:
        text = template.replace("{directive}", directive(rel))
        text = text.replace("{exhibit_id}", exhibit_id_for(target))
        text = text.replace("{languages}", toml_value(languages)).replace("{{", "{").replace("}}", "}")
        bodies = ", ".join(f"text/chapters/<id>.{lang}.md" for lang in languages)
        text = text.replace("{bodies_example}", bodies)
        text = re.sub(r"(?m)^([a-z_]+) = \{t:([a-z_]+)\}$", lambda m: _dotted(m[1], m[2], languages), text)
        return re.sub(r"\{t:([a-z_]+)\}", lambda m: toml_value(_texts(m.group(1), languages)), text)

    for rel, template in (
        ("exhibit.toml", EXHIBIT_TOML),
        ("text/chapters.toml", CHAPTERS_TOML),
        ("text/people.toml", PEOPLE_TOML),
        ("text/photos.toml", PHOTOS_TOML),
    ):
        put(rel, fill(template, rel))
    for stem, by_language in BODIES.items():
        for lang in languages:
            put(f"{stem}.{lang}.md", by_language[_starter(lang)])
    for rel, size in PHOTOS.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        example_card(size, rel).save(path, "JPEG", quality=85)
        written.append(path)
    written += write_schemas(target / SCHEMA_FOLDER)
    return Scaffold(written, [lang for lang in languages if _starter(lang) != lang.split("-")[0]])


def _starter(lang: str) -> str:
    """The starter language whose texts ``lang`` gets: itself (by its base language), else English."""
    base = lang.split("-")[0]
    if base == "sr" and "Latn" in lang:
        return "en"  # the Serbian starter is in Cyrillic
    return base if base in STARTER_LANGUAGES else "en"


# Long texts are written one language a line (``caption.en = "..."``), short ones in one table.
_ONE_A_LINE: Final = frozenset(
    {"subtitle", "source_note", "gallery_summary", "landscape_caption", "portrait_caption"}
)


def _dotted(field: str, key: str, languages: list[str]) -> str:
    texts = _texts(key, languages)
    if key not in _ONE_A_LINE:
        return f"{field} = {toml_value(texts)}"
    return "\n".join(f"{field}.{lang} = {toml_value(text)}" for lang, text in texts.items())


def _texts(key: str, languages: list[str]) -> dict[str, str]:
    return {lang: TEXTS[key][_starter(lang)] for lang in languages}


def example_card(size: tuple[int, int], label: str) -> Image.Image:
    """A plain grey card that says EXAMPLE, with the file name it stands in for."""
    width, height = size
    card = Image.new("RGB", size, (118, 122, 128))
    draw = ImageDraw.Draw(card)
    border = max(8, width // 100)
    draw.rectangle(
        [border, border, width - border - 1, height - border - 1], outline=(235, 235, 235), width=border
    )
    big, small = _font(width // 9), _font(width // 36)
    lines = [("EXAMPLE", big), (label, small), ("Replace this file with your photo", small)]
    boxes = [draw.textbbox((0, 0), text, font=font) for text, font in lines]
    gap = height // 30
    y = (height - sum(b[3] - b[1] for b in boxes) - gap * (len(lines) - 1)) / 2
    for (text, font), box in zip(lines, boxes, strict=True):
        draw.text(
            ((width - (box[2] - box[0])) / 2 - box[0], y - box[1]), text, fill=(245, 245, 245), font=font
        )
        y += box[3] - box[1] + gap
    return card


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    bold = resources.qml_dir() / "Kiosk" / "fonts" / "NotoSans-Bold.ttf"
    try:
        return ImageFont.truetype(str(bold), size)
    except OSError:  # an installation without the UI's fonts: Pillow's own (Latin only)
        return ImageFont.load_default(size)
