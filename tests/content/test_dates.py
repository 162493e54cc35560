import datetime as dt

import pytest

from kiosk.content.date_text import format_date
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
    ("text", "en", "sr"),
    [
        ("1944-10-20", "20 October 1944", "20. октобра 1944."),
        ("1944-10", "October 1944", "октобар 1944."),
        ("1944-10-14/1944-10-20", "14–20 October 1944", "14–20. октобра 1944."),
        ("1944-09-28/1944-10-20", "28 September – 20 October 1944", "28. септембра – 20. октобра 1944."),
        ("1944-09/1944-10", "September–October 1944", "септембар–октобар 1944."),
    ],
)
def test_each_language_writes_dates_its_own_way(text: str, en: str, sr: str) -> None:
    span = DateSpan.parse(text)
    assert format_date(span, "en") == en
    assert format_date(span, "sr") == sr
