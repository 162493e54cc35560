"""Small content folders built on the fly for tests: a good one, and ways to break it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

MANIFEST = """\
format = 1
id = "mini"
languages = ["en", "sr"]
title = { en = "Mini exhibit", sr = "Мала изложба" }
subtitle = { en = "For tests", sr = "За тестове" }
attract_photos = ["tank", "parade"]

[[source]]
id = "book"
author = "A. Author"
title = "A Book"
year = 1983
pages = "1-10"
"""

CHAPTERS = """\
[[chapter]]
id = "first"
title = { en = "The first chapter", sr = "Прво поглавље" }
summary = { en = "Where it starts." }
lead_photo = "tank"
people = ["tolbukhin", "weichs"]
photos = ["tank"]
sources = ["book"]

[[chapter]]
id = "second"
title = { en = "The second chapter", sr = "Друго поглавље" }
people = ["tito"]
photos = ["parade", "tank"]
sources = ["book"]
note = { en = "The sources disagree about the date." }

[[chapter]]
id = "third"
title = { en = "The third chapter" }
sources = ["book"]
"""

PEOPLE = """\
[[person]]
id = "tolbukhin"
name = { en = "Fyodor Tolbukhin", sr = "Фјодор Толбухин" }
native_name = "Фёдор Толбухин"
side = "soviet"
rank = { en = "Marshal", sr = "Маршал" }
born = "1894-06-16"
died = "1949-10-17"
sources = ["book"]

[[person]]
id = "weichs"
name = "Maximilian von Weichs"
side = "german"
sources = ["book"]

[[person]]
id = "tito"
name = "Tito"
side = "yugoslav"
kind = "political"
sources = ["book"]
"""

PHOTOS = """\
[[gallery]]
id = "armour"
title = { en = "Armour", sr = "Оклоп" }
photos = ["tank", "parade"]

[[gallery]]
id = "city"
title = { en = "The city" }
photos = ["parade"]

[[photo]]
id = "tank"
file = "photos/tank.jpg"
title = { en = "A tank", sr = "Тенк" }
caption = { en = "A tank in the street.", sr = "Тенк на улици." }
credit = { en = "Test credit", sr = "Тест" }
date = "1944-10"
people = ["tolbukhin"]
placeholder = true

[[photo]]
id = "parade"
file = "photos/parade.png"
title = { en = "A parade" }
caption = { en = "People in the square." }
credit = "Test"
date = "1944-10-14/1944-10-20"
"""

BODIES = {
    "text/chapters/first.en.md": "## Start\n\nThe **first** words. An *emphasis*.\n\n- one\n- two\n",
    "text/chapters/first.sr.md": "## Почетак\n\nПрве речи.\n",
    "text/chapters/second.en.md": "Second text with <img src='http://example.invalid/x.png'> markup.\n",
    "text/chapters/third.en.md": "Third text.\n",
    "text/people/tolbukhin.en.md": "A Soviet commander.\n",
    "text/people/tolbukhin.sr.md": "Совјетски командант.\n",
    "text/people/weichs.en.md": "A German commander.\n",
    "text/people/tito.en.md": "The Partisan leader.\n",
}


def build_mini(root: Path) -> Path:
    (root / "text" / "chapters").mkdir(parents=True)
    (root / "text" / "people").mkdir(parents=True)
    (root / "photos").mkdir()
    (root / "exhibit.toml").write_text(MANIFEST, encoding="utf-8")
    (root / "text" / "chapters.toml").write_text(CHAPTERS, encoding="utf-8")
    (root / "text" / "people.toml").write_text(PEOPLE, encoding="utf-8")
    (root / "text" / "photos.toml").write_text(PHOTOS, encoding="utf-8")
    for rel, text in BODIES.items():
        (root / rel).write_text(text, encoding="utf-8")
    Image.new("RGB", (1200, 800), (120, 90, 60)).save(root / "photos" / "tank.jpg", quality=80)
    Image.new("RGB", (800, 1000), (60, 90, 120)).save(root / "photos" / "parade.png")
    return root
