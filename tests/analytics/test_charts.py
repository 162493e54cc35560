from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kiosk.analytics.charts import bar_list, column_chart, nice_ceiling

NS = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    ("value", "integer", "expected"),
    [
        (0, True, (4.0, 1.0)),
        (3, True, (4.0, 1.0)),
        (7, True, (8.0, 2.0)),
        (38, True, (40.0, 10.0)),
        (74, True, (80.0, 20.0)),
        (1174, True, (2000.0, 500.0)),
        (3.2, False, (4.0, 1.0)),
        (0.9, False, (1.0, 0.25)),
    ],
)
def test_nice_ceiling(value: float, integer: bool, expected: tuple[float, float]) -> None:
    assert nice_ceiling(value, integer=integer) == expected


def test_column_chart_bars_heights_and_escaping() -> None:
    svg = column_chart([("a<b", 10), ("zero", 0), ("c", 5)], title='Sessions "per" day', chart_id="x")
    root = ET.fromstring(svg)
    assert root.get("id") == "x" and root.get("role") == "img"
    assert root.findtext(f"{NS}title") == 'Sessions "per" day'
    bars = list(root.iter(f"{NS}rect"))
    assert [b.findtext(f"{NS}title") for b in bars] == ["a<b: 10", "c: 5"]  # no bar for zero
    heights = [float(b.get("height", "0")) for b in bars]
    assert heights[0] == pytest.approx(2 * heights[1])
    assert {t.text for t in root.iter(f"{NS}text") if t.get("class") == "value"} == {"10", "5"}


def test_dense_column_chart_thins_labels_and_drops_numbers() -> None:
    values = [(f"d{i}", float(i % 7 + 1)) for i in range(120)]
    root = ET.fromstring(column_chart(values, title="t", max_labels=12))
    axis_labels = [t.text for t in root.iter(f"{NS}text") if (t.text or "").startswith("d")]
    assert len(axis_labels) <= 12 and axis_labels[0] == "d0"
    assert not [t for t in root.iter(f"{NS}text") if t.get("class") == "value"]


def test_bar_list_widths_are_proportional() -> None:
    root = ET.fromstring(bar_list([("en", 80, "80"), ("sr", 20, "20"), ("de", 0, "0")], title="Language"))
    widths = [float(b.get("width", "0")) for b in root.iter(f"{NS}rect")]
    assert widths[0] == pytest.approx(4 * widths[1]) and widths[2] == 0
