"""``kiosk new DIR``: a small, working example exhibit to start from. Pure Python: no Qt.

Two languages (English and Serbian, the languages the kiosk's interface speaks), two chapters, one
gallery of two generated example images, two people, and a comment on every field. ``kiosk
validate`` finds no problems in it. Each TOML file starts with the ``#:schema`` line that lets an
editor with TOML schema support (Taplo, Even Better TOML) complete and check it, and the schemas
are written to ``schema/``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from PIL import Image, ImageDraw, ImageFont

from kiosk import resources
from kiosk.content.schema import SCHEMA_FOLDER, directive, write_schemas


class ScaffoldError(Exception):
    """Why the folder cannot be made, in words for a curator."""


EXHIBIT_TOML: Final = """\
{directive}
# The exhibit as a whole. Lines starting with # are comments: the kiosk ignores them.
# The curator's guide (docs/curator-guide.md) explains every step; docs/content-format.md every field.

# The version of the content format. Leave it at 1.
format = 1

# A short name for the exhibit: lower-case letters, digits and hyphens. Do not change it once the
# exhibit is open to visitors: the visitor statistics use it.
id = "{exhibit_id}"

# The exhibit's languages, as two-letter codes. The first is the default: a text not yet translated
# is shown in it (marked as such), and "kiosk validate" lists what is missing.
languages = ["en", "sr"]

# The title on the attract screen and the home screen, one text per language.
title = {{ en = "An example exhibit", sr = "Пример изложбе" }}

# One line under the title.
# (A long text can also be written one language per line, like this.)
subtitle.en = "Made by kiosk new: replace every text and photo with your own"
subtitle.sr = "Направљено командом kiosk new: замените сваки текст и сваку фотографију својим"

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
note.en = "Replace this with a work your exhibit really cites."
note.sr = "Замените ово делом на које се ваша изложба заиста позива."
"""

CHAPTERS_TOML: Final = """\
{directive}
# The story's chapters, in reading order. Each [[chapter]] block is one chapter.
# A chapter's text lives in its own files: text/chapters/<id>.en.md, text/chapters/<id>.sr.md.

[[chapter]]
# A short name: lower-case letters, digits and hyphens. It names the text files too.
id = "welcome"
# The chapter's title and a one-line summary for the list of chapters, in each language.
title = { en = "Welcome", sr = "Добро дошли" }
summary = { en = "What this example exhibit is for.", sr = "Чему служи овај пример изложбе." }
# The photo at the top of the chapter (a photo id from text/photos.toml).
lead_photo = "example-landscape"
# What the chapter mentions: visitors can tap through to these. Ids from the other files.
people = ["ana-example"]
photos = ["example-landscape"]
# Where the chapter's facts come from: ids of [[source]] blocks in exhibit.toml.
sources = ["example-source"]

[[chapter]]
id = "making-it-yours"
title = { en = "Making it yours", sr = "Како да изложба постане ваша" }
summary = { en = "Where each text and photo lives.", sr = "Где се налази који текст и која фотографија." }
people = ["marko-example"]
photos = ["example-portrait"]
sources = ["example-source"]
# A curator's note, shown under the chapter, e.g. where sources disagree. Leave it out if not needed.
note = { en = "This note is an example too.", sr = "И ова напомена је пример." }
"""

PEOPLE_TOML: Final = """\
{directive}
# The people of the exhibit. Each [[person]] block is one person; their biography lives in
# text/people/<id>.en.md and text/people/<id>.sr.md.

[[person]]
# A short name: lower-case letters, digits and hyphens. It names the biography files too.
id = "ana-example"
# The name as visitors read it, in each language (a plain "text" is the same in every language).
name = { en = "Ana Example", sr = "Ана Пример" }
# How the name sorts in lists, usually the family name.
sort_name = "Example"
# The People screen groups people by side: soviet, german, bulgarian, yugoslav or other.
side = "other"
# commander or political: commanders are listed first in their group.
kind = "political"
# A short description under the name.
rank = { en = "An example person: replace her with a real one", sr = "Пример особе: замените је стварном" }
# Dates as precisely as you know them: "1901-05-20" (a day), "1901-05" (a month) or "1901" (a year).
born = "1901"
died = "1980-05"
sources = ["example-source"]

[[person]]
id = "marko-example"
name = { en = "Marko Example", sr = "Марко Пример" }
sort_name = "Example"
side = "other"
kind = "political"
rank = { en = "Another example person", sr = "Још један пример особе" }
born = "1910-03-14"
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
title = { en = "Example photos", sr = "Примери фотографија" }
summary.en = "Two generated cards standing in for real photographs."
summary.sr = "Две генерисане картице уместо правих фотографија."
photos = ["example-landscape", "example-portrait"]

[[photo]]
# The photo's id: galleries, chapters and people refer to the photo by it.
id = "example-landscape"
# The file, inside this folder.
file = "photos/example-landscape.jpg"
title = { en = "An example landscape photo", sr = "Пример положене фотографије" }
# What the photo shows: at most 60 words, visitors read it standing up.
caption.en = "A card made by kiosk new. Put your photo in its place and describe here what it shows."
caption.sr = "Картица команде kiosk new. Ставите своју фотографију на њено место и опишите шта приказује."
# The credit line, always shown under the photo: who made or holds it.
credit = { en = "Example image made by kiosk new", sr = "Пример слике, направила команда kiosk new" }
# Copyright or licence (optional).
rights = { en = "Free to replace", sr = "Слободно замените" }
# What the image shows, for visitors who cannot see it.
alt = { en = "A grey card with the word EXAMPLE.", sr = "Сива картица са речју ПРИМЕР." }
date = "2024"
# Who is in the photo (people ids): their pages link to it.
people = ["ana-example"]
# true while the file is a stand-in until the real scan arrives: the kiosk marks it as such.
placeholder = true

[[photo]]
id = "example-portrait"
file = "photos/example-portrait.jpg"
title = { en = "An example portrait photo", sr = "Пример усправне фотографије" }
caption.en = "An upright card, as a portrait would be."
caption.sr = "Усправна картица, каква би била фотографија портрета."
credit = { en = "Example image made by kiosk new", sr = "Пример слике, направила команда kiosk new" }
alt = { en = "An upright grey card with the word EXAMPLE.", sr = "Усправна сива картица са речју ПРИМЕР." }
people = ["marko-example"]
placeholder = true
"""

BODIES: Final[dict[str, str]] = {
    "text/chapters/welcome.en.md": """\
## An example to start from

This exhibit was made by **kiosk new**. Every text and photo in it is an example: replace them with
your own, one at a time, and check the folder with *kiosk validate* after each step.

A chapter's text is plain text with a few marks:

- a line starting with ## is a heading
- a blank line starts a new paragraph
- *one star* on each side is emphasis, **two stars** are strong
- a line starting with a hyphen is a list item
""",
    "text/chapters/welcome.sr.md": """\
## Пример од кога се полази

Ову изложбу направила је команда **kiosk new**. Сваки текст и свака фотографија у њој су примери:
замените их својима, један по један, и после сваког корака проверите фасциклу командом
*kiosk validate*.

Текст поглавља је обичан текст са неколико ознака:

- ред који почиње са ## је наслов
- празан ред почиње нови пасус
- *једна звездица* са сваке стране је истицање, **две звездице** су јако истицање
- ред који почиње цртицом је ставка списка
""",
    "text/chapters/making-it-yours.en.md": """\
## Where things live

The list of chapters is in text/chapters.toml, the people in text/people.toml, the galleries and
photos in text/photos.toml. Each chapter's text is in the folder text/chapters, one file per
language.

The curator's guide shows each step: adding a photo, a person, a chapter or a language.
""",
    "text/chapters/making-it-yours.sr.md": """\
## Где се шта налази

Списак поглавља је у датотеци text/chapters.toml, особе у text/people.toml, галерије и фотографије
у text/photos.toml. Текст сваког поглавља је у фасцикли text/chapters, по једна датотека за сваки
језик.

Водич за кустосе показује сваки корак: додавање фотографије, особе, поглавља или језика.
""",
    "text/people/ana-example.en.md": """\
Ana Example is not a real person. Write a real person's biography here: two or three short
paragraphs, as for a museum label.
""",
    "text/people/ana-example.sr.md": """\
Ана Пример није стварна особа. Овде напишите биографију стварне особе: два или три кратка пасуса,
као за музејску легенду.
""",
    "text/people/marko-example.en.md": """\
Marko Example is not a real person either. The chapter *Making it yours* mentions him, so his page
links back to it.
""",
    "text/people/marko-example.sr.md": """\
Ни Марко Пример није стварна особа. Помиње га поглавље *Како да изложба постане ваша*, па његова
страница води назад до њега.
""",
}

PHOTOS: Final[dict[str, tuple[int, int]]] = {
    "photos/example-landscape.jpg": (2400, 1600),
    "photos/example-portrait.jpg": (1600, 2000),
}


def exhibit_id_for(folder: Path) -> str:
    """A valid exhibit id from the folder's name: "Harbour History" -> "harbour-history"."""
    text = re.sub(r"[^a-z0-9]+", "-", folder.name.lower()).strip("-")
    return text or "my-exhibit"


def scaffold(target: Path) -> list[Path]:
    """Write the example exhibit into ``target`` (new or empty); returns the files written."""
    target = Path(target)
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

    put(
        "exhibit.toml",
        EXHIBIT_TOML.format(directive=directive("exhibit.toml"), exhibit_id=exhibit_id_for(target)),
    )
    for rel, template in (
        ("text/chapters.toml", CHAPTERS_TOML),
        ("text/people.toml", PEOPLE_TOML),
        ("text/photos.toml", PHOTOS_TOML),
    ):
        put(rel, template.replace("{directive}", directive(rel)))
    for rel, text in BODIES.items():
        put(rel, text)
    for rel, size in PHOTOS.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        example_card(size, rel).save(path, "JPEG", quality=85)
        written.append(path)
    written += write_schemas(target / SCHEMA_FOLDER)
    return written


def example_card(size: tuple[int, int], label: str) -> Image.Image:
    """A plain grey card that says EXAMPLE (and ПРИМЕР), with the file name it stands in for."""
    width, height = size
    card = Image.new("RGB", size, (118, 122, 128))
    draw = ImageDraw.Draw(card)
    border = max(8, width // 100)
    draw.rectangle(
        [border, border, width - border - 1, height - border - 1], outline=(235, 235, 235), width=border
    )
    big, small = _font(width // 9), _font(width // 36)
    lines = [("EXAMPLE", big), ("ПРИМЕР", big), (label, small), ("Replace this file with your photo", small)]
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
