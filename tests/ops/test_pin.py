from __future__ import annotations

import hmac
import json
import logging
import os
import stat
from pathlib import Path

import pytest

from kiosk.ops.pin import (
    MAX_LOCK_S,
    Outcome,
    PinError,
    PinGate,
    has_pin,
    lock_seconds,
    reset_lockout,
    set_pin,
)

GOOD = "284719"
BAD = "917350"


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "admin-pin.json"
    set_pin(path, GOOD)
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gate(store: Path, tmp_path: Path, clock: FakeClock) -> PinGate:
    return PinGate(store, tmp_path / "lockout.json", clock=clock)


def test_store_holds_salted_scrypt_hash_only(store: Path) -> None:
    text = store.read_text()
    assert GOOD not in text
    record = json.loads(text)
    assert record["kdf"] == "scrypt"
    assert (record["n"], record["r"], record["p"]) == (2**14, 8, 1)
    assert len(bytes.fromhex(record["salt"])) == 16
    assert len(bytes.fromhex(record["hash"])) == 32
    if os.name == "posix":
        assert stat.S_IMODE(store.stat().st_mode) == 0o600


def test_same_pin_gets_a_fresh_salt(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    set_pin(a, GOOD)
    set_pin(b, GOOD)
    ra, rb = json.loads(a.read_text()), json.loads(b.read_text())
    assert ra["salt"] != rb["salt"]
    assert ra["hash"] != rb["hash"]


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", " 1234", "1234\n", "١٢٣٤"])
def test_pin_must_be_4_to_8_ascii_digits(tmp_path: Path, bad: str) -> None:
    with pytest.raises(PinError) as info:
        set_pin(tmp_path / "p.json", bad)
    if bad.strip():
        assert bad.strip() not in str(info.value)
    assert not (tmp_path / "p.json").exists()


@pytest.mark.parametrize("good", ["0000", "12345678"])
def test_boundary_lengths_are_accepted(tmp_path: Path, good: str) -> None:
    set_pin(tmp_path / "p.json", good)
    assert PinGate(tmp_path / "p.json", tmp_path / "s.json").check(good).ok


def test_right_and_wrong_pin(gate: PinGate) -> None:
    assert gate.check(GOOD).outcome is Outcome.OK
    wrong = gate.check(BAD)
    assert (wrong.outcome, wrong.failures, wrong.seconds_left) == (Outcome.WRONG, 1, 0)


def test_lock_schedule_doubles_and_caps() -> None:
    assert [lock_seconds(n) for n in range(0, 11)] == [0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600]
    assert lock_seconds(10_000) == MAX_LOCK_S


def test_back_off_after_three_failures(gate: PinGate, clock: FakeClock) -> None:
    assert gate.check(BAD).seconds_left == 0
    assert gate.check(BAD).seconds_left == 0
    third = gate.check(BAD)
    assert (third.outcome, third.failures, third.seconds_left) == (Outcome.WRONG, 3, 30)

    # While locked even the right PIN is refused and nothing is counted.
    clock.now += 10
    locked = gate.check(GOOD)
    assert (locked.outcome, locked.seconds_left, locked.failures) == (Outcome.LOCKED, 20, 3)
    assert gate.seconds_locked() == 20

    clock.now += 20
    assert gate.seconds_locked() == 0
    fourth = gate.check(BAD)
    assert (fourth.failures, fourth.seconds_left) == (4, 60)
    clock.now += 60
    assert gate.check(BAD).seconds_left == 120

    clock.now += 120
    assert gate.check(GOOD).ok
    # A success resets the count: the next mistake is a free one again.
    assert gate.check(BAD).seconds_left == 0


def test_lock_survives_a_restart(store: Path, tmp_path: Path, clock: FakeClock) -> None:
    state = tmp_path / "lockout.json"
    first = PinGate(store, state, clock=clock)
    for _ in range(3):
        first.check(BAD)
    clock.now += 5
    after_restart = PinGate(store, state, clock=clock)
    verdict = after_restart.check(GOOD)
    assert (verdict.outcome, verdict.seconds_left) == (Outcome.LOCKED, 25)
    assert GOOD not in state.read_text() and BAD not in state.read_text()


def test_clock_stepping_back_cannot_lock_for_longer_than_the_cap(
    store: Path, tmp_path: Path, clock: FakeClock
) -> None:
    state = tmp_path / "lockout.json"
    state.write_text(json.dumps({"failures": 3, "locked_until": clock.now + 10 * 86400}))
    gate = PinGate(store, state, clock=clock)
    assert gate.check(GOOD).seconds_left == MAX_LOCK_S
    clock.now += MAX_LOCK_S
    assert gate.check(GOOD).ok


def test_corrupt_lockout_state_gives_no_free_guesses(gate: PinGate, tmp_path: Path) -> None:
    (tmp_path / "lockout.json").write_text("{not json")
    verdict = gate.check(BAD)
    assert (verdict.failures, verdict.seconds_left) == (3, 30)


def test_no_pin_means_admin_path_closed(tmp_path: Path) -> None:
    gate = PinGate(tmp_path / "missing.json", tmp_path / "s.json")
    assert not gate.has_pin()
    for attempt in ["0000", "1234", ""]:
        assert gate.check(attempt).outcome is Outcome.CLOSED


@pytest.mark.parametrize(
    "content",
    [
        "garbage",
        json.dumps({"kdf": "md5", "n": 2, "r": 1, "p": 1, "salt": "00", "hash": "00"}),
        json.dumps({"kdf": "scrypt", "n": 2**30, "r": 8, "p": 1, "salt": "00", "hash": "00"}),
        json.dumps({"kdf": "scrypt", "n": 16384}),
    ],
)
def test_broken_or_hostile_store_keeps_admin_closed(tmp_path: Path, content: str) -> None:
    path = tmp_path / "admin-pin.json"
    path.write_text(content)
    assert not has_pin(path)
    assert PinGate(path, tmp_path / "s.json").check("1234").outcome is Outcome.CLOSED


def test_compare_is_constant_time(gate: PinGate, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        result: bool = real(a, b)
        return result

    monkeypatch.setattr(hmac, "compare_digest", spy)  # the module pin.py uses
    assert not gate.check(BAD).ok
    assert gate.check(GOOD).ok
    assert len(calls) == 2


def test_reset_lockout(gate: PinGate, tmp_path: Path) -> None:
    for _ in range(3):
        gate.check(BAD)
    assert gate.seconds_locked() == 30
    reset_lockout(tmp_path / "lockout.json")
    assert gate.seconds_locked() == 0
    assert gate.check(GOOD).ok


def test_log_messages_and_the_pin_never_logged(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = tmp_path / "admin-pin.json"
    set_pin(store, GOOD)
    gate = PinGate(store, tmp_path / "lockout.json", clock=clock)
    for _ in range(3):
        gate.check(BAD)
    gate.check(GOOD)  # locked
    clock.now += 30
    gate.check(GOOD)
    with pytest.raises(PinError):
        set_pin(store, "12ab56")

    messages = [r.getMessage() for r in caplog.records]
    assert "admin PIN attempt failed (3 in a row); locked for 30 s" in messages
    assert "admin PIN attempt failed (1 in a row)" in messages
    assert "admin PIN attempt while locked (30 s left)" in messages
    assert "admin PIN accepted" in messages
    for secret in (GOOD, BAD, "12ab56"):
        assert secret not in caplog.text
        for record in caplog.records:
            assert secret not in record.getMessage()
            assert secret not in repr(record.args)
