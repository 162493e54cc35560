"""kiosk proof: every screen to PNG, as a visitor with given settings would see it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QGuiApplication

from kiosk.cli import main


def dominant_background(png: Path) -> tuple[int, int, int]:
    image = Image.open(png).convert("RGB")
    return image.getpixel((image.width - 5, image.height // 2))  # type: ignore[return-value]


def test_proof_writes_every_screen_and_applies_the_visitor_settings(
    qapp: QGuiApplication, mini: Path, tmp_path: Path
) -> None:
    normal, contrast = tmp_path / "normal", tmp_path / "contrast"
    assert main(["proof", str(mini), "--out", str(normal), "--size", "800x600", "--only", "person/"]) == 0
    assert (
        main(
            [
                "proof",
                str(mini),
                "--out",
                str(contrast),
                "--size",
                "800x600",
                "--only",
                "person/",
                "--high-contrast",
            ]
        )
        == 0
    )
    shots = sorted(p.name for p in normal.glob("*.png"))
    assert shots == ["person--tito.png", "person--tolbukhin.png", "person--weichs.png"]
    assert "person--tito.png" in (normal / "index.html").read_text(encoding="utf-8")
    assert "high contrast" in (contrast / "index.html").read_text(encoding="utf-8")
    assert dominant_background(normal / "person--tito.png") != (0, 0, 0)
    assert dominant_background(contrast / "person--tito.png") == (0, 0, 0)  # the high-contrast black
