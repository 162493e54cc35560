from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kiosk
from kiosk.atomic import atomic_write_bytes, atomic_write_json, atomic_write_text, remove_stale_temp_files

REPO = Path(kiosk.__file__).resolve().parent.parent


def test_writes_and_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "settings.bin"
    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.bin"]  # no temp file left


def test_text_is_utf8(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    atomic_write_text(target, "Београд\n")
    assert target.read_bytes() == "Београд\n".encode()


def test_json_is_sorted_indented_and_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    atomic_write_json(target, {"b": 1, "a": ["ü", None]})
    text = target.read_text(encoding="utf-8")
    assert text == '{\n  "a": [\n    "ü",\n    null\n  ],\n  "b": 1\n}\n'
    assert json.loads(text) == {"a": ["ü", None], "b": 1}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_new_explicit_and_preserved(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh"
        atomic_write_bytes(fresh, b"x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644

        secret = tmp_path / "secret"
        atomic_write_bytes(secret, b"x", mode=0o600)
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600

        atomic_write_bytes(secret, b"y")  # rewriting keeps the restrictive mode
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_fsyncs_the_file_and_its_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[bool] = []  # True for a directory
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    atomic_write_bytes(tmp_path / "f", b"data")
    assert synced[0] is False  # the data first
    if os.name == "posix":
        assert synced[-1] is True  # then the rename


def test_failed_replace_keeps_old_file_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "state.json"
    atomic_write_json(target, {"v": 1})

    def broken_replace(self: Path, other: Path) -> Path:
        raise OSError("disk gone")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="disk gone"):
        atomic_write_json(target, {"v": 2})
    assert json.loads(target.read_text()) == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_remove_stale_temp_files_only_removes_ours(tmp_path: Path) -> None:
    stale = tmp_path / ".state.json.0a1b2c3d.tmp"
    stale.write_text("half")
    keep = [tmp_path / "state.json", tmp_path / ".hidden.tmp", tmp_path / "report.tmp"]
    for path in keep:
        path.write_text("keep")
    assert remove_stale_temp_files(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in keep)


WRITER = """
import sys
from kiosk.atomic import atomic_write_json
target = sys.argv[1]
i = 0
while True:
    atomic_write_json(target, {"n": i, "pad": "x" * 200_000})
    i += 1
    if i == 5:
        print("writing", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_file_is_always_whole_when_the_writer_is_killed(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    for attempt in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target)],
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert child.stdout is not None
        with child.stdout:
            assert child.stdout.readline() == b"writing\n"
            time.sleep(0.05 * attempt)
            child.send_signal(signal.SIGKILL)
            child.wait()
        data = json.loads(target.read_text())
        assert len(data["pad"]) == 200_000
        assert data["n"] >= 4
    remove_stale_temp_files(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]
