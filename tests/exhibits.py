"""Small content folders built on the fly for tests: a good one, and ways to break it."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

MANIFEST = """\
format = 2
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
events = ["assault"]
places = ["belgrade"]
sources = ["book"]
note = { en = "The sources disagree about the date." }

[[chapter]]
id = "third"
title = { en = "The third chapter" }
sources = ["book"]
"""

PEOPLE = """\
[[group]]
id = "soviet"
name = { en = "Soviet", sr = "Совјетска страна" }
colour = "red"

[[group]]
id = "yugoslav"
name = { en = "Yugoslav Partisans", sr = "Југословенски партизани" }
colour = "blue"
line = "dash-dot"

[[group]]
id = "german"
name = { en = "German", sr = "Немачка страна" }
colour = "slate"
line = "dashed"

[[person]]
id = "tolbukhin"
name = { en = "Fyodor Tolbukhin", sr = "Фјодор Толбухин" }
native_name = "Фёдор Толбухин"
group = "soviet"
role = { en = "Marshal", sr = "Маршал" }
born = "1894-06-16"
died = "1949-10-17"
sources = ["book"]

[[person]]
id = "weichs"
name = "Maximilian von Weichs"
group = "german"
sources = ["book"]

[[person]]
id = "tito"
name = "Tito"
group = "yugoslav"
order = 1
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
events = ["belgrade-falls"]
"""

# The timeline and the map: two phases, an event of every precision, places, two arrows.
EVENTS = """\
[[phase]]
id = "approach"
title = { en = "The approach", sr = "Прилаз" }
start = "1944-10-01"
end = "1944-10-13"

[[phase]]
id = "assault"
title = { en = "The assault", sr = "Напад" }
start = "1944-10-14"
end = "1944-10-22"

[[event]]
id = "bombing"
date = "1944-04/1944-05"
title = { en = "Bombers over the city", sr = "Бомбардери над градом" }
summary = { en = "Before the campaign." }
place = "belgrade"

[[event]]
id = "pancevo"
date = "1944-10-05"
title = { en = "Pančevo is taken", sr = "Заузето Панчево" }
summary = { en = "The first paragraph.\\n\\nThe second paragraph." }
place = "pancevo"
places = ["vrsac"]
people = ["tolbukhin"]
organisations = ["10th-rifle-corps"]
phase = "approach"
sources = ["book"]

[[event]]
id = "assault"
date = "1944-10-14"
title = { en = "The assault begins", sr = "Почиње напад" }
summary = { en = "Tanks enter the city.", sr = "Тенкови улазе у град." }
place = "belgrade"
places = ["avala"]
people = ["tolbukhin", "tito"]
phase = "assault"
sources = ["book"]

[[event]]
id = "street-fighting"
date = "1944-10-14/1944-10-20"
title = { en = "Fighting street by street" }
summary = { en = "A week of fighting." }
place = "belgrade"
phase = "assault"

[[event]]
id = "siege"
date = "1944-10"
title = { en = "The city under siege" }
summary = { en = "Some time in October." }
place = "belgrade"

[[event]]
id = "a-year-of-war"
date = "1944"
title = { en = "A year of war" }
summary = { en = "The whole year." }

[[event]]
id = "belgrade-falls"
date = "1944-10-20"
title = { en = "Belgrade is taken", sr = "Београд је заузет" }
summary = { en = "The fortress falls last." }
place = "kalemegdan"
places = ["belgrade"]
phase = "assault"
sources = ["book"]

[[event]]
id = "meeting"
date = "1944-10-09"
title = { en = "A meeting far away" }
summary = { en = "Off the map." }
place = "moscow"
"""

PLACES = """\
[[place]]
id = "belgrade"
name = { en = "Belgrade", sr = "Београд" }
native = "Beograd"
kind = "city"
lat = 44.817
lon = 20.457
summary = { en = "The capital.", sr = "Престоница." }

[[place]]
id = "kalemegdan"
name = { en = "Kalemegdan Fortress" }
kind = "fortress"
lat = 44.823
lon = 20.45

[[place]]
id = "sava-bridge"
name = { en = "Sava bridge" }
kind = "bridge"
lat = 44.81
lon = 20.448

[[place]]
id = "zemun"
name = { en = "Zemun" }
kind = "town"
lat = 44.843
lon = 20.401

[[place]]
id = "avala"
name = { en = "Avala" }
kind = "hill"
lat = 44.69
lon = 20.515

[[place]]
id = "pancevo"
name = { en = "Pančevo", sr = "Панчево" }
kind = "town"
lat = 44.871
lon = 20.64

[[place]]
id = "vrsac"
name = { en = "Vršac" }
kind = "town"
lat = 45.117
lon = 21.303

[[place]]
id = "moscow"
name = { en = "Moscow" }
kind = "city"
lat = 55.756
lon = 37.617
"""

ROUTES = """\
[[route]]
id = "to-belgrade"
label = { en = "The drive on Belgrade" }
group = "soviet"
start = "1944-10-01"
end = "1944-10-20"
waypoints = ["vrsac", "pancevo", "belgrade"]

[[route]]
id = "withdrawal"
label = { en = "The German withdrawal" }
group = "german"
start = "1944-10-19"
end = "1944-10-22"
waypoints = ["belgrade", "sava-bridge", "zemun"]
"""

ORGANISATIONS = """\
[[organisation]]
id = "10th-rifle-corps"
name = { en = "10th Rifle Corps", sr = "10. стрељачки корпус" }
group = "soviet"
leader = "tolbukhin"
figures = [{ label = { en = "Members", sr = "Чланови" }, value = 12500 }]
"""

LAND = {
    "type": "FeatureCollection",
    "bbox": [19.0, 43.5, 23.0, 46.5],
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Serbia", "name_sr": "Србија"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[19.2, 43.6], [22.8, 43.6], [22.8, 46.3], [19.2, 46.3], [19.2, 43.6]]],
            },
        }
    ],
}

RIVERS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Danube", "name_sr": "Дунав", "weight": 2},
            "geometry": {
                "type": "LineString",
                "coordinates": [[19.3, 45.3], [20.3, 44.95], [20.45, 44.83], [20.9, 44.7], [22.5, 44.6]],
            },
        },
        {
            "type": "Feature",
            "properties": {"name": "Sava", "name_sr": "Сава"},
            "geometry": {
                "type": "LineString",
                "coordinates": [[19.3, 44.9], [20.1, 44.7], [20.45, 44.82]],
            },
        },
    ],
}

SCENES = """\
[[scene]]
id = "campaign"
title = { en = "The campaign", sr = "Поход" }
bbox = [19.9, 44.4, 21.6, 45.3]

[[scene]]
id = "city"
title = { en = "The city", sr = "Град" }
around = "belgrade"
radius_km = 16
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
    (root / "text" / "events.toml").write_text(EVENTS, encoding="utf-8")
    (root / "text" / "places.toml").write_text(PLACES, encoding="utf-8")
    (root / "text" / "routes.toml").write_text(ROUTES, encoding="utf-8")
    (root / "text" / "organisations.toml").write_text(ORGANISATIONS, encoding="utf-8")
    (root / "geo").mkdir()
    (root / "geo" / "land.geojson").write_text(json.dumps(LAND), encoding="utf-8")
    (root / "geo" / "rivers.geojson").write_text(json.dumps(RIVERS), encoding="utf-8")
    (root / "geo" / "map.toml").write_text(SCENES, encoding="utf-8")
    for rel, text in BODIES.items():
        (root / rel).write_text(text, encoding="utf-8")
    Image.new("RGB", (1200, 800), (120, 90, 60)).save(root / "photos" / "tank.jpg", quality=80)
    Image.new("RGB", (800, 1000), (60, 90, 120)).save(root / "photos" / "parade.png")
    return root
