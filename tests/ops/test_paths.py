from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.ops.health import HEARTBEAT, TEXTFILE
from kiosk.ops.paths import StateLayout, state_dir

HOME = Path("/home/visitor")


def test_explicit_env_wins_everywhere() -> None:
    for platform in ("linux", "win32", "darwin"):
        assert state_dir(env={"KIOSK_STATE_DIR": "/srv/kiosk"}, platform=platform, home=HOME) == Path(
            "/srv/kiosk"
        )


def test_explicit_env_expands_user() -> None:
    assert state_dir(env={"KIOSK_STATE_DIR": "~/k"}, platform="linux") == Path.home() / "k"


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", HOME / ".local/state/exhibit-kiosk"),
        ({"XDG_STATE_HOME": "/var/state"}, "linux", Path("/var/state/exhibit-kiosk")),
        ({"XDG_STATE_HOME": "relative/state"}, "linux", HOME / ".local/state/exhibit-kiosk"),
        ({"XDG_STATE_HOME": ""}, "freebsd14", HOME / ".local/state/exhibit-kiosk"),
        (
            {"LOCALAPPDATA": "C:/Users/v/AppData/Local"},
            "win32",
            Path("C:/Users/v/AppData/Local/exhibit-kiosk"),
        ),
        ({}, "win32", HOME / "AppData/Local/exhibit-kiosk"),
        ({"XDG_STATE_HOME": "/x"}, "darwin", HOME / "Library/Application Support/exhibit-kiosk"),
    ],
)
def test_platform_defaults(env: dict[str, str], platform: str, expected: Path) -> None:
    assert state_dir(env=env, platform=platform, home=HOME) == expected


def test_default_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path))
    assert state_dir() == tmp_path
    assert StateLayout.default().root == tmp_path


def test_layout(tmp_path: Path) -> None:
    layout = StateLayout(tmp_path / "state")
    layout.create()
    assert layout.logs.is_dir() and layout.health_dir.is_dir()
    names = {
        p.relative_to(layout.root).as_posix()
        for p in (
            layout.analytics_db,
            layout.admin_pin,
            layout.pin_lockout,
            layout.crash_loop,
            layout.health_dir / TEXTFILE,
            layout.health_dir / HEARTBEAT,
        )
    }
    assert names == {
        "analytics.sqlite3",
        "admin-pin.json",
        "admin-pin-lockout.json",
        "crash-loop.json",
        "health/kiosk.prom",
        "health/heartbeat",
    }
