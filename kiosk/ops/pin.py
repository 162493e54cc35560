"""The admin PIN: a salted scrypt hash on disk and a gate with persistent back-off.

Policy:

- The PIN is 4 to 8 ASCII digits (a touchscreen keypad, not a keyboard).
- Only a salted scrypt hash is stored, with its parameters, so they can be raised later
  without breaking stored PINs.
- With no PIN set the admin path is *closed*: :meth:`PinGate.check` answers
  ``CLOSED`` and the UI should say how to set one (``kiosk admin set-pin``). A kiosk in
  a public room must never ship with an open or default admin screen.
- After 3 wrong PINs in a row the gate locks for 30 s, then 60 s, 120 s, ... capped at
  1 h. The count and the lock survive a restart (a visitor pulling the plug must not
  reset the back-off). A correct PIN resets both.
- The PIN never reaches a log, an exception message or the state file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.atomic import StrPath, atomic_write_json

log = logging.getLogger(__name__)

PIN_PATTERN = re.compile(r"[0-9]{4,8}")  # not \d: that also matches e.g. Arabic-Indic digits
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32

FREE_ATTEMPTS = 3
FIRST_LOCK_S = 30
MAX_LOCK_S = 3600

# A tampered store must not be able to ask for gigabytes of scrypt memory.
_MAX_N = 2**20
_SCRYPT_MAXMEM = 256 * 1024 * 1024


class PinError(ValueError):
    """The PIN (or the PIN store) is unusable. Messages never contain the PIN."""


class Outcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    CLOSED = "closed"  # no PIN set: the admin path stays shut


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    seconds_left: int = 0  # while LOCKED (also set on the WRONG that started a lock)
    failures: int = 0  # wrong attempts in a row, after this one

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


def validate_pin(pin: str) -> None:
    if not PIN_PATTERN.fullmatch(pin):
        raise PinError("the PIN must be 4 to 8 digits (0-9)")


def lock_seconds(failures: int) -> int:
    """How long the gate stays locked after ``failures`` wrong attempts in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    doublings = failures - FREE_ATTEMPTS
    # Cap the exponent before computing: failures can grow without bound.
    if doublings >= 16:
        return MAX_LOCK_S
    return int(min(FIRST_LOCK_S * 2**doublings, MAX_LOCK_S))


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=_SCRYPT_MAXMEM)


def set_pin(store_path: StrPath, pin: str) -> None:
    """Store a new admin PIN (hash only) atomically, readable by the owner alone."""
    validate_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    record = {
        "format": 1,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": digest.hex(),
    }
    atomic_write_json(store_path, record, mode=0o600)
    log.info("admin PIN set")


@dataclass(frozen=True)
class _StoredHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _load_hash(store_path: Path) -> _StoredHash | None:
    try:
        raw = json.loads(store_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.error("admin PIN store %s is unreadable (%s); admin path closed", store_path, type(exc).__name__)
        return None
    try:
        if raw["kdf"] != "scrypt":
            raise ValueError("unknown kdf")
        stored = _StoredHash(
            n=int(raw["n"]),
            r=int(raw["r"]),
            p=int(raw["p"]),
            salt=bytes.fromhex(raw["salt"]),
            digest=bytes.fromhex(raw["hash"]),
        )
    except (KeyError, TypeError, ValueError):
        log.error("admin PIN store %s is malformed; admin path closed", store_path)
        return None
    if not (2 <= stored.n <= _MAX_N and 1 <= stored.r <= 32 and 1 <= stored.p <= 4 and stored.digest):
        log.error("admin PIN store %s has out-of-range parameters; admin path closed", store_path)
        return None
    return stored


def has_pin(store_path: StrPath) -> bool:
    return _load_hash(Path(store_path)) is not None


def reset_lockout(state_path: StrPath) -> None:
    """Forget failed attempts (for ``kiosk admin set-pin``: whoever has a shell is trusted)."""
    Path(state_path).unlink(missing_ok=True)


@dataclass
class _Lockout:
    failures: int = 0
    locked_until: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"failures": self.failures, "locked_until": self.locked_until}


class PinGate:
    """Checks PINs typed on the kiosk. One instance per app; thread-safe.

    The store is re-read on every check, so ``kiosk admin set-pin`` takes effect
    without restarting the app.
    """

    def __init__(
        self, store_path: StrPath, state_path: StrPath, clock: Callable[[], float] = time.time
    ) -> None:
        self._store_path = Path(store_path)
        self._state_path = Path(state_path)
        self._clock = clock
        self._lock = threading.Lock()

    def has_pin(self) -> bool:
        return has_pin(self._store_path)

    def _load_state(self) -> _Lockout:
        try:
            raw = json.loads(self._state_path.read_text(encoding="utf-8"))
            return _Lockout(failures=max(0, int(raw["failures"])), locked_until=float(raw["locked_until"]))
        except FileNotFoundError:
            return _Lockout()
        except (OSError, ValueError, KeyError, TypeError):
            # Atomic writes make this a disk fault, not a race. Keep the gate usable
            # but start the count at the lock threshold rather than at zero, so that
            # corrupting the file is no way to earn free guesses.
            log.warning("admin PIN lockout state %s unreadable; the next wrong PIN locks", self._state_path)
            return _Lockout(failures=FREE_ATTEMPTS - 1)

    def _save_state(self, state: _Lockout) -> None:
        atomic_write_json(self._state_path, state.to_json(), mode=0o600)

    def seconds_locked(self) -> int:
        """Seconds until the keypad accepts attempts again (0 = open), for a countdown."""
        with self._lock:
            return self._seconds_left(self._load_state(), self._clock())

    def _seconds_left(self, state: _Lockout, now: float) -> int:
        remaining = state.locked_until - now
        if remaining <= 0:
            return 0
        # The clock went backwards (a Pi without RTC before NTP sync): never hold the
        # gate for longer than one maximal lock from now.
        if remaining > MAX_LOCK_S:
            state.locked_until = now + MAX_LOCK_S
            self._save_state(state)
            remaining = MAX_LOCK_S
        return math.ceil(remaining)

    def check(self, pin: str) -> Verdict:
        with self._lock:
            stored = _load_hash(self._store_path)
            if stored is None:
                log.warning("admin PIN attempt refused: no admin PIN is set (admin path closed)")
                return Verdict(Outcome.CLOSED)
            now = self._clock()
            state = self._load_state()
            left = self._seconds_left(state, now)
            if left > 0:
                log.warning("admin PIN attempt while locked (%d s left)", left)
                return Verdict(Outcome.LOCKED, seconds_left=left, failures=state.failures)

            candidate = _derive(pin, stored.salt, stored.n, stored.r, stored.p, len(stored.digest))
            if hmac.compare_digest(candidate, stored.digest):
                if state.failures:
                    self._save_state(_Lockout())
                log.info("admin PIN accepted")
                return Verdict(Outcome.OK)

            state.failures += 1
            lock = lock_seconds(state.failures)
            state.locked_until = now + lock if lock else 0.0
            self._save_state(state)
            if lock:
                log.warning("admin PIN attempt failed (%d in a row); locked for %d s", state.failures, lock)
            else:
                log.warning("admin PIN attempt failed (%d in a row)", state.failures)
            return Verdict(Outcome.WRONG, seconds_left=lock, failures=state.failures)
