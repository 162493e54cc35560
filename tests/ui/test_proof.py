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


def test_what_validate_refuses_is_left_out_and_listed(
    qapp: QGuiApplication, mini: Path, tmp_path: Path
) -> None:
    (mini / "photos" / "parade.png").write_bytes(b"not a picture at all")  # refused when prepared
    people = mini / "text" / "people.toml"
    people.write_text(
        people.read_text(encoding="utf-8").replace('name = "Tito"', 'name = "Tito"\nrank = "x"')
    )
    out = tmp_path / "proof"
    assert main(["proof", str(mini), "--out", str(out), "--size", "800x600"]) == 1  # errors: not 0
    shots = {p.name for p in out.glob("*.png")}
    assert "photo--parade.png" not in shots and "person--tito.png" not in shots
    assert {"photo--tank.png", "accessibility-panel.png", "idle-prompt.png"} <= shots
    sheet = (out / "index.html").read_text(encoding="utf-8")
    left_out = sheet.split("Left out of the exhibit")[1].split("</section>")[0]
    assert "text/people.toml" in left_out and "&#x27;rank&#x27; belongs to the first version" in left_out
    assert "Photo &#x27;parade&#x27;: photos/parade.png cannot be shown" in left_out
    assert "idle-prompt.png" in sheet and "accessibility-panel.png" in sheet
