"""Benchmark figures: each measured value beside its reference and its target, as a table or JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

FRAME_MS: Final = 1000 / 60  # one frame at 60 Hz


@dataclass
class Figure:
    """One measured figure beside its reference and its target."""

    name: str
    value: float
    unit: str
    reference: str = ""
    reference_value: float | None = None
    target: str = ""
    met: bool | None = None  # None: no target, or not measured
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def format_value(value: float, unit: str) -> str:
    if value != value:  # nan
        return "-"
    if unit == "%":
        return f"{value:.2f} %"
    if unit == "x":
        return f"{value:.2f}x"
    if unit in {"taps", "count"}:
        return f"{value:,.0f}"
    return f"{value:,.1f} {unit}"


def table(figures: Sequence[Figure]) -> str:
    rows = [("figure", "value", "reference", "target", "met")]
    for f in figures:
        ref = f.reference
        if f.reference_value is not None:
            ref = f"{ref}: {format_value(f.reference_value, f.unit)}" if ref else str(f.reference_value)
        met = "-" if f.met is None else ("yes" if f.met else "NO")
        rows.append((f.name, format_value(f.value, f.unit), ref, f.target, met))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["notes:", *notes] if notes else []))


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def write_json(path: Path | None, figures: Sequence[Figure], raw: Mapping[str, Any]) -> None:
    if path is None:
        return
    from dataclasses import asdict

    payload = {"figures": [asdict(f) for f in figures], "raw": raw}
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
