"""Text set to a width: letter-spaced lines, word wrapping, and a font shrunk until the text fits."""

from __future__ import annotations

from PIL import ImageDraw, ImageFont

from drawing.fonts import find_font


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
