from __future__ import annotations

import threading
from pathlib import Path

from kiosk.speech.audio import read_wav
from kiosk.speech.cache import SpeechCache
from kiosk.speech.texts import SpeechItem
from tests.speech.fakes import FakeEngine

ITEMS = [
    SpeechItem("en", "The first text."),
    SpeechItem("sr", "Други текст."),
    SpeechItem("en", "A third one."),
]


def test_prepare_makes_each_text_once_and_then_reuses_it(tmp_path: Path) -> None:
    engine = FakeEngine()
    cache = SpeechCache(tmp_path, engine, workers=2)
    first = cache.prepare([*ITEMS, ITEMS[0]])
    assert (first.made, first.reused, first.failed) == (3, 0, [])
    assert first.words == 8 and first.words_per_second > 0
    again = cache.prepare(ITEMS)
    assert (again.made, again.reused) == (0, 3)
    assert len(engine.calls) == 3
    path = cache.path("sr", "Други текст.")
    assert path is not None and read_wav(path).duration > 0
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".wav"] * 3  # no temp files
    cache.close()


def test_the_key_is_the_content_as_spoken(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, FakeEngine())
    assert cache.digest("en", "Some  *bold*\ntext") == cache.digest("en", "Some bold text")
    assert cache.digest("en", "Some text") != cache.digest("sr", "Some text")
    assert cache.digest("de", "Some text") is None  # no engine speaks it
    other_voice = SpeechCache(tmp_path, FakeEngine(version="2"))
    assert other_voice.digest("en", "Some text") != cache.digest("en", "Some text")
    cache.close()
    other_voice.close()


def test_failures_and_missing_voices_are_reported_not_raised(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, FakeEngine())
    report = cache.prepare([SpeechItem("en", "This will FAIL."), SpeechItem("de", "Kein Ton."), ITEMS[0]])
    assert report.made == 1
    assert [o.item.text for o in report.failed] == ["This will FAIL."]
    assert report.unsupported == {"de"}
    assert "1 failed" in report.summary() and "no voice for de" in report.summary()
    cache.close()


def test_at_most_workers_programs_run_at_once(tmp_path: Path) -> None:
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    cache = SpeechCache(tmp_path, engine, workers=2)
    results = []
    worker = threading.Thread(
        target=lambda: results.append(cache.prepare(SpeechItem("en", f"Text {i}") for i in range(6)))
    )
    worker.start()
    gate.set()
    worker.join(60)
    assert results[0].made == 6
    assert 1 <= engine.most_at_once <= 2
    cache.close()


def test_submit_makes_one_text_in_the_background(tmp_path: Path) -> None:
    engine = FakeEngine()
    cache = SpeechCache(tmp_path, engine)
    future = cache.submit("en", "Not prepared.")
    path = future.result(30)
    assert path == cache.path("en", "Not prepared.")
    assert cache.submit("en", "Not prepared.").result(0) == path  # already there: no work
    assert len(engine.calls) == 1
    cache.close()


def test_prune_keeps_what_is_named_and_clears_crash_debris(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, FakeEngine())
    cache.prepare(ITEMS)
    keep = cache.digest("en", "The first text.")
    assert keep is not None
    (tmp_path / f".{keep}.wav.123-456.tmp").write_bytes(b"half")
    (tmp_path / "curator-notes.txt").write_text("not ours")
    assert cache.prune({keep}) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{keep}.wav", "curator-notes.txt"])
    cache.close()
