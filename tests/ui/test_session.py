"""The visitor's language is held once, by the exhibit state; the session shows and sets it."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load
from kiosk.ui.context import AppContext
from kiosk.ui.session import Session


def test_the_language_has_one_owner(qapp: object, mini: Path) -> None:
    exhibit = load(mini).exhibit
    assert exhibit is not None
    context = AppContext(exhibit, mini)
    session = Session(context, "en")
    chosen: list[tuple[str, str]] = []
    session.choiceMade.connect(lambda kind, value: chosen.append((kind, value)))
    session.setLanguage("sr")
    assert context.language == session.language == "sr"
    assert context.presenter.lang == "sr"
    session.setLanguage("xx")  # not a language of this exhibit: nothing changes
    assert session.language == "sr"
    session.reset()
    assert context.language == session.language == "en"
    assert chosen == [("language", "sr")]
