"""A plate laid out: the PLACEHOLDER mark, the titles, the subject line, the date and place, and
a foot that says what the plate is; the text shrinks step by step until it fits the field."""

from __future__ import annotations

from drawing.content import text_of
from drawing.fonts import find_font
from drawing.text import draw_spaced, fit_lines, text_width
from PIL import Image, ImageDraw, ImageFont

from plates.frame import ACCENT, INK, INK_DIM, INK_SOFT, LANDSCAPE, PORTRAIT, WALL, draw_frame
from plates.words import first_sentence, format_date, is_portrait, place_label


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
    x0, y0, x1, y1 = draw_frame(draw, size)
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
