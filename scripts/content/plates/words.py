"""The words on a plate: the date, the place and the subject line, from the photo's entry."""

from __future__ import annotations

import datetime as dt

from drawing.content import date_parts, text_of

from kiosk.content.formatting import MONTHS
from kiosk.map.projection import distance_km

MONTHS_EN = MONTHS["en"]


def format_date(text: str | None) -> str:
    """'1944-10-20' -> '20 October 1944'; '1944-09/1944-10' -> 'September–October 1944'."""
    if not text:
        return "Date unknown"
    if "/" in text:
        a, b = (date_parts(t) for t in text.split("/", 1))
        if a[0] == b[0] and a[1] and b[1]:
            if a[1] == b[1] and a[2] and b[2]:
                return f"{a[2]}–{b[2]} {MONTHS_EN[a[1] - 1]} {a[0]}"
            left = f"{a[2]} {MONTHS_EN[a[1] - 1]}" if a[2] else MONTHS_EN[a[1] - 1]
            right = f"{b[2]} {MONTHS_EN[b[1] - 1]}" if b[2] else MONTHS_EN[b[1] - 1]
            return f"{left} – {right} {a[0]}"
        return f"{format_date(text.split('/')[0])} – {format_date(text.split('/')[1])}"
    year, month, day = date_parts(text)
    if day and month:
        dt.date(year, month, day)  # raises on a date that does not exist
        return f"{day} {MONTHS_EN[month - 1]} {year}"
    if month:
        return f"{MONTHS_EN[month - 1]} {year}"
    return str(year)


def place_label(place_id: str | None, places: dict[str, dict]) -> str:
    """The place's English name; a spot inside Belgrade gets ', Belgrade' after it."""
    if not place_id:
        return "Place not recorded"
    place = places.get(place_id)
    if place is None:
        return place_id.replace("-", " ").title()
    name = text_of(place.get("name"))
    city = places.get("belgrade")
    if (
        place_id != "belgrade"
        and city is not None
        and place.get("kind") in {"district", "building", "bridge", "fortress"}
        and distance_km((place["lon"], place["lat"]), (city["lon"], city["lat"])) < 15
    ):
        name += ", Belgrade"
    return name


def first_sentence(text: str) -> str:
    """The caption's first sentence, which the captions are written to make a subject line."""
    text = " ".join(text.split())
    for i, ch in enumerate(text):
        if ch in ".;" and (i + 1 == len(text) or text[i + 1] == " "):
            # Do not stop at abbreviations such as "Lt." or initials such as "V.".
            word = text[:i].rsplit(" ", 1)[-1]
            if len(word) <= 2 or word in {"Lt", "Gen", "Col", "St", "No"}:
                continue
            return text[: i + 1] if ch == "." else text[:i] + "."
    return text


def is_portrait(photo: dict) -> bool:
    """Upright plates for portraits: photos whose alt text says they stand in for a portrait."""
    return "portrait" in text_of(photo.get("alt")).lower() or photo["id"].endswith("-portrait")
