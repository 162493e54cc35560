"""Dates, numbers, plurals and lists follow CLDR in every interface language (Babel is the oracle)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date as babel_date
from babel.dates import format_interval, format_skeleton
from babel.lists import format_list as babel_list
from babel.numbers import format_decimal

from kiosk.content import cldr
from kiosk.content.dates import DateSpan
from kiosk.content.formatting import (
    MONTHS,
    format_date,
    format_day,
    format_list,
    format_month,
    format_number,
    format_period,
    format_year,
    month_name,
    plural_categories,
    plural_category,
    serbian_genitive,
)
from kiosk.content.languages import INTERFACE_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(1944, 10, 20)
SAME_MONTH = (dt.date(1944, 10, 14), DAY)
TWO_MONTHS = (dt.date(1944, 9, 28), DAY)
TWO_YEARS = (dt.date(1944, 12, 28), dt.date(1945, 1, 3))


def babel_locale(tag: str) -> Locale:
    return Locale.parse(tag, sep="-")


def genitive_for_serbian(text: str, tag: str, months: list[int]) -> str:
    """Babel's Serbian text with each month after a day put in the genitive (the correction)."""
    if not tag.startswith("sr"):
        return text
    wide = babel_locale(tag).months["format"]["wide"]
    for m in months:
        text = re.sub(rf"\b{wide[m]}\b", serbian_genitive(wide[m]), text)
    return text


def as_long_date(text: str, tag: str, months: list[int]) -> str:
    """Babel's interval text with day and month written as the language's long date writes them:
    months spelled out where it spells them, days without a leading zero where it has none."""
    loc = babel_locale(tag)
    long = loc.date_formats["long"].pattern
    if "MMMM" in long:
        for m in months:
            short, wide = loc.months["format"]["abbreviated"][m], loc.months["format"]["wide"][m]
            text = text.replace(short, wide)
    if "dd" not in long:
        text = re.sub(r"(?<![\d.])0(\d)(?!\d)", r"\1", text)  # a day, not a numeric month
    return text


@pytest.mark.parametrize("tag", INTERFACE_LANGUAGES)
def test_a_day_is_the_languages_long_date(tag: str) -> None:
    expected = babel_date(DAY, "long", locale=babel_locale(tag))
    assert format_day(DAY, tag) == genitive_for_serbian(expected, tag, [10])
    assert format_date(DateSpan.parse("1944-10-20"), tag) == format_day(DAY, tag)


@pytest.mark.parametrize("tag", INTERFACE_LANGUAGES)
def test_a_month_and_a_year_alone(tag: str) -> None:
    loc = babel_locale(tag)
    assert format_month(1944, 10, tag) == format_skeleton("yMMMM", DAY, locale=loc)
    assert format_year(1944, tag) == format_skeleton("y", DAY, locale=loc)
    assert format_date(DateSpan.parse("1944-10"), tag) == format_month(1944, 10, tag)
    assert format_date(DateSpan.parse("1944"), tag) == format_year(1944, tag)


@pytest.mark.parametrize("tag", INTERFACE_LANGUAGES)
@pytest.mark.parametrize("ends", [SAME_MONTH, TWO_MONTHS, TWO_YEARS], ids=["days", "months", "years"])
def test_a_range_of_days(tag: str, ends: tuple[dt.date, dt.date]) -> None:
    first, last = ends
    months = sorted({first.month, last.month})
    expected = format_interval(first, last, "yMMMd", locale=babel_locale(tag))
    expected = genitive_for_serbian(as_long_date(expected, tag, months), tag, months)
    assert format_period(first, last, tag) == expected
    span = DateSpan.parse(f"{first.isoformat()}/{last.isoformat()}")
    assert format_date(span, tag) == expected


@pytest.mark.parametrize("tag", INTERFACE_LANGUAGES)
def test_ranges_of_months_and_years(tag: str) -> None:
    loc = babel_locale(tag)
    assert format_date(DateSpan.parse("1944-09/1944-10"), tag) == format_interval(
        dt.date(1944, 9, 1), dt.date(1944, 10, 1), "yMMMM", locale=loc
    )
    assert format_date(DateSpan.parse("1941/1945"), tag) == format_interval(
        dt.date(1941, 1, 1), dt.date(1945, 1, 1), "y", locale=loc
    )


@pytest.mark.parametrize(
    ("tag", "day", "month", "days", "months"),
    [
        ("en", "October 20, 1944", "October 1944", "October 14\u2009–\u200920, 1944", None),
        ("en-GB", "20 October 1944", "October 1944", "14\u2009–\u200920 October 1944", None),
        ("de", "20. Oktober 1944", "Oktober 1944", "14.–20. Oktober 1944", "September–Oktober 1944"),
        ("sr", "20. октобра 1944.", "октобар 1944.", "14.–20. октобра 1944.", "септембар – октобар 1944."),
        ("sr-Latn", "20. oktobra 1944.", "oktobar 1944.", "14.–20. oktobra 1944.", None),
        ("ru", "20 октября 1944\u202fг.", "октябрь 1944\u202fг.", "14—20 октября 1944\u202fг.", None),
        ("el", "20 Οκτωβρίου 1944", "Οκτώβριος 1944", "14–20 Οκτωβρίου 1944", None),
        ("ar", "20 أكتوبر 1944", "أكتوبر 1944", "14–20 أكتوبر 1944", None),
        ("he", "20 באוקטובר 1944", "אוקטובר 1944", "14–20 באוקטובר 1944", None),
        ("ja", "1944年10月20日", "1944年10月", "1944年10月14日～20日", "1944年9月～10月"),
        ("zh-Hans", "1944年10月20日", "1944年10月", "1944年10月14日\u2009–\u200920日", None),
        ("ko", "1944년 10월 20일", "1944년 10월", "1944년 10월 14일~20일", None),
        ("hu", "1944. október 20.", "1944. október", "1944. október 14–20.", None),
    ],
)
def test_hand_checked_dates(tag: str, day: str, month: str, days: str, months: str | None) -> None:
    assert format_date(DateSpan.parse("1944-10-20"), tag) == day
    assert format_date(DateSpan.parse("1944-10"), tag) == month
    assert format_date(DateSpan.parse("1944-10-14/1944-10-20"), tag) == days
    if months:
        assert format_date(DateSpan.parse("1944-09/1944-10"), tag) == months


def test_serbian_months_after_a_day_are_genitive_in_both_scripts() -> None:
    cyrillic = "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра"
    latin = "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra"
    for tag, genitives in (("sr", cyrillic.split()), ("sr-Latn", latin.split())):
        shown = [format_day(dt.date(1944, m, 1), tag) for m in range(1, 13)]
        assert shown == [f"1. {g} 1944." for g in genitives]
        # ...and nominative alone, as CLDR has them.
        assert [month_name(m, tag) for m in range(1, 13)] == [
            babel_locale(tag).months["stand-alone"]["wide"][m] for m in range(1, 13)
        ]


def test_mixed_precision_writes_each_end_its_own_way() -> None:
    assert format_date(DateSpan.parse("1944-10/1945-05-09"), "en") == "October 1944\u2009–\u2009May 9, 1945"
    assert format_date(DateSpan.parse("1944-10/1945-05-09"), "sr") == "октобар 1944. – 9. маја 1945."


def test_a_range_within_one_unit_is_that_unit() -> None:
    assert format_date(DateSpan.parse("1944-10-14/1944-10-14"), "de") == "14. Oktober 1944"
    assert format_date(DateSpan.parse("1944-10/1944-10"), "de") == "Oktober 1944"


def test_month_names_for_the_graphics_script() -> None:
    assert MONTHS["sr"][9] == "октобар" and MONTHS["en"][0] == "January"
    assert len(MONTHS["ar"]) == 12 and "sr" in MONTHS


@pytest.mark.parametrize("tag", INTERFACE_LANGUAGES)
def test_numbers_plurals_and_lists(tag: str) -> None:
    loc = babel_locale(tag)
    assert format_number(12500.5, tag) == format_decimal(12500.5, locale=loc)
    assert format_list(["A", "B", "C"], tag) == babel_list(["A", "B", "C"], locale=loc)
    assert plural_categories(tag)[-1] == "other"
    for n in (0, 1, 2, 3, 5, 11, 21, 101):
        assert plural_category(n, tag) == loc.plural_form(n)
        assert plural_category(n, tag) in plural_categories(tag)


def test_hand_checked_numbers_plurals_and_lists() -> None:
    assert format_number(12500, "de") == "12.500" and format_number(12500, "en") == "12,500"
    assert [plural_category(n, "sr") for n in (1, 3, 5, 21)] == ["one", "few", "other", "one"]
    assert plural_categories("ar") == ["zero", "one", "two", "few", "many", "other"]
    assert plural_categories("ja") == ["other"]
    assert format_list(["a", "b", "c"], "sr") == "a, b и c"
    assert format_list(["a", "b", "c"], "en") == "a, b, and c"


def test_a_language_without_data_is_written_in_english() -> None:
    assert cldr.find("xx") is None
    assert format_day(DAY, "xx") == format_day(DAY, "en")


def test_importing_the_core_does_not_import_babel() -> None:
    """Babel's data costs start-up time; it loads when a screen first formats something."""
    code = (
        "import sys, kiosk.screens.present, kiosk.content.formatting, kiosk.content.languages, "
        "kiosk.content.loader; print('babel' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_no_month_or_plural_table_is_written_by_hand() -> None:
    """Month names come from CLDR: no module of the product spells out a calendar."""
    offenders = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for names in (("January", "February", "March"), ("јануар", "фебруар"), ("Januar", "Februar")):
            if all(name in text for name in names):
                offenders.append(f"{path.relative_to(ROOT)}: {names}")
    assert offenders == []


def test_ranges_write_days_as_the_long_date_does() -> None:
    """CLDR's Serbian and Italian range patterns have two-digit days; their long dates do not."""
    assert format_date(DateSpan.parse("1944-09-05/1944-09-27"), "sr") == "5.–27. септембра 1944."
    italian = format_date(DateSpan.parse("1944-12-28/1945-01-03"), "it")
    assert italian == "28 dicembre 1944\u2009–\u20093 gennaio 1945"
