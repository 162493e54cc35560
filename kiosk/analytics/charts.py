"""Small inline-SVG charts for the report: columns over time and ranked bars.

Hand-drawn rather than a plotting library: the report must open on any laptop, offline,
with no JavaScript, and the kiosk image should not carry matplotlib. Every bar has a
``<title>`` (a hover tooltip in every browser) with its exact value, and every chart
is an ``role="img"`` with a text title for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

Format = Callable[[float], str]

ACCENT = "#2f6f8f"
ACCENT_LIGHT = "#9cc3d5"
GRID = "#d9dde1"
INK = "#2b2f33"
MUTED = "#6b7379"
CHAR_WIDTH = 6.5  # rough width of one 11-12 px character, to decide whether a label fits


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _num(value: float) -> str:
    """Coordinates with at most one decimal: small files, no float noise."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def plain(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def nice_ceiling(value: float, ticks: int = 4, *, integer: bool = False) -> tuple[float, float]:
    """A round axis maximum >= ``value`` and its tick step (1, 2, 2.5 or 5 x 10^k).

    ``integer`` keeps steps whole (counts of sessions have no 2.5).
    """
    if value <= 0:
        return float(ticks), 1.0
    raw_step = value / ticks
    magnitude = 10 ** math.floor(math.log10(raw_step))
    factors = (1, 2, 5, 10) if integer else (1, 2, 2.5, 5, 10)
    for factor in factors:
        step = factor * magnitude
        if integer and step < 1:
            continue
        if step * ticks >= value:
            return step * ticks, step
    return 10 * magnitude * ticks, 10 * magnitude  # unreachable: factor 10 always fits


def column_chart(
    values: Sequence[tuple[str, float]],
    *,
    title: str,
    value_format: Format = plain,
    tick_format: Format | None = None,
    label_format: Format | None = None,
    highlight: Sequence[bool] | None = None,
    max_labels: int = 16,
    integer: bool = True,
    width: int = 960,
    height: int = 240,
    chart_id: str = "",
) -> str:
    """Vertical columns, one per labelled value, with a y grid.

    ``highlight`` marks columns drawn in the light colour (weekends, say). Labels are
    thinned to at most ``max_labels`` so long periods stay legible. ``integer`` keeps
    the grid on whole numbers (for counts).
    """
    tick_format = tick_format or value_format
    label_format = label_format or value_format
    left, right, top, bottom = 56, 12, 18, 30
    plot_w = width - left - right
    plot_h = height - top - bottom
    top_value, step = nice_ceiling(max((v for _, v in values), default=0.0), integer=integer)
    count = max(len(values), 1)
    slot = plot_w / count
    gap = min(slot * 0.2, 6.0)
    label_every = max(1, math.ceil(count / max_labels))
    # Numbers on top of the columns (hover titles do not print), but only if every one
    # fits: a few stray numbers on a dense chart read as noise.
    show_values = all((len(label_format(v)) + 1) * CHAR_WIDTH <= slot for _, v in values if v > 0)

    parts = [_svg_open(width, height, title, chart_id)]
    ticks = round(top_value / step)
    for i in range(ticks + 1):
        tick = step * i
        y = top + plot_h - plot_h * tick / top_value
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{_num(y)}" y2="{_num(y)}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{_num(y + 4)}" text-anchor="end" fill="{MUTED}">'
            f"{escape(tick_format(tick))}</text>"
        )
    for i, (label, value) in enumerate(values):
        x = left + slot * i + gap / 2
        h = plot_h * value / top_value
        colour = ACCENT_LIGHT if highlight and highlight[i] else ACCENT
        if value > 0:
            shown = label_format(value)
            parts.append(
                f'<rect class="bar" x="{_num(x)}" y="{_num(top + plot_h - h)}" width="{_num(slot - gap)}"'
                f' height="{_num(h)}" fill="{colour}"><title>{escape(label)}: '
                f"{escape(value_format(value))}</title></rect>"
            )
            if show_values:
                parts.append(
                    f'<text class="value" x="{_num(x + (slot - gap) / 2)}" y="{_num(top + plot_h - h - 4)}"'
                    f' text-anchor="middle" fill="{INK}">{escape(shown)}</text>'
                )
        if i % label_every == 0:
            parts.append(
                f'<text x="{_num(x + (slot - gap) / 2)}" y="{height - bottom + 16}" text-anchor="middle"'
                f' fill="{MUTED}">{escape(label)}</text>'
            )
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="{MUTED}"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def bar_list(
    rows: Sequence[tuple[str, float, str]],
    *,
    title: str,
    width: int = 640,
    row_height: int = 26,
    label_width: int = 220,
    chart_id: str = "",
) -> str:
    """Horizontal bars, one per ``(label, value, value_text)`` row, longest on top as given."""
    value_width = 150
    height = max(len(rows), 1) * row_height + 8
    plot_w = width - label_width - value_width
    biggest = max((v for _, v, _ in rows), default=0.0) or 1.0
    parts = [_svg_open(width, height, title, chart_id)]
    for i, (label, value, value_text) in enumerate(rows):
        y = 4 + i * row_height
        w = max(plot_w * value / biggest, 1.5 if value > 0 else 0)
        shown = label if len(label) <= 30 else label[:29] + "…"
        parts.append(
            f'<text x="{label_width - 8}" y="{y + row_height / 2 + 4:.0f}" text-anchor="end"'
            f' fill="{INK}">{escape(shown)}<title>{escape(label)}</title></text>'
            f'<rect class="bar" x="{label_width}" y="{y + 4}" width="{_num(w)}" height="{row_height - 8}"'
            f' fill="{ACCENT}"><title>{escape(label)}: {escape(value_text)}</title></rect>'
            f'<text x="{_num(label_width + w + 6)}" y="{y + row_height / 2 + 4:.0f}" fill="{MUTED}">'
            f"{escape(value_text)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_open(width: int, height: int, title: str, chart_id: str) -> str:
    ident = f' id="{_attr(chart_id)}"' if chart_id else ""
    # viewBox + width 100% in CSS: the chart scales to the page and prints crisply.
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart"{ident} viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-label="{_attr(title)}">'
        f"<title>{escape(title)}</title>"
    )
