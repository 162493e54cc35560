from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ops.logs import LoggingSetup, log_files, setup_logging, tail


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    root.setLevel(level)


@pytest.fixture
def setups(restore_root: None) -> Iterator[list[LoggingSetup]]:
    made: list[LoggingSetup] = []
    yield made
    for setup in made:
        setup.close()


def total_size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.iterdir())


def test_disk_budget_holds_whatever_is_logged(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    max_bytes, backups = 64 * 1024, 3
    setup = setup_logging(tmp_path, max_bytes=max_bytes, backups=backups, stderr=False)
    setups.append(setup)
    assert setup.budget_bytes == max_bytes * (backups + 1)
    log = logging.getLogger("kiosk.test.flood")
    for i in range(5000):
        # Multi-byte text: the handler counts characters, the disk counts bytes.
        log.info("record %d %s", i, "Ж€𝄞" * (i % 200))
        if i % 1000 == 0:
            log.error("huge %s", "x" * (10 * max_bytes))
    log.error("huge at the end %s", "Ж" * (10 * max_bytes))
    setup.close()
    files = list(tmp_path.iterdir())
    assert len(files) == backups + 1
    assert all(f.stat().st_size <= max_bytes for f in files)
    assert total_size(tmp_path) <= setup.budget_bytes
    assert "characters cut" in "".join(f.read_text(encoding="utf-8") for f in files)


def test_tail_reads_back_across_rotated_files(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    setups.append(setup_logging(tmp_path, max_bytes=16 * 1024, backups=5, stderr=False))
    log = logging.getLogger("kiosk.test.tail")
    for i in range(1500):
        log.info("line %05d", i)
    assert len(log_files(tmp_path)) >= 3
    lines = tail(tmp_path, 600)
    assert [line.rsplit(" ", 1)[1] for line in lines] == [f"{i:05d}" for i in range(900, 1500)]
    assert "INFO kiosk.test.tail: line 01499" in lines[-1]
    assert tail(tmp_path, 0) == []


def test_tail_of_a_missing_or_short_log(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    assert tail(tmp_path / "none") == []
    setups.append(setup_logging(tmp_path, stderr=False))
    logging.getLogger("kiosk.test").warning("only one")
    assert len(tail(tmp_path)) == 1


def test_excess_backups_from_an_older_setting_are_removed(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    for n in (1, 2, 9):
        (tmp_path / f"kiosk.log.{n}").write_text("old\n")
    (tmp_path / "notes.txt").write_text("not ours\n")
    setups.append(setup_logging(tmp_path, backups=2, stderr=False))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kiosk.log",
        "kiosk.log.1",
        "kiosk.log.2",
        "notes.txt",
    ]


def test_stderr_and_last_error(
    tmp_path: Path, setups: list[LoggingSetup], capsys: pytest.CaptureFixture[str]
) -> None:
    setup = setup_logging(tmp_path)
    setups.append(setup)
    log = logging.getLogger("kiosk.test.err")
    log.info("fine")
    assert setup.last_error_at is None
    log.error("content folder failed to load")
    assert setup.last_error_at is not None
    assert "ERROR kiosk.test.err: content folder failed to load" in capsys.readouterr().err


def test_setting_up_twice_replaces_handlers(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    setups.append(setup_logging(tmp_path, stderr=False))
    setups.append(setup_logging(tmp_path, stderr=False))
    assert len(root.handlers) == before + 2  # file + last-error, once
    logging.getLogger("kiosk.test").warning("once")
    assert sum("once" in line for line in tail(tmp_path)) == 1


def test_too_small_budget_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="too small"):
        setup_logging(tmp_path, max_bytes=1000)


# --- a full or read-only disk (issue 13, item 1) ------------------------------------------------


class FullDisk(io.StringIO):
    """A stream that refuses every write, as a file on a full disk does."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        raise OSError(28, "No space left on device")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_full_disk_costs_the_log_file_not_the_kiosk(
    tmp_path: Path, setups: list[LoggingSetup], capsys: pytest.CaptureFixture[str]
) -> None:
    clock = Clock()
    setup = setup_logging(tmp_path, stderr=True, clock=clock)
    setups.append(setup)
    log = logging.getLogger("kiosk.test.full")
    log.info("before")
    handler = setup._file
    assert handler is not None
    handler.stream.close()
    handler.stream = FullDisk()  # type: ignore[assignment]
    for i in range(50):
        log.info("while full %d", i)
    captured = capsys.readouterr().err
    assert "Logging error" not in captured and "Traceback" not in captured
    assert "while full 49" in captured  # stderr (the journal) still gets everything
    assert setup.file_problem is not None and "No space left on device" in setup.file_problem
    assert setup.last_error_at is not None  # the health file shows it
    clock.now += 61  # a minute later the file is tried again, and there is room now
    log.info("after")
    assert setup.file_problem is None
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "before" in text and "after" in text and "went only to stderr" in text


def test_a_read_only_log_folder_costs_the_log_file_not_the_kiosk(
    tmp_path: Path,
    setups: list[LoggingSetup],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def read_only(self: logging.FileHandler) -> object:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(logging.FileHandler, "_open", read_only)
    setup = setup_logging(tmp_path, stderr=True)
    setups.append(setup)
    logging.getLogger("kiosk.test.ro").warning("still heard")
    captured = capsys.readouterr().err
    assert "still heard" in captured and "Logging error" not in captured
    assert setup.file_problem is not None and "Read-only file system" in setup.file_problem
