"""Dates, numbers, plurals and list joins as each language writes them, from CLDR. Pure Python.

Every form comes from Babel's CLDR data (:mod:`kiosk.content.cldr`); there is no month or plural
table in the product. Two things are added on top of Babel, both small and tested:

- **Ranges write day and month as the language's long date does.** Babel's ``format_interval``
  picks the nearest interval pattern CLDR has (``yMMMd``: abbreviated months, in some languages
  two-digit days) but does not then adjust the field widths to the ones asked for, as UTS #35 says
  it should. So "Oct 14 – 20, 1944" would sit next to "October 20, 1944", and Serbian or Italian
  ranges would read "03.". The day and a spelled-out month take the widths of the language's long
  date; a month the language writes as a number (Japanese, Chinese, Korean, Czech) stays one.
- **Serbian months after a day are in the genitive** ("20. октобра 1944.", "14–20. октобра"), as
  Serbian writes them; alone they are nominative ("октобар 1944."). CLDR's Serbian data gives the
  nominative in both contexts (its format-context month names equal its stand-alone ones), so in
  a pattern that has a day, the month is replaced by its genitive: :func:`serbian_genitive`,
  a rule over CLDR's own nominatives (``-бар`` becomes ``-бра``, every other month adds ``-а``),
  which holds for all twelve months in both scripts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from kiosk.content import cldr
from kiosk.content.dates import DateSpan, Precision

if TYPE_CHECKING:
    from babel import Locale

# CLDR skeletons: a day with its month and year, a month and year, a year.
DAY, MONTH, YEAR = "yMMMd", "yMMMM", "y"


# --- dates ------------------------------------------------------------------------------------
def format_date(span: DateSpan, lang: str) -> str:
    """A date at the precision it was given: a day, a month, a year or a range."""
    if span.precision is Precision.DAY:
        return format_day(span.start, lang)
    if span.precision is Precision.MONTH:
        return format_month(span.start.year, span.start.month, lang)
    if span.precision is Precision.YEAR:
        return format_year(span.start.year, lang)
    first, last = span.ends()
    if first.precision is not last.precision:
        # "1944-10/1945-05-09": each end at its own precision, joined as CLDR joins two dates.
        return _fallback_join(format_date(first, lang), format_date(last, lang), lang)
    skeleton = {Precision.DAY: DAY, Precision.MONTH: MONTH}.get(first.precision, YEAR)
    return _interval(first.start, last.start, skeleton, lang)


def format_day(day: dt.date, lang: str) -> str:
    """One day, as the language's long date: "October 20, 1944", "20. октобра 1944."."""
    loc = cldr.locale(lang)
    return _apply(loc.date_formats["long"].pattern, day, loc)


def format_month(year: int, month: int, lang: str) -> str:
    return _skeleton(MONTH, dt.date(year, month, 1), lang)


def format_year(year: int, lang: str) -> str:
    return _skeleton(YEAR, dt.date(year, 1, 1), lang)


def format_period(first: dt.date, last: dt.date, lang: str) -> str:
    """A span of days: "14–20 October 1944", "1944年10月14日～20日"; one day when they are equal."""
    if first == last:
        return format_day(first, lang)
    return _interval(first, last, DAY, lang)


def month_name(month: int, lang: str, width: str = "wide") -> str:
    """A month named on its own (a timeline or map label): "October", "октобар"; with
    ``width="abbreviated"`` the language's short form ("Okt", "Σεπ"), where the full one has no room."""
    return str(cldr.locale(lang).months["stand-alone"][width][month])


class MonthNames(Mapping[str, list[str]]):
    """``MONTHS[lang]``: the twelve stand-alone month names, read from CLDR when first asked for."""

    def __getitem__(self, lang: str) -> list[str]:
        return [month_name(m, lang) for m in range(1, 13)]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(cldr.BUNDLED_LANGUAGES))

    def __len__(self) -> int:
        return len(cldr.BUNDLED_LANGUAGES)


MONTHS = MonthNames()


def serbian_genitive(nominative: str) -> str:
    """Serbian month names in the genitive, from CLDR's nominatives, in either script:
    октобар → октобра, oktobar → oktobra, мај → маја, јул → јула, април → априла."""
    if nominative.endswith(("бар", "bar")):
        return nominative[:-2] + nominative[-1] + nominative[-2]
    return nominative + ("а" if _is_cyrillic(nominative) else "a")


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _skeleton(skeleton: str, day: dt.date, lang: str) -> str:
    from babel.dates import match_skeleton

    loc = cldr.locale(lang)
    key = match_skeleton(skeleton, loc.datetime_skeletons) or skeleton
    return _apply(str(loc.datetime_skeletons[key].pattern), day, loc)


def _interval(first: dt.date, last: dt.date, skeleton: str, lang: str) -> str:
    """Babel's format_interval (UTS #35 interval formats), with the field widths of the language's
    long date and the Serbian genitive, both described above."""
    from babel.dates import format_interval, match_skeleton

    loc = cldr.locale(lang)
    key = skeleton if skeleton in loc.interval_formats else match_skeleton(skeleton, loc.interval_formats)
    if not key:
        return str(format_interval(first, last, skeleton, locale=loc))
    if first.year != last.year:
        field = "y"
    elif first.month != last.month:
        field = "M"
    else:
        field = "d"
    halves = loc.interval_formats[key].get(field)
    if first == last or halves is None:
        # Nothing differs at this precision (two days of one month, as months): one date.
        ends = [_single(skeleton, d, lang) for d in (first, last)]
        return ends[0] if ends[0] == ends[1] else _fallback_join(ends[0], ends[1], lang)
    like = str(loc.date_formats["long"].pattern) if skeleton == DAY else None
    return "".join(_apply(p, d, loc, like) for p, d in zip(halves, (first, last), strict=True))


def _single(skeleton: str, day: dt.date, lang: str) -> str:
    if skeleton == DAY:
        return format_day(day, lang)
    return _skeleton(skeleton, day, lang)


def _fallback_join(first: str, last: str, lang: str) -> str:
    pattern = cldr.locale(lang).interval_formats.get(None) or "{0} – {1}"
    return str(pattern).replace("{0}", first).replace("{1}", last)


def _apply(pattern: str, day: dt.date, loc: Locale, like: str | None = None) -> str:
    """Apply a CLDR pattern to a day; ``like`` is a pattern whose day and text-month widths to use."""
    from babel.dates import parse_pattern, tokenize_pattern, untokenize_pattern

    tokens = tokenize_pattern(pattern)
    widths = _widths(tokenize_pattern(like)) if like else {}
    has_day = "d" in _widths(tokens)
    out: list[tuple[str, str | tuple[str, int]]] = []
    for kind, value in tokens:
        if kind == "field" and isinstance(value, tuple):
            letter, width = value
            if letter == "d" and "d" in widths:
                width = widths["d"]
            elif letter in "ML" and width >= 3 and widths.get("M", 0) >= 3:
                width = widths["M"]
            if has_day and letter == "M" and width == 4 and loc.language == "sr":
                out.append(("chars", serbian_genitive(str(loc.months["format"]["wide"][day.month]))))
                continue
            value = (letter, width)
        out.append((kind, value))
    return str(parse_pattern(untokenize_pattern(out)).apply(day, loc))


def _widths(tokens: Iterable[tuple[str, str | tuple[str, int]]]) -> dict[str, int]:
    """The width of each field letter in a tokenized pattern (M and L counted as M)."""
    return {
        ("M" if value[0] == "L" else value[0]): value[1]
        for kind, value in tokens
        if kind == "field" and isinstance(value, tuple)
    }


# --- numbers, plurals, lists ------------------------------------------------------------------
def format_number(value: float, lang: str) -> str:
    """A number with the language's digits, grouping and decimal sign: "12,500", "12.500"."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=cldr.locale(lang)))


def plural_category(count: float, lang: str) -> str:
    """CLDR's plural category for a count: zero, one, two, few, many or other."""
    return str(cldr.locale(lang).plural_form(count))


def plural_categories(lang: str) -> list[str]:
    """The categories the language distinguishes, in CLDR's order, "other" always last."""
    tags = cldr.locale(lang).plural_form.tags
    return [c for c in ("zero", "one", "two", "few", "many") if c in tags] + ["other"]


def format_list(items: Iterable[str], lang: str, style: str = "standard") -> str:
    """Items joined as the language joins them: "a, b and c", "a, b и c", "a、b、c"."""
    from babel.lists import format_list as babel_format_list

    return str(babel_format_list(list(items), style=style, locale=cldr.locale(lang)))  # type: ignore[arg-type]


__all__: Sequence[str] = [
    "MONTHS",
    "format_date",
    "format_day",
    "format_list",
    "format_month",
    "format_number",
    "format_period",
    "format_year",
    "month_name",
    "plural_categories",
    "plural_category",
    "serbian_genitive",
]
