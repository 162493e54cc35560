"""Draw a placeholder plate for every photo in photos.toml that is marked ``placeholder = true``.

Usage (from the repository root):

    python scripts/content/make_placeholders.py            # all placeholders in assets/
    python scripts/content/make_placeholders.py --only victory-parade
    python scripts/content/make_placeholders.py --content path/to/exhibit --out /tmp/plates

The exhibit's original photographs are not yet in hand. Each plate stands in for one of them: a
dark mounted-print frame with a large PLACEHOLDER / ЗАМЕНА mark, the photo's title, a one-line
subject (the first sentence of its English caption), its date and its place. It never imitates a
photograph. The output depends only on the content files and the fonts found, never on chance or
the clock, so running the script twice gives the same bytes.

A photo whose entry says ``placeholder = false`` is a real scan (or a graphic made by
make_graphics.py): its file is never touched.

Fonts: the kiosk's own fonts in kiosk/ui/qml/Kiosk/fonts/ when present (Noto Serif / Noto Sans),
else DejaVu from the system, else Pillow's built-in font. ``find_font`` is shared with
make_graphics.py.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import math
import sys
import tomllib
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parents[2]
KIOSK_FONTS = REPO / "kiosk" / "ui" / "qml" / "Kiosk" / "fonts"
SYSTEM_FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
]

LANDSCAPE = (2400, 1600)
PORTRAIT = (1600, 2400)
JPEG_QUALITY = 85

# Colours: a dark wall, a warm grey frame, a sepia mat and a dark print field with cream type.
WALL = (30, 28, 26)
FRAME = (58, 53, 47)
FRAME_HI = (92, 85, 76)
FRAME_LO = (22, 20, 18)
MAT = (86, 76, 63)
MAT_LINE = (120, 108, 90)
FIELD = (40, 36, 32)
INK = (236, 226, 206)
INK_SOFT = (196, 184, 162)
INK_DIM = (150, 140, 122)
ACCENT = (214, 170, 92)

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Fonts
# ----------------------------------------------------------------------------------------------

# (family, weight) -> file-name fragments to look for, best first.
_WANTED = {
    ("serif", "bold"): ["NotoSerif-Bold", "NotoSerif-SemiBold", "DejaVuSerif-Bold"],
    ("serif", "regular"): ["NotoSerif-Regular", "DejaVuSerif.ttf", "DejaVuSerif-Book"],
    ("serif", "italic"): ["NotoSerif-Italic", "DejaVuSerif-Italic", "NotoSerif-Regular", "DejaVuSerif.ttf"],
    ("sans", "bold"): ["NotoSans-Bold", "NotoSans-SemiBold", "DejaVuSans-Bold.ttf"],
    ("sans", "regular"): ["NotoSans-Regular", "DejaVuSans.ttf"],
    ("sans", "italic"): ["NotoSans-Italic", "DejaVuSans-Oblique.ttf", "NotoSans-Regular", "DejaVuSans.ttf"],
    ("sans", "condensed"): ["NotoSans_Condensed-Regular", "NotoSansCondensed-Regular",
                            "DejaVuSansCondensed.ttf", "NotoSans-Regular", "DejaVuSans.ttf"],
}  # fmt: skip
# Variable fonts (e.g. "NotoSans[wdth,wght].ttf") and the named instance each weight wants.
_VARIABLE = {"serif": "NotoSerif[", "sans": "NotoSans["}
_INSTANCE = {"bold": "Bold", "regular": "Regular", "italic": "Regular", "condensed": "Condensed Regular"}


@cache
def _font_files() -> tuple[Path, ...]:
    found: list[Path] = []
    for folder in [KIOSK_FONTS, *SYSTEM_FONT_DIRS]:
        if folder.is_dir():
            found += sorted(p for p in folder.rglob("*") if p.suffix.lower() in {".ttf", ".otf"})
    return tuple(found)


@cache
def font_path(family: str, weight: str = "regular") -> tuple[Path | None, str | None]:
    """The file for (family, weight) and, for a variable font, the instance to use.

    The kiosk's own fonts win over the system's, so that the graphics match the kiosk's type."""
    files = _font_files()
    kiosk = [p for p in files if p.is_relative_to(KIOSK_FONTS)]
    system = [p for p in files if not p.is_relative_to(KIOSK_FONTS)]
    for group in (kiosk, system):
        for fragment in _WANTED[(family, weight)]:
            for path in group:
                if fragment in path.name and "[" not in path.name:
                    return path, None
        if group is kiosk:
            # A variable Noto font in the kiosk folder beats a static system font.
            for path in kiosk:
                if path.name.startswith(_VARIABLE[family]) and "Italic" not in path.name:
                    return path, _INSTANCE[weight]
    return None, None


@cache
def find_font(family: str, weight: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font of roughly the asked kind and pixel size, whatever this machine has."""
    path, instance = font_path(family, weight)
    if path is not None:
        try:
            font = ImageFont.truetype(str(path), size)
            if instance:
                with contextlib.suppress(OSError, ValueError):
                    font.set_variation_by_name(instance)
            return font
        except OSError:
            pass
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def font_report() -> str:
    lines = []
    for key in sorted(_WANTED):
        path, instance = font_path(*key)
        where = str(path) if path else "Pillow default"
        lines.append(f"  {key[0]}/{key[1]}: {where}{' (' + instance + ')' if instance else ''}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# Text helpers (shared with make_graphics.py)
# ----------------------------------------------------------------------------------------------


def text_width(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.ImageFont, spacing: float = 0) -> float:
    if not spacing:
        return draw.textlength(text, font=font)
    return sum(draw.textlength(ch, font=font) for ch in text) + spacing * (len(text) - 1)


def draw_spaced(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    font: ImageFont.ImageFont,
    fill: tuple[int, ...],
    spacing: float,
    anchor_center: bool = True,
) -> None:
    """Letter-spaced text; xy is its centre-left baseline-middle when anchor_center."""
    x, y = xy
    if anchor_center:
        x -= text_width(draw, text, font, spacing) / 2
    for ch in text:
        draw.text((x, y), ch, font=font, fill=fill, anchor="lm")
        x += draw.textlength(ch, font=font) + spacing


def wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.ImageFont, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit_lines(
    draw: ImageDraw.ImageDraw,
    text: str,
    family: str,
    weight: str,
    size: int,
    width: float,
    max_lines: int,
    min_size: int,
) -> tuple[ImageFont.ImageFont, list[str]]:
    """Shrink the font until text wraps into max_lines; cut with an ellipsis as a last resort."""
    while True:
        font = find_font(family, weight, size)
        lines = wrap(draw, text, font, width)
        if len(lines) <= max_lines or size <= min_size:
            break
        size = max(min_size, int(size * 0.92))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and draw.textlength(last + " …", font=font) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines[-1] = last.rstrip(",;:") + " …"
    return font, lines


# ----------------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------------


def text_of(value: object, lang: str = "en") -> str:
    """A language map's text in lang, falling back to the neutral text or any language."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in (lang, "none", "en"):
            if value.get(key):
                return str(value[key])
        return str(next(iter(value.values()), ""))
    return str(value)


def load_toml(path: Path) -> dict:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load_places(content: Path) -> dict[str, dict]:
    return {p["id"]: p for p in load_toml(content / "text" / "places.toml").get("place", [])}


def _part(text: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in text.split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


def format_date(text: str | None) -> str:
    """'1944-10-20' -> '20 October 1944'; '1944-09/1944-10' -> 'September–October 1944'."""
    if not text:
        return "Date unknown"
    if "/" in text:
        a, b = (_part(t) for t in text.split("/", 1))
        if a[0] == b[0] and a[1] and b[1]:
            if a[1] == b[1] and a[2] and b[2]:
                return f"{a[2]}–{b[2]} {MONTHS_EN[a[1] - 1]} {a[0]}"
            left = f"{a[2]} {MONTHS_EN[a[1] - 1]}" if a[2] else MONTHS_EN[a[1] - 1]
            right = f"{b[2]} {MONTHS_EN[b[1] - 1]}" if b[2] else MONTHS_EN[b[1] - 1]
            return f"{left} – {right} {a[0]}"
        return f"{format_date(text.split('/')[0])} – {format_date(text.split('/')[1])}"
    year, month, day = _part(text)
    if day and month:
        dt.date(year, month, day)  # raises on a date that does not exist
        return f"{day} {MONTHS_EN[month - 1]} {year}"
    if month:
        return f"{MONTHS_EN[month - 1]} {year}"
    return str(year)


def distance_km(a: dict, b: dict) -> float:
    lat = math.radians((a["lat"] + b["lat"]) / 2)
    dx = (a["lon"] - b["lon"]) * math.cos(lat) * 111.32
    dy = (a["lat"] - b["lat"]) * 110.57
    return math.hypot(dx, dy)


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
        and distance_km(place, city) < 15
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


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------


def _frame(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """Wall, frame moulding and mat; returns the print field's box."""
    w, h = size
    unit = min(w, h) / 1600
    draw.rectangle((0, 0, w, h), fill=WALL)
    m = round(44 * unit)  # wall margin
    band = round(58 * unit)  # frame moulding
    draw.rectangle((m, m, w - m - 1, h - m - 1), fill=FRAME)
    # Bevel: lit from the top left.
    for i in range(round(6 * unit)):
        draw.line((m + i, m + i, w - m - 1 - i, m + i), fill=FRAME_HI)
        draw.line((m + i, m + i, m + i, h - m - 1 - i), fill=FRAME_HI)
        draw.line((m + i, h - m - 1 - i, w - m - 1 - i, h - m - 1 - i), fill=FRAME_LO)
        draw.line((w - m - 1 - i, m + i, w - m - 1 - i, h - m - 1 - i), fill=FRAME_LO)
    inner = m + band
    draw.rectangle((inner, inner, w - inner - 1, h - inner - 1), fill=MAT)
    # The mat's cut edge, shaded the other way.
    mat_w = round(96 * unit)
    fx0, fy0, fx1, fy1 = inner + mat_w, inner + mat_w, w - inner - mat_w - 1, h - inner - mat_w - 1
    for i in range(round(5 * unit)):
        draw.line((fx0 - i, fy0 - i, fx1 + i, fy0 - i), fill=FRAME_LO)
        draw.line((fx0 - i, fy0 - i, fx0 - i, fy1 + i), fill=FRAME_LO)
        draw.line((fx0 - i, fy1 + i, fx1 + i, fy1 + i), fill=MAT_LINE)
        draw.line((fx1 + i, fy0 - i, fx1 + i, fy1 + i), fill=MAT_LINE)
    draw.rectangle((fx0, fy0, fx1, fy1), fill=FIELD)
    # A fine keyline inside the field, like the edge of a mounted print.
    k = round(22 * unit)
    draw.rectangle((fx0 + k, fy0 + k, fx1 - k, fy1 - k), outline=(88, 80, 68), width=max(1, round(2 * unit)))
    return fx0, fy0, fx1, fy1


def render_plate(photo: dict, places: dict[str, dict]) -> Image.Image:
    """The plate, with its text shrunk step by step until everything fits inside the field."""
    scale = 1.0
    while True:
        img, fits = _render(photo, places, scale)
        if fits or scale < 0.6:
            return img
        scale *= 0.93


def _render(photo: dict, places: dict[str, dict], scale: float) -> tuple[Image.Image, bool]:
    size = PORTRAIT if is_portrait(photo) else LANDSCAPE
    portrait = size == PORTRAIT
    img = Image.new("RGB", size, WALL)
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = _frame(draw, size)
    cx = (x0 + x1) / 2
    frame_unit = min(size) / 1600
    inner_w = (x1 - x0) - 2 * round(80 * frame_unit)
    unit = frame_unit * scale  # text and gaps scale; the frame does not

    # Each block is (height, gap after, painter(top)). They are stacked and centred in the field.
    blocks: list[tuple[float, float, object]] = []

    # The mark: a ruled box with PLACEHOLDER and ЗАМЕНА, letter-spaced, as wide as the field allows.
    en_size, sr_size = 132 * unit, 88 * unit
    while True:
        mark_en = find_font("sans", "bold", round(en_size))
        mark_sr = find_font("sans", "bold", round(sr_size))
        sp_en, sp_sr = en_size / 6, sr_size / 3
        box_w = max(
            text_width(draw, "PLACEHOLDER", mark_en, sp_en), text_width(draw, "ЗАМЕНА", mark_sr, sp_sr)
        )
        box_w += 2 * en_size * 0.75
        if box_w <= inner_w or en_size < 60 * unit:
            break
        en_size *= 0.94
        sr_size *= 0.94
    box_h = en_size * 2.45

    def paint_mark(top: float) -> None:
        box = (cx - box_w / 2, top, cx + box_w / 2, top + box_h)
        draw.rectangle(box, outline=ACCENT, width=max(2, round(6 * unit)))
        inset = 14 * unit
        draw.rectangle(
            (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset),
            outline=ACCENT,
            width=max(1, round(2 * unit)),
        )
        draw_spaced(draw, (cx, top + box_h * 0.38), "PLACEHOLDER", mark_en, ACCENT, sp_en)
        draw_spaced(draw, (cx, top + box_h * 0.75), "ЗАМЕНА", mark_sr, ACCENT, sp_sr)

    blocks.append((box_h, (110 if portrait else 80) * unit, paint_mark))

    # Title (English), then the Serbian title, smaller and in italics.
    title_font, title_lines = fit_lines(
        draw, text_of(photo.get("title")), "serif", "bold", round(96 * unit), inner_w, 3, round(64 * unit)
    )
    title_lh = title_font.size * 1.2

    def paint_lines(lines: list[str], font: ImageFont.ImageFont, fill: tuple[int, ...], lh: float):
        def paint(top: float) -> None:
            y = top + lh / 2
            for line in lines:
                draw.text((cx, y), line, font=font, fill=fill, anchor="mm")
                y += lh

        return paint

    blocks.append(
        (title_lh * len(title_lines), 14 * unit, paint_lines(title_lines, title_font, INK, title_lh))
    )
    title_sr = text_of(photo.get("title"), "sr")
    if title_sr and title_sr != text_of(photo.get("title")):
        sr_font, sr_lines = fit_lines(
            draw, title_sr, "serif", "italic", round(60 * unit), inner_w, 3, round(44 * unit)
        )
        sr_lh = sr_font.size * 1.25
        blocks.append((sr_lh * len(sr_lines), 0, paint_lines(sr_lines, sr_font, INK_SOFT, sr_lh)))

    # A short rule, then the subject line (the caption's first sentence).
    def paint_rule(top: float) -> None:
        draw.line((cx - 220 * unit, top, cx + 220 * unit, top), fill=INK_DIM, width=max(1, round(3 * unit)))

    blocks.append((0, 0, None))  # marks where the rule gap goes
    subject = first_sentence(text_of(photo.get("caption")))
    subj_font, subj_lines = fit_lines(
        draw,
        subject,
        "sans",
        "regular",
        round(48 * unit),
        inner_w * 0.92,
        4 if portrait else 3,
        round(38 * unit),
    )
    subj_lh = subj_font.size * 1.35
    blocks.append(
        (subj_lh * len(subj_lines), 70 * unit, paint_lines(subj_lines, subj_font, INK_SOFT, subj_lh))
    )

    # Date and place.
    meta_font = find_font("sans", "bold", round(52 * unit))
    date_text = format_date(photo.get("date"))
    place_text = place_label(photo.get("place"), places)
    meta = f"{date_text}   ·   {place_text}"
    meta_lines = [meta] if draw.textlength(meta, font=meta_font) <= inner_w else [date_text, place_text]
    meta_lh = meta_font.size * 1.3
    blocks.append((meta_lh * len(meta_lines), 0, paint_lines(meta_lines, meta_font, INK, meta_lh)))

    # Foot: what this plate is, in both languages.
    foot_font = find_font("sans", "regular", round(32 * unit))
    foot_lines = (
        ["Original photograph to be supplied  ·  Оригинална фотографија биће накнадно додата"]
        if not portrait
        else ["Original photograph to be supplied", "Оригинална фотографија биће накнадно додата"]
    )
    foot_lh = foot_font.size * 1.45
    foot_h = foot_lh * len(foot_lines)
    paint_lines(foot_lines, foot_font, INK_DIM, foot_lh)(y1 - 60 * frame_unit - foot_h)

    # Lay the blocks out: the rule sits in a gap of its own between titles and subject.
    rule_gap = 110 * unit
    total = sum(h + g for h, g, _ in blocks) + rule_gap
    avail_top, avail_bottom = y0 + 60 * frame_unit, y1 - 60 * frame_unit - foot_h - 40 * unit
    fits = total <= avail_bottom - avail_top
    top = avail_top + max(0.0, (avail_bottom - avail_top - total) / 2)
    for h, g, paint in blocks:
        if paint is None:
            paint_rule(top + rule_gap / 2)
            top += rule_gap
            continue
        paint(top)
        top += h + g

    # The file name, small, on the mat below the field, for the curator.
    file_font = find_font("sans", "regular", round(26 * frame_unit))
    draw.text(
        (cx, y1 + 50 * frame_unit),
        str(photo.get("file", "")),
        font=file_font,
        fill=(150, 138, 118),
        anchor="mm",
    )
    return img, fits


def save_jpeg(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # No EXIF, no timestamps: the same plate always gives the same bytes.
    img.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False, subsampling="4:2:0")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--content", type=Path, default=REPO / "assets", help="the exhibit's content folder")
    ap.add_argument("--out", type=Path, help="write here instead of the content folder (for previews)")
    ap.add_argument("--only", action="append", default=[], metavar="ID", help="just this photo (repeatable)")
    ap.add_argument("--fonts", action="store_true", help="print which font files are used, then stop")
    args = ap.parse_args(argv)

    if args.fonts:
        print(font_report())
        return 0

    data = load_toml(args.content / "text" / "photos.toml")
    places = load_places(args.content)
    photos = data.get("photo", [])
    if args.only:
        unknown = set(args.only) - {p["id"] for p in photos}
        if unknown:
            print(f"no such photo: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        photos = [p for p in photos if p["id"] in args.only]

    made = kept = 0
    for photo in photos:
        if not photo.get("placeholder", False):
            kept += 1
            continue
        rel = Path(photo["file"])
        target = args.out / rel.name if args.out else args.content / rel
        if target.suffix.lower() not in {".jpg", ".jpeg"}:
            print(f"{photo['id']}: file {rel} is not a .jpg; skipped", file=sys.stderr)
            continue
        save_jpeg(render_plate(photo, places), target)
        made += 1
        print(f"wrote {target}")
    print(f"{made} placeholder plate(s) written; {kept} real photo(s) or graphic(s) left untouched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
