"""Start-up to the first frame: ``python -m kiosk.bench.startup [--runs N] [--json out.json]``.

Each run is a fresh ``python`` process, timed from just before the parent spawns it to the
window's first frame; the median of ``--runs`` runs is reported:

- the reference, a minimal Qt Quick program: a QGuiApplication and a QQmlApplicationEngine
  loading a bare ``Window``, to its first ``frameSwapped``;
- the kiosk started as ``kiosk run`` starts (kiosk/cli.py): the picture of its attract screen
  drawn (kiosk/ui/first_frame.py), then the bundled exhibit loaded, ``build()``, the window shown,
  and "live" when the attract screen, its pictures in, has replaced the picture;
- ``python -m kiosk --windowed`` and, when ``dist/`` holds one, the frozen bundle, which cannot be
  told to quit on a frame: there the first frame is the first "Frame rendered" line that Qt's
  ``qt.scenegraph.time.renderloop`` logging category prints, or the kiosk's own "first frame on
  screen" line, whichever comes first, and the reference is the minimal program timed the same way.

The target is at most 2x the minimal window. ``python -X importtime`` tells where import time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from kiosk.bench.figures import Figure, table, write_json
from kiosk.bench.process import stop
from kiosk.bench.renderers import Renderer, python_env, renderers

TARGET_RATIO: Final = 2.0
FRAME_LOG: Final = "qt.scenegraph.time.renderloop=true"
FRAME_LINE: Final = "frame rendered"  # "Frame rendered" (basic loop), "frame rendered in" (threaded)
# The kiosk's own first frame is a picture in a plain window (kiosk/ui/first_frame.py), which Qt's
# scene graph does not log: the kiosk logs it (kiosk.ui.first_frame.DRAWN).
FIRST_FRAME_LINE: Final = "first frame on screen"
T0_VAR: Final = "KIOSK_BENCH_T0"
MINIMAL_QML: Final = (
    "import QtQuick\nimport QtQuick.Window\n"
    'Window { width: 1920; height: 1080; visible: true; color: "black" }\n'
)
REPO: Final = Path(__file__).resolve().parents[2]


# --- the children ---------------------------------------------------------------------------------


def _since_spawn() -> float:
    return time.time() - float(os.environ.get(T0_VAR, "nan"))


def child_minimal(quit_on_frame: bool) -> None:
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    marks = {"imported": _since_spawn()}
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(MINIMAL_QML.encode(), QUrl("minimal.qml"))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    marks["loaded"] = _since_spawn()
    _quit_on_first_frame(app, window, marks, quit_on_frame)
    QTimer.singleShot(30_000, app.quit)
    app.exec()


def child_kiosk(quit_on_frame: bool) -> None:
    """As ``kiosk run`` starts (kiosk/cli.py): the picture of the attract screen first
    (kiosk/ui/first_frame.py), then the kiosk, its exhibit loaded from the checked-content cache,
    built and shown; "ready" is when the live attract screen, pictures in, has replaced the picture."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.first_frame import FILE_NAME, show_first_frame

    marks = {"imported": _since_spawn()}
    cache = Path(os.environ["KIOSK_BENCH_CACHE"])
    app = QGuiApplication(sys.argv[:1])
    first = show_first_frame(cache / FILE_NAME, 0, True, (1920, 1080))
    marks["first_frame"] = _since_spawn()

    from kiosk import resources
    from kiosk.content.cache import load_cached
    from kiosk.ui.bootstrap import KioskOptions, build
    from kiosk.ui.first_frame import FirstFrameKeeper, HandOver, place_window

    marks["rest_imported"] = _since_spawn()
    content = resources.bundled_exhibit()
    # as `kiosk run` loads it: from the checked-content cache when the folder has not changed
    result = load_cached(content, cache / "content-cache")
    assert result.exhibit is not None
    marks["content_loaded"] = _since_spawn()
    kiosk = build(result.exhibit, content, KioskOptions(cache_dir=cache))
    marks["built"] = _since_spawn()
    place_window(kiosk.window, 0, True, (1920, 1080))
    marks["shown"] = _since_spawn()

    def live_frame() -> None:  # the kiosk's own window's first frame (its pictures may still load)
        if "live_frame" not in marks:
            marks["live_frame"] = _since_spawn()

    kiosk.window.frameSwapped.connect(live_frame, Qt.ConnectionType.QueuedConnection)
    hand_over = HandOver(first, kiosk.window, kiosk.navigator.begin)
    keeper = FirstFrameKeeper(cache / FILE_NAME, 0, kiosk.window, kiosk.navigator, kiosk.context)

    def ready() -> None:
        marks["ready"] = _since_spawn()
        if not (cache / FILE_NAME).exists():  # the first, uncounted run takes the picture
            keeper.capture()
        print(json.dumps(marks), flush=True)
        if quit_on_frame:
            app.quit()

    hand_over.finished.connect(ready)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    kiosk.images.close()


def _quit_on_first_frame(app: Any, window: Any, marks: dict[str, float], quit_on_frame: bool) -> None:
    window.show()
    marks["shown"] = _since_spawn()

    def first_frame() -> None:
        marks["first_frame"] = _since_spawn()
        print(json.dumps(marks), flush=True)
        if quit_on_frame:
            window.frameSwapped.disconnect(first_frame)
            app.quit()

    window.frameSwapped.connect(first_frame)


# --- the parent -----------------------------------------------------------------------------------


def _env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = python_env(dict(os.environ))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_QUICK_BACKEND", "software")
    env.setdefault(
        "KIOSK_BENCH_CACHE", str(Path(tempfile.gettempdir()) / "kiosk-bench-exhibits" / "cache" / "bundled")
    )
    env.update(extra or {})
    return env


def time_child(what: str, extra: Mapping[str, str] | None = None) -> dict[str, float]:
    """One run of a child that quits on its first frame; seconds since spawn for each mark."""
    env = _env(extra)
    env[T0_VAR] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.bench.startup", "child", what],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"startup child {what} failed:\n{done.stderr[-2000:]}")
    marks: dict[str, float] = json.loads(lines[-1])
    return marks


def time_command(
    command: Sequence[str], cwd: Path | None = None, extra: Mapping[str, str] | None = None
) -> float:
    """Seconds from spawning ``command`` to the first frame its Qt logs; the process is then ended."""
    env = _env({**(extra or {}), "QT_LOGGING_RULES": FRAME_LOG})
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd or REPO
    )
    assert proc.stderr is not None
    seen: list[str] = []
    try:
        for line in proc.stderr:
            if FRAME_LINE in line.lower() or FIRST_FRAME_LINE in line:
                return time.perf_counter() - started
            seen.append(line)
        tail = "".join(seen[-10:])
        raise RuntimeError(f"{' '.join(command)} exited ({proc.wait()}) before drawing a frame:\n{tail}")
    finally:
        stop(proc, 10)
        proc.stderr.close()


def frozen_bundle(given: Path | None = None) -> Path | None:
    """The frozen kiosk: ``given``, else ``dist/exhibit-kiosk*/kiosk`` (packaging/pyinstaller)."""
    candidates = [given] if given else sorted((REPO / "dist").glob("exhibit-kiosk*/kiosk"))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def import_times(modules: Sequence[str] = ("kiosk.ui.bootstrap", "kiosk.content.loader")) -> dict[str, Any]:
    """``python -X importtime`` of what the kiosk imports, summed by top-level package (self time)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "; ".join(f"import {m}" for m in modules)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=REPO,
    )
    by_package: dict[str, float] = {}
    heaviest: list[tuple[float, str]] = []
    total_us = 0
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative_us, name = line[len("import time:") :].split("|", 2)
        name = name.strip()
        self_value = int(self_us)
        top = name.split(".")[0]
        if top.startswith("PySide6") or top == "shiboken6":
            top = name if name.startswith("PySide6.Qt") else top
        by_package[top] = by_package.get(top, 0) + self_value
        heaviest.append((self_value / 1000, name))
        total_us += self_value
    top_packages = sorted(by_package.items(), key=lambda kv: -kv[1])[:12]
    return {
        "total_ms": total_us / 1000,
        "by_package_ms": {k: v / 1000 for k, v in top_packages},
        "heaviest_modules_ms": [(name, ms) for ms, name in sorted(heaviest, reverse=True)[:12]],
    }


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def run(
    runs: int, include_frozen: bool = True, frozen: Path | None = None, use_xvfb: bool = True
) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    raw: dict[str, Any] = {}
    with renderers(use_xvfb) as (found, missing):
        for renderer in found:
            got, data = _renderer_figures(renderer, runs, frozen_bundle(frozen) if include_frozen else None)
            figures += got
            raw[renderer.name] = data
    figures += [Figure(f"start-up, {note.split(':')[0]}", float("nan"), "ms", note=note) for note in missing]
    imports = import_times()
    raw["imports"] = imports
    top = ", ".join(f"{k} {v:.0f}" for k, v in list(imports["by_package_ms"].items())[:6])
    figures.append(
        Figure(
            "import time (python -X importtime, self time summed)",
            imports["total_ms"],
            "ms",
            note=f"by package (ms): {top}",
            extra=imports,
        )
    )
    return figures, raw


def _renderer_figures(
    renderer: Renderer, runs: int, bundle: Path | None
) -> tuple[list[Figure], dict[str, Any]]:
    """The kiosk beside the minimal window, both under ``renderer``, interleaved run by run."""
    env, tag = renderer.env, f"[{renderer.label}]"
    print(f"start-up {tag}: {runs} runs each ...", file=sys.stderr, flush=True)
    time_child("kiosk", env)  # warm the page, bytecode, QML and derivative caches; not counted
    time_child("minimal", env)
    minimal: list[dict[str, float]] = []
    kiosk: list[dict[str, float]] = []
    for _ in range(runs):  # interleaved, so drifts in machine load hit both alike
        minimal.append(time_child("minimal", env))
        kiosk.append(time_child("kiosk", env))
    min_first = _median([m["first_frame"] for m in minimal])
    kiosk_first = _median([m["first_frame"] for m in kiosk])
    phases = {
        key: _median([m[key] for m in kiosk])
        for key in (
            *("imported", "first_frame", "rest_imported", "content_loaded"),
            *("built", "shown", "live_frame", "ready"),
        )
    }
    ratio = kiosk_first / min_first
    ready_ratio = phases["ready"] / min_first
    figures = [
        Figure(
            f"start-up to first frame, minimal Qt Quick window {tag}",
            min_first * 1000,
            "ms",
            note=f"median of {runs}; imported at {_median([m['imported'] for m in minimal]) * 1000:.0f} ms",
        ),
        Figure(
            f"start-up to first attract frame (its picture), from source {tag}",
            kiosk_first * 1000,
            "ms",
            reference="minimal window",
            reference_value=min_first * 1000,
            target=f"<= {TARGET_RATIO:.0f}x minimal",
            met=ratio <= TARGET_RATIO,
            note=(
                f"{ratio:.2f}x; imported {phases['imported'] * 1000:.0f} ms,"
                f" picture drawn {phases['first_frame'] * 1000:.0f}"
            ),
            extra={"phases_s": phases, "ratio": ratio},
        ),
        Figure(
            f"start-up to the live attract screen, pictures in, from source {tag}",
            phases["ready"] * 1000,
            "ms",
            reference="minimal window",
            reference_value=min_first * 1000,
            note=(
                f"{ready_ratio:.2f}x; the rest imported {phases['rest_imported'] * 1000:.0f} ms,"
                f" content loaded {phases['content_loaded'] * 1000:.0f}, built {phases['built'] * 1000:.0f},"
                f" shown {phases['shown'] * 1000:.0f}, its first frame {phases['live_frame'] * 1000:.0f},"
                f" pictures in {phases['ready'] * 1000:.0f}"
            ),
            extra={"ratio": ready_ratio},
        ),
    ]
    raw: dict[str, Any] = {"renderer": renderer.label, "minimal": minimal, "kiosk": kiosk, "phases_s": phases}

    # `python -m kiosk` and the frozen bundle, first frame read from Qt's log, same for the reference
    env = {**env, "KIOSK_STATE_DIR": str(_state_with_picture(_env(env)["KIOSK_BENCH_CACHE"]))}
    time_command([sys.executable, "-m", "kiosk", "--windowed", "--size", "1920x1080"], None, env)  # warm
    ref_runs: list[float] = []
    cli_runs: list[float] = []
    for _ in range(runs):
        ref_runs.append(
            time_command([sys.executable, "-m", "kiosk.bench.startup", "child", "minimal-stay"], None, env)
        )
        cli_runs.append(
            time_command([sys.executable, "-m", "kiosk", "--windowed", "--size", "1920x1080"], None, env)
        )
    raw["cli_s"], raw["minimal_logged_s"] = cli_runs, ref_runs
    logged = [("`python -m kiosk --windowed`", "minimal window, same method", cli_runs)]
    if bundle is not None:
        frozen_runs = [
            time_command([str(bundle), "--windowed", "--size", "1920x1080"], bundle.parent, env)
            for _ in range(runs)
        ]
        raw["frozen_s"] = frozen_runs
        logged.append((f"frozen bundle ({bundle})", "minimal window from source, same method", frozen_runs))
    else:
        figures.append(
            Figure(
                f"start-up, frozen bundle {tag}",
                float("nan"),
                "ms",
                note="skipped: no dist/exhibit-kiosk*/kiosk (build it with packaging/pyinstaller first)",
            )
        )
    for what, reference, values in logged:
        logged_ratio = _median(values) / _median(ref_runs)
        figures.append(
            Figure(
                f"start-up, {what.split(' (')[0]} (frame from Qt log) {tag}",
                _median(values) * 1000,
                "ms",
                reference=reference,
                reference_value=_median(ref_runs) * 1000,
                target=f"<= {TARGET_RATIO:.0f}x minimal",
                met=logged_ratio <= TARGET_RATIO,
                note=f"{logged_ratio:.2f}x" + (f"; {what}" if "(" in what else ""),
            )
        )
    return figures, raw


def _state_with_picture(cache: str) -> Path:
    """The state folder `kiosk run` gets here: its first frame's picture, the one the kiosk child
    took (a kiosk takes it a few seconds after starting; these runs end at their first frame)."""
    from kiosk.ui.first_frame import FILE_NAME, PICTURE_NAME

    state = Path(tempfile.gettempdir()) / "kiosk-bench-exhibits" / "state"
    state.mkdir(parents=True, exist_ok=True)
    for name in (FILE_NAME, PICTURE_NAME):
        if (Path(cache) / name).is_file():
            shutil.copyfile(Path(cache) / name, state / name)
    return state


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["child"]:
        what = argv[1]
        if what == "minimal":
            child_minimal(quit_on_frame=True)
        elif what == "minimal-stay":
            child_minimal(quit_on_frame=False)
        elif what == "kiosk":
            child_kiosk(quit_on_frame=True)
        else:
            raise SystemExit(f"unknown child {what}")
        return 0
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.startup", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--no-frozen", action="store_true", help="skip the frozen bundle even if dist/ has one"
    )
    parser.add_argument(
        "--frozen", type=Path, help="the frozen kiosk executable (default: dist/exhibit-kiosk*/kiosk)"
    )
    parser.add_argument("--no-xvfb", action="store_true", help="the software renderer only")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    figures, raw = run(args.runs, not args.no_frozen, args.frozen, not args.no_xvfb)
    print(table(figures))
    print()
    imports = raw["imports"]
    print(f"import time {imports['total_ms']:.0f} ms; heaviest modules (self ms):")
    for name, ms in imports["heaviest_modules_ms"]:
        print(f"  {ms:8.1f}  {name}")
    write_json(args.json, figures, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
