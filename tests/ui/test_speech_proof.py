"""kiosk proof --speech: what speech mode says on each screen, as text beside its PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.cli import main


def test_proof_with_speech_writes_each_screens_reading_order_beside_its_png(
    qapp: QGuiApplication, mini: Path, tmp_path: Path
) -> None:
    out = tmp_path / "proof"
    assert main(["proof", str(mini), "--out", str(out), "--size", "1280x800", "--speech"]) == 0
    shots = sorted(out.glob("*.png"))
    assert len(shots) > 20
    for png in shots:
        spoken = png.with_name(png.stem + ".speech.txt").read_text(encoding="utf-8")
        assert len(spoken.splitlines()) > 3, png.name  # a title, its underline and items

    chapter = (out / "chapter--first.speech.txt").read_text(encoding="utf-8").splitlines()
    assert chapter[0] == "chapter/first"
    assert chapter[2].endswith("[heading]")  # the chapter's title comes first
    assert any("[opens person/tolbukhin]" in line for line in chapter)  # links say where they lead
    assert any("[goes home]" in line for line in chapter)
    panel = (out / "accessibility-panel.speech.txt").read_text(encoding="utf-8")
    assert "Text size" in panel and "Home, button" not in panel  # only the panel while it is open

    whole = (out / "speech.txt").read_text(encoding="utf-8")
    assert whole.count("\n===") >= len(shots) - 1  # every screen's order in the whole exhibit's text
    sheet = (out / "index.html").read_text(encoding="utf-8")
    assert sheet.count("What speech mode says</summary>") == len(shots)
    assert "with what speech mode says" in sheet


def test_proof_without_speech_writes_no_text(qapp: QGuiApplication, mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "proof"
    assert main(["proof", str(mini), "--out", str(out), "--size", "800x600", "--only", "story"]) == 0
    assert list(out.glob("*.txt")) == []
    assert "What speech mode says" not in (out / "index.html").read_text(encoding="utf-8")
