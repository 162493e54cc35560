import datetime as dt

import pytest

from kiosk.content.dates import DateSpan, Precision


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("1944-10-20", dt.date(1944, 10, 20), dt.date(1944, 10, 20), Precision.DAY),
        ("1944-10", dt.date(1944, 10, 1), dt.date(1944, 10, 31), Precision.MONTH),
        ("1944", dt.date(1944, 1, 1), dt.date(1944, 12, 31), Precision.YEAR),
        ("1944-10-14/1944-10-20", dt.date(1944, 10, 14), dt.date(1944, 10, 20), Precision.RANGE),
        ("1944-08/1944-09", dt.date(1944, 8, 1), dt.date(1944, 9, 30), Precision.RANGE),
    ],
)
def test_parse(text: str, start: dt.date, end: dt.date, precision: Precision) -> None:
    span = DateSpan.parse(text)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize("bad", ["1944-13", "20 October 1944", "1944-10-20/1944-10-01", "1944-02-30"])
def test_bad_dates_are_explained(bad: str) -> None:
    with pytest.raises(ValueError, match=r"date|range"):
        DateSpan.parse(bad)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("1944-10/1945-05-09", ("1944-10", Precision.MONTH), ("1945-05-09", Precision.DAY)),
        ("1941/1945", ("1941", Precision.YEAR), ("1945", Precision.YEAR)),
        ("1944-10-20", ("1944-10-20", Precision.DAY), ("1944-10-20", Precision.DAY)),
    ],
)
def test_a_range_keeps_the_precision_of_each_end(
    text: str, first: tuple[str, Precision], last: tuple[str, Precision]
) -> None:
    a, b = DateSpan.parse(text).ends()
    assert (a.text, a.precision) == first
    assert (b.text, b.precision) == last


def test_a_range_built_from_two_days_has_days_for_ends() -> None:
    span = DateSpan(dt.date(1944, 10, 14), dt.date(1944, 10, 20), Precision.RANGE, "the assault")
    assert [(e.start, e.precision) for e in span.ends()] == [
        (dt.date(1944, 10, 14), Precision.DAY),
        (dt.date(1944, 10, 20), Precision.DAY),
    ]
