"""Draw the four illustrations of the example exhibit "The Kiosk Workshop" (examples/kiosk-workshop).

They are simple diagrams made for the example, each marked EXAMPLE in its corner. Run from the
repository's root to draw them again:

    python examples/make_kiosk_workshop_images.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk import resources
from kiosk.images import DEFAULT_SIZES

OUT = Path(__file__).resolve().parent / "kiosk-workshop" / "photos"
SIZE = (2400, 1600)
PAPER = (246, 243, 236)
INK = (40, 44, 52)
ACCENT = (176, 58, 46)
SOFT = (200, 196, 188)
FONTS = resources.qml_dir() / "Kiosk" / "fonts"


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf")), size)


def canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    im = Image.new("RGB", SIZE, PAPER)
    draw = ImageDraw.Draw(im)
    mark = "EXAMPLE · ПРИМЕР · BEISPIEL"
    small = font(34)
    width = draw.textlength(mark, font=small)
    draw.text((SIZE[0] - width - 60, SIZE[1] - 90), mark, fill=SOFT[:3], font=small)
    return im, draw


def arrow(draw: ImageDraw.ImageDraw, start: tuple[int, int], end: tuple[int, int]) -> None:
    draw.line([start, end], fill=INK, width=10)
    x, y = end
    dx = 1 if end[0] > start[0] else -1 if end[0] < start[0] else 0
    dy = 1 if end[1] > start[1] else -1 if end[1] < start[1] else 0
    if dx:
        draw.polygon([(x + 30 * dx, y), (x - 10 * dx, y - 30), (x - 10 * dx, y + 30)], fill=INK)
    else:
        draw.polygon([(x, y + 30 * dy), (x - 30, y - 10 * dy), (x + 30, y - 10 * dy)], fill=INK)


def centered(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], lines: list[tuple[str, int, bool]]
) -> None:
    heights = [size * 1.3 for _, size, _ in lines]
    y = (box[1] + box[3]) / 2 - sum(heights) / 2
    for (text, size, bold), height in zip(lines, heights, strict=True):
        face = font(size, bold)
        width = draw.textlength(text, font=face)
        draw.text(((box[0] + box[2]) / 2 - width / 2, y), text, fill=INK, font=face)
        y += height


def content_folder() -> Image.Image:
    im, draw = canvas()
    rows = [
        (0, "kiosk-workshop/", True),
        (1, "exhibit.toml", False),
        (1, "text/", True),
        (2, "chapters.toml", False),
        (2, "chapters/a-folder-of-files.en.md", False),
        (2, "chapters/a-folder-of-files.sr.md", False),
        (2, "chapters/a-folder-of-files.de.md", False),
        (2, "people.toml", False),
        (2, "photos.toml", False),
        (1, "photos/", True),
        (2, "content-folder.png", False),
    ]
    y = 150
    for depth, name, folder in rows:
        x = 260 + depth * 150
        if folder:
            draw.rounded_rectangle([x, y + 12, x + 70, y + 62], radius=8, fill=ACCENT)
            draw.rectangle([x, y + 4, x + 32, y + 16], fill=ACCENT)
        else:
            draw.rectangle([x + 10, y + 4, x + 60, y + 66], outline=INK, width=5)
            for line in range(3):
                draw.line([(x + 20, y + 22 + line * 14), (x + 50, y + 22 + line * 14)], fill=SOFT, width=4)
        draw.text((x + 100, y), name, fill=INK, font=font(56, bold=folder))
        y += 112
    return im


def photo_path() -> Image.Image:
    im, draw = canvas()
    screen, thumb = DEFAULT_SIZES["screen"][0], DEFAULT_SIZES["thumb"][0]
    boxes = [
        ((160, 520, 760, 1080), [("6000 × 4000", 64, True), ("JPEG · PNG · WebP", 44, False)], 0),
        ((1140, 260, 1740, 820), [(f"{screen} px", 72, True)], 150),
        ((1140, 980, 1740, 1380), [(f"{thumb} px", 72, True)], 60),
    ]
    for box, lines, icon in boxes:
        draw.rounded_rectangle(box, radius=40, outline=INK, width=10, fill=(255, 255, 255))
        if icon:  # a picture of the copy, drawn to scale with the other
            cx, top = (box[0] + box[2]) // 2, box[3] - 60 - icon
            draw.rectangle([cx - icon * 3 // 4, top, cx + icon * 3 // 4, top + icon], fill=(120, 140, 160))
            box = (box[0], box[1], box[2], top)
        centered(draw, box, lines)
    arrow(draw, (800, 760), (1090, 560))
    arrow(draw, (800, 860), (1090, 1160))
    draw.rounded_rectangle((1900, 520, 2240, 1040), radius=30, fill=INK)
    draw.rectangle((1940, 560, 2200, 960), fill=(90, 110, 130))
    arrow(draw, (1760, 560), (1880, 700))
    return im


def three_steps() -> Image.Image:
    im, draw = canvas()
    steps = ["kiosk validate", "kiosk proof", ""]
    for index, label in enumerate(steps):
        cx = 420 + index * 780
        draw.ellipse([cx - 220, 380, cx + 220, 820], outline=ACCENT, width=16, fill=(255, 255, 255))
        centered(draw, (cx - 220, 380, cx + 220, 820), [(str(index + 1), 220, True)])
        if label:
            centered(draw, (cx - 380, 900, cx + 380, 1060), [(label, 74, True)])
        if index < len(steps) - 1:
            arrow(draw, (cx + 260, 600), (cx + 480, 600))
    # Step 3: the folder copied to the kiosk's screen.
    cx = 420 + 2 * 780
    draw.rounded_rectangle([cx - 300, 930, cx - 170, 1030], radius=12, fill=ACCENT)
    draw.rectangle([cx - 300, 912, cx - 240, 936], fill=ACCENT)
    arrow(draw, (cx - 140, 980), (cx + 20, 980))
    draw.rounded_rectangle([cx + 70, 900, cx + 300, 1060], radius=16, fill=INK)
    draw.rectangle([cx + 90, 920, cx + 280, 1040], fill=(90, 110, 130))
    return im


def credit_line() -> Image.Image:
    im, draw = canvas()
    frame = (500, 140, 1900, 1000)
    draw.rectangle(frame, fill=(120, 140, 160))
    draw.polygon(
        [(500, 1000), (900, 620), (1200, 860), (1500, 560), (1900, 900), (1900, 1000)], fill=(70, 96, 80)
    )
    draw.ellipse([1580, 240, 1760, 420], fill=(240, 214, 120))
    for index, width in enumerate((900, 1300, 1100)):
        y = 1070 + index * 70
        draw.rounded_rectangle([500, y, 500 + width, y + 36], radius=18, fill=SOFT)
    credit = (480, 1290, 1920, 1400)
    draw.rounded_rectangle(credit, radius=30, outline=ACCENT, width=10)
    draw.text((530, 1300), "©", fill=ACCENT, font=font(80, bold=True))
    draw.rounded_rectangle([640, 1328, 1500, 1364], radius=18, fill=INK)
    return im


DRAWINGS = {
    "content-folder.png": content_folder,
    "photo-path.png": photo_path,
    "three-steps.png": three_steps,
    "credit-line.png": credit_line,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw in DRAWINGS.items():
        image = draw().quantize(colors=64)  # line art: a palette PNG stays small
        image.save(OUT / name, optimize=True)
        print(OUT / name)


if __name__ == "__main__":
    main()
