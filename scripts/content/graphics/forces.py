"""chart-forces: formations with men and weapons in forces.toml side by side as bars (one scale per
measure); larger totals (whole armies, the offensive) as figures below; and the sentences of each
force's note that bear on the figures."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from drawing.content import load_toml, text_of
from PIL import Image

from graphics.canvas import Canvas
from graphics.furniture import source_line, title_band
from graphics.style import INK, INK_SOFT, PAPER, SOURCE_CHART, H, W, side_colour, side_name

METRICS = [
    ("men", "Men", "људство"),
    ("tanks", "Tanks and self-propelled guns", "тенкови и самоходни топови"),
    ("guns", "Guns and mortars", "топови и минобацачи"),
]
UNITS = {
    # strength key: (English, Serbian) for the figures of the wider offensive
    "men": ("men", "људи"),
    "tanks": ("tanks and self-propelled guns", "тенкова и самоходних топова"),
    "assault_guns": ("assault guns", "јуришних топова"),
    "guns": ("guns and mortars", "топова и минобацача"),
    "mortars": ("mortars", "минобацача"),
    "aircraft": ("aircraft", "авиона"),
    "vehicles": ("vehicles", "возила"),
    "divisions": ("divisions", "дивизија"),
    "brigades": ("brigades", "бригада"),
}
SIDE_ORDER = ["german", "soviet", "bulgarian", "yugoslav", "other"]
FIGURE_WORDS = re.compile(
    r"\b(men|tanks?|guns?|mortars?|aircraft|divisions?|brigades?|strengths?|figures?)\b"
    r"|\b(људ|тенк|топ|минобацач|авион|дивизиј|бригад|подат|подац)\w*",
    re.I,
)


def force_value(force: dict, key: str) -> tuple[int, str] | None:
    """The figure for a metric and how it is made up ('160 + 21')."""
    s = force.get("strength", {})
    pairs = {"tanks": ("tanks", "assault_guns"), "guns": ("guns", "mortars")}
    if key in pairs:
        a, b = pairs[key]
        if a not in s and b not in s:
            return None
        total = int(s.get(a, 0)) + int(s.get(b, 0))
        words = {"tanks": "", "assault_guns": " SP guns", "guns": "", "mortars": " mortars"}
        parts = f"{s[a]}{words[a]} + {s[b]}{words[b]}" if a in s and b in s else ""
        return total, parts
    return (int(s[key]), "") if key in s else None


def fmt(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f") if n >= 10000 else str(n)


LABEL_W = 700  # the battle table's name column
ROW_SHADE = (242, 237, 226)


def side_rank(force: dict) -> int:
    return SIDE_ORDER.index(force.get("side")) if force.get("side") in SIDE_ORDER else 9


def draw_forces(content: Path) -> Image.Image | None:
    forces = [f for f in load_toml(content / "text" / "forces.toml").get("force", []) if f.get("strength")]
    if not forces:
        print("chart-forces: needs text/forces.toml with strengths; skipped", file=sys.stderr)
        return None

    # Formations with men and weapons both are compared side by side; the rest (whole armies,
    # the offensive as a whole) are shown as figures, since bars on one scale would hide the others.
    battle = sorted(
        (
            f
            for f in forces
            if "men" in f["strength"]
            and any(k in f["strength"] for k in ("tanks", "assault_guns", "guns", "mortars"))
        ),
        key=side_rank,
    )
    wider = sorted((f for f in forces if f not in battle), key=side_rank)

    cv = Canvas(background=PAPER)
    title_band(cv, "The forces at Belgrade, October 1944", "Снаге код Београда, октобар 1944.")
    y = 200
    if battle:
        y = draw_battle(cv, battle, y)
    if wider:
        y = draw_wider(cv, wider, y)
    draw_notes(cv, battle + wider, y)
    source_line(cv, SOURCE_CHART)
    return cv.finish()


def section_heading(cv: Canvas, y: float, en: str, sr: str) -> None:
    cv.text((60, y + 20), en, 40, INK, "serif", "bold", anchor="lm")
    cv.text(
        (60 + cv.textlength(en, 40, "serif", "bold") + 24, y + 24),
        sr,
        32,
        INK_SOFT,
        "serif",
        "italic",
        anchor="lm",
    )


def draw_battle(cv: Canvas, battle: list[dict], y: float) -> float:
    """The formations in the battle as rows, and a column of bars per measure; returns the bottom."""
    section_heading(cv, y, "The battle for the city", "Битка за град")
    y += 80
    gap = 60
    col_w = (W - 60 - LABEL_W - gap * (len(METRICS) - 1) - 40) / len(METRICS)
    row_h = 132 if len(battle) <= 4 else max(80, 520 / len(battle))
    head_y = y
    y_first = y + 96
    for i, f in enumerate(battle):
        draw_force_name(cv, f, i, y_first + i * row_h + row_h / 2, row_h)
    for c, metric in enumerate(METRICS):
        draw_metric(cv, battle, metric, 40 + LABEL_W + c * (col_w + gap), col_w, head_y, y_first, row_h)
    return y_first + len(battle) * row_h + 50


def draw_force_name(cv: Canvas, f: dict, i: int, yc: float, row_h: float) -> None:
    """A row's shading, the side's mark, and the formation's name in English, side and Serbian."""
    bar_h = row_h * 0.46
    if i % 2 == 0:
        cv.rect((40, yc - row_h / 2, W - 40, yc + row_h / 2), fill=ROW_SHADE)
    cv.rect((60, yc - bar_h / 2, 74, yc + bar_h / 2), fill=side_colour(f.get("side")))
    size = 34
    name = text_of(f.get("name"))
    while cv.textlength(name, size, "sans", "bold") > LABEL_W - 80 and size > 24:
        size -= 1
    cv.text((96, yc - 18), name, size, INK, "sans", "bold", anchor="lm")
    sub = text_of(f.get("name"), "sr")
    side_en = side_name(f.get("side"))[0].split()[0]
    cv.text((96, yc + 22), f"{side_en}  ·  {sub}" if sub != name else side_en, 25, INK_SOFT, anchor="lm")


def draw_metric(
    cv: Canvas, battle: list[dict], metric, x0: float, col_w: float, head_y, y_first, row_h
) -> None:
    """One measure's column: its heading, and a bar with its figure for each formation, on one scale."""
    key, en, sr = metric
    bar_h = row_h * 0.46
    values = [force_value(f, key) for f in battle]
    top = max((v[0] for v in values if v), default=0)
    cv.text((x0, head_y + 24), en, 34, INK, "serif", "bold", anchor="lm")
    cv.text((x0, head_y + 64), sr, 26, INK_SOFT, "serif", "italic", anchor="lm")
    cv.line([(x0, y_first - 6), (x0, y_first + len(battle) * row_h + 6)], INK_SOFT, 3)
    for i, (f, v) in enumerate(zip(battle, values, strict=True)):
        yc = y_first + i * row_h + row_h / 2
        if v is None:
            cv.text(
                (x0 + 16, yc),
                "not given  ·  нема податка",
                24,
                (150, 140, 122),
                "sans",
                "italic",
                anchor="lm",
            )
            continue
        value, parts = v
        length = (col_w - 190) * value / top if top else 0
        cv.rect((x0, yc - bar_h / 2, x0 + max(4, length), yc + bar_h / 2), fill=side_colour(f.get("side")))
        cv.text(
            (x0 + max(4, length) + 14, yc - (10 if parts else 0)),
            fmt(value),
            36,
            INK,
            "sans",
            "bold",
            anchor="lm",
        )
        if parts:
            cv.text((x0 + max(4, length) + 14, yc + 24), f"({parts})", 22, INK_SOFT, anchor="lm")


def draw_wider(cv: Canvas, wider: list[dict], y: float) -> float:
    """The larger totals as cards of figures, up to four; returns the bottom."""
    section_heading(cv, y, "The wider offensive", "Шира офанзива")
    y += 70
    n = min(len(wider), 4)
    card_gap = 30
    card_w = (W - 120 - card_gap * (n - 1)) / n
    card_h = 250
    for i, f in enumerate(wider[:n]):
        x0 = 60 + i * (card_w + card_gap)
        colour = side_colour(f.get("side"))
        cv.rect((x0, y, x0 + card_w, y + card_h), fill=ROW_SHADE, radius=10)
        cv.rect((x0, y, x0 + 12, y + card_h), fill=colour)
        name_lines = cv.wrap(text_of(f.get("name")), 28, card_w - 60, "bold")
        yy = y + 38
        for line in name_lines[:2]:
            cv.text((x0 + 36, yy), line, 28, INK, "sans", "bold", anchor="lm")
            yy += 36
        yy += 16
        for key, value in f["strength"].items():
            if yy > y + card_h - 30:
                break
            en, sr = UNITS.get(key, (key, key))
            num_end = cv.text((x0 + 36, yy + 6), fmt(int(value)), 40, colour, "sans", "bold", anchor="lm")[2]
            cv.text((num_end + 14, yy - 4), en, 24, INK, anchor="lm")
            cv.text((num_end + 14, yy + 22), sr, 21, INK_SOFT, "sans", "italic", anchor="lm")
            yy += 62
    return y + card_h + 22


def draw_notes(cv: Canvas, forces: list[dict], y: float) -> None:
    """Where the article's figures differ or need a word, as forces.toml says, in English and (in
    italics, under it) in Serbian, like every other label of the chart; cut where the page ends."""
    notes = []
    for f in forces:
        for lang in ("en", "sr"):
            # Only what bears on the figures: sentences about men, tanks, guns and the like.
            sentences = re.split(r"(?<=[.])\s+", text_of(f.get("note"), lang))
            keep = [t for t in sentences if FIGURE_WORDS.search(t)]
            if keep:
                notes.append((text_of(f.get("name"), lang), " ".join(keep), lang))
    bottom = H - 80
    for name, note, lang in notes:
        style = "italic" if lang != "en" else "regular"
        lines = cv.wrap(f"{name}: {note}", 22, W - 140)
        if y + 29 * len(lines) > bottom:
            lines = lines[: max(0, int((bottom - y) // 29))]
            if not lines:
                break
            lines[-1] = lines[-1].rstrip(".,;") + " …"
        for line in lines:
            cv.text((60, y), line, 22, INK_SOFT, "sans", style, anchor="lm")
            y += 29
        y += 2 if lang == "en" else 8
