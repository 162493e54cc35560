"""Which kind of file a curator gave us, judged from its first bytes, never from its name.

Only JPEG, PNG, WebP, TIFF and JPEG 2000 are decoded: what cameras, scanners and archives
produce (docs/content-format.md promises them). Anything else is refused before a decoder sees
it, so the attack surface is five well-fuzzed decoders (libjpeg-turbo, libpng/spng, libwebp,
libtiff, OpenJPEG) rather than the thirty-odd formats Pillow and libvips can open. GIF is
deliberately refused too: the content format never promised it, and an animated GIF shown as its
first frame would surprise the curator; the message tells them to save it as PNG. JPEG 2000 is
read by Pillow's OpenJPEG where the installation has it; without it the message says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from kiosk.images.errors import ImageRejected
from kiosk.picture_files import ACCEPTED, SHOWN, SUFFIXES

__all__ = ["ACCEPTED", "SHOWN", "SUFFIXES", "mislabelled", "sniff_format"]


_TIFF_MAGIC: Final = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
_JP2_MAGIC: Final = (b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")

_HEAD_BYTES = 512

# (prefix, offset, name) for pictures Pillow or other tools know but the kiosk refuses.
_KNOWN_OTHERS: Final[tuple[tuple[bytes, int, str], ...]] = (
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"BM", 0, "BMP"),
    (b"8BPS", 0, "Photoshop (PSD)"),
    (b"\x00\x00\x01\x00", 0, "Windows icon"),
    (b"qoif", 0, "QOI"),
    (b"\xff\x0a", 0, "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", 0, "JPEG XL"),
)

_ISO_BRANDS: Final = {
    b"heic": "HEIC (iPhone)",
    b"heix": "HEIC (iPhone)",
    b"hevc": "HEIC (iPhone)",
    b"mif1": "HEIF",
    b"msf1": "HEIF",
    b"avif": "AVIF",
    b"avis": "AVIF",
}

_NOT_PICTURES: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an office document"),
    (b"{\\rtf", "a rich-text document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
)


def display_name(fmt: str) -> str:
    return {"WEBP": "WebP", "JPEG2000": "JPEG 2000"}.get(fmt, fmt)


def mislabelled(fmt: str, path: Path) -> bool:
    """True when the file's name promises another kind of picture than its content is."""
    suffix = path.suffix.lower()
    return bool(suffix) and suffix not in SUFFIXES.get(fmt, frozenset())


def sniff_format(path: Path) -> str:
    """Return one of ACCEPTED for an accepted picture, else raise ImageRejected."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except FileNotFoundError:
        raise ImageRejected("the file is missing", permanent=False) from None
    except OSError as exc:
        raise ImageRejected(f"the file could not be read ({exc.strerror or exc})", permanent=False) from exc
    if not head:
        raise ImageRejected("the file is empty (0 bytes); copy it again")
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head.startswith(_TIFF_MAGIC):
        return "TIFF"
    if head.startswith(_JP2_MAGIC):
        if not _jpeg2000_readable():
            raise ImageRejected(
                "the file is a JPEG 2000 picture, which this installation of the kiosk cannot read "
                "(its image library was built without OpenJPEG); save it as TIFF"
            )
        return "JPEG2000"
    raise ImageRejected(_describe_refusal(head, path))


def _describe_refusal(head: bytes, path: Path) -> str:
    other = _other_picture(head)
    if other is not None:
        named = f" (although its name ends in {path.suffix})" if path.suffix else ""
        advice = "save it as PNG" if other == "GIF" else "save it as JPEG, PNG or TIFF"
        return f"the file is a {other} picture{named}; the kiosk shows only {SHOWN}, so {advice}"
    return f"the file is not a picture the kiosk can read (it looks like {_what_it_looks_like(head)})"


def _jpeg2000_readable() -> bool:
    from PIL import features

    return bool(features.check_codec("jpg_2000"))


def _other_picture(head: bytes) -> str | None:
    for prefix, offset, name in _KNOWN_OTHERS:
        if head[offset : offset + len(prefix)] == prefix:
            return name
    if head[4:8] == b"ftyp":
        return _ISO_BRANDS.get(head[8:12])
    return None


def _what_it_looks_like(head: bytes) -> str:
    for prefix, description in _NOT_PICTURES:
        if head.startswith(prefix):
            return description
    if _is_text(head):
        lowered = head.lower()
        if b"<svg" in lowered:
            return "an SVG drawing; export it as PNG"
        if b"<html" in lowered or b"<!doctype html" in lowered:
            return "a web page"
        return "a text file"
    return "some other kind of file"


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    # The read may cut a multi-byte UTF-8 character in half; ignore a few trailing bytes.
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    printable = sum(1 for b in head if b in b"\t\n\r" or 32 <= b < 127 or b >= 160)
    return printable >= 0.95 * len(head)
